// What every bench reports: figures with their unit and target, appended as JSON lines to
// test-results/bench-figures.jsonl; `npm run bench` (tests/tools/bench.mjs) prints them as one
// table and writes test-results/bench.json. Ratios (time ÷ its floor, questions ÷ distinct
// pairs) hold on any machine; absolute times are shown beside them.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIGURES_FILE = path.resolve('test-results/bench-figures.jsonl');

export interface Target {
  op: '<' | '<=' | '=' | '>=';
  value: number;
}

export interface Figure {
  /** The bench this figure belongs to (one group in the table). */
  bench: string;
  name: string;
  value: number;
  unit: string;
  target?: Target;
  /** How the figure was obtained, or what it is made of (shown under the table). */
  note?: string;
}

export function record(f: Figure): void {
  mkdirSync(path.dirname(FIGURES_FILE), { recursive: true });
  appendFileSync(FIGURES_FILE, `${JSON.stringify(f)}\n`);
}

/** A recorder for one bench: `fig('name', value, unit, target?, note?)`. */
export const bench = (name: string) => (figure: string, value: number, unit: string, target?: Target, note?: string) =>
  record({ bench: name, name: figure, value, unit, ...(target ? { target } : {}), ...(note ? { note } : {}) });

export const atMost = (value: number): Target => ({ op: '<=', value });
export const below = (value: number): Target => ({ op: '<', value });
export const exactly = (value: number): Target => ({ op: '=', value });

/** The q-quantile (0–1) of samples, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Times `fn` repeatedly: at least `min` runs, at most `max`, stopping early once `budgetMs`
 * has been spent (slow cases still get `min` samples). Returns milliseconds per run.
 */
export async function sample(fn: () => Promise<unknown>, opts: { min?: number; max?: number; budgetMs?: number; warmup?: number } = {}): Promise<number[]> {
  const { min = 5, max = 40, budgetMs = 2000, warmup = 1 } = opts;
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  const started = performance.now();
  while (out.length < max && (out.length < min || performance.now() - started < budgetMs)) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** Wall time of one run of `fn`, in ms, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t = performance.now();
  const result = await fn();
  return { ms: performance.now() - t, result };
}

/** Samples RSS every `everyMs` while `fn` runs; the peak and the RSS before it started, in MB. */
export async function withPeakRss<T>(fn: () => Promise<T>, everyMs = 20): Promise<{ result: T; beforeMb: number; peakMb: number }> {
  const beforeMb = process.memoryUsage.rss() / 1e6;
  let peakMb = beforeMb;
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, process.memoryUsage.rss() / 1e6);
  }, everyMs);
  try {
    const result = await fn();
    peakMb = Math.max(peakMb, process.memoryUsage.rss() / 1e6);
    return { result, beforeMb, peakMb };
  } finally {
    clearInterval(timer);
  }
}

/** Bytes and write-type system calls of this process so far (Linux /proc/self/io). */
export function ioCounters(): { bytes: number; writes: number } | null {
  try {
    const text = readFileSync('/proc/self/io', 'utf8');
    const get = (k: string) => Number(new RegExp(`^${k}: (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
    return { bytes: get('wchar'), writes: get('syscw') };
  } catch {
    return null;
  }
}
