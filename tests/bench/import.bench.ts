// Targets: importing 10,000 Smartlead rows without connection tests takes < 5 s including the real
// keychain, split into parsing + validation, SQLite and keychain; a 100,000-row file is previewed
// and imported with flat memory (live heap growth, after full collections, well under the file's size).
//
// Runs inside tests/tools/with-keyring.mjs (npm run bench) for the real keychain. gnome-keyring
// rewrites its whole keyring file on every new entry, so its cost per write grows with the number
// of entries: the keychain part runs BENCH_KEYCHAIN_ROWS rows (default 1,000), fits cost per write
// = a + b·entries, and extrapolates to 10,000 (set BENCH_KEYCHAIN_ROWS=10000 to measure it all).
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import keytar from 'keytar';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openCore, type Core, type Vault } from '../../electron/core/index';
import { createKeytarVault, createMemoryVault } from '../../electron/core/vault/index';
import { fileBytes, openCsv } from '../../electron/core/csv/index';
import { call, tempDir } from '../fixtures/core';
import { writeSmartleadFile } from '../fixtures/import/generate';
import { importAndWait } from '../fixtures/import-core';
import { atMost, below, bench } from './harness';

const N = 10_000;
const BIG = 100_000;
const KEYCHAIN_ROWS = Number(process.env['BENCH_KEYCHAIN_ROWS'] ?? 1_000);
const SERVICE = `inboxfleet-bench-${process.pid}`;
const tmp = tempDir('inboxfleet-bench-');
const file = path.join(tmp.dir, 'ten-thousand.csv');
const bigFile = path.join(tmp.dir, 'hundred-thousand.csv');
const keychainFile = path.join(tmp.dir, 'keychain.csv');

const ms = (t0: number) => Math.round(performance.now() - t0);

let runs = 0;
/** A new data folder each time: a bench function may run more than once. */
async function fresh(vault: Vault, name: string): Promise<Core> {
  const dir = path.join(tmp.dir, `${name}-${++runs}`);
  mkdirSync(dir, { recursive: true });
  return openCore({ dataDir: dir, vault });
}

// A full collection before each heap reading, so the figure is what stays alive, not garbage.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Most heap kept alive (after a full GC) while `work` runs, read every 250 ms. */
async function peakHeap<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const read = () => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(read, 250);
  try {
    const result = await work();
    read();
    return { result, peakMb: (peak - base) / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

/** A keychain vault that times its writes and keeps each write's cost by entry count. */
function timedKeychain() {
  const real = createKeytarVault({ service: SERVICE });
  const perWrite: number[] = [];
  const vault: Vault = {
    ...real,
    async set(key, secret) {
      const t0 = performance.now();
      await real.set(key, secret);
      perWrite.push(performance.now() - t0);
    },
  };
  return { vault, perWrite };
}

/** Least squares of cost = a + b·i over the writes, and the sum of that line over 0..n-1. */
function extrapolate(perWrite: number[], n: number): { a: number; b: number; totalMs: number } {
  const k = perWrite.length;
  const mx = (k - 1) / 2;
  const my = perWrite.reduce((s, v) => s + v, 0) / k;
  let sxy = 0;
  let sxx = 0;
  perWrite.forEach((y, i) => {
    sxy += (i - mx) * (y - my);
    sxx += (i - mx) ** 2;
  });
  const b = sxx ? sxy / sxx : 0;
  const a = my - b * mx;
  return { a, b, totalMs: a * n + (b * n * (n - 1)) / 2 };
}

describe(`import of ${N.toLocaleString('en-US')} Smartlead rows, and flat memory for ${BIG.toLocaleString('en-US')}`, () => {
  beforeAll(async () => {
    await writeSmartleadFile(file, N);
    await writeSmartleadFile(bigFile, BIG);
    await writeSmartleadFile(keychainFile, KEYCHAIN_ROWS);
  });
  afterAll(async () => {
    for (const c of await keytar.findCredentials(SERVICE).catch(() => [])) await keytar.deletePassword(SERVICE, c.account);
    tmp.remove();
  });

  it(`${N.toLocaleString('en-US')} rows: parsing, SQLite and keychain`, async () => {
    const fig = bench(`import of ${N.toLocaleString('en-US')} Smartlead rows`);
    // Reading the file alone (decode + csv-parse), then the preview (reading + mapping + validation).
    let t0 = performance.now();
    const csv = await openCsv(fileBytes(file), { maxRows: BIG, maxRecordChars: 1e6, tooManyRows: '' });
    for await (const _ of csv.records()) void _;
    const parseMs = ms(t0);
    const core = await fresh(createMemoryVault(), 'parse');
    t0 = performance.now();
    const preview = await call(core, 'accounts.import.preview', { source: { path: file } });
    const previewMs = ms(t0);
    if (preview.valid !== N) throw new Error(`preview found ${preview.valid} valid rows`);

    // The import with an in-memory vault: it reads the file twice (count, then rows) and writes SQLite.
    t0 = performance.now();
    const r = await importAndWait(core, { source: { path: file } });
    const importMs = ms(t0);
    if (r.created !== N) throw new Error(`created ${r.created}`);
    fig('parsing (decode + csv-parse)', parseMs, 'ms');
    fig('validation', previewMs - parseMs, 'ms');
    fig('preview', previewMs, 'ms');
    fig('import without keychain', importMs, 'ms');
    fig('SQLite', Math.max(0, importMs - previewMs - parseMs), 'ms');
    await core.close();

    // The real keychain: KEYCHAIN_ROWS rows, each one keychain entry.
    const timed = timedKeychain();
    const kcore = await fresh(timed.vault, 'keychain');
    t0 = performance.now();
    const kr = await importAndWait(kcore, { source: { path: keychainFile } });
    const writeTotal = timed.perWrite.reduce((s, v) => s + v, 0);
    const first100 = timed.perWrite.slice(0, 100).reduce((s, v) => s + v, 0) / 100;
    const fit = extrapolate(timed.perWrite, N);
    const keychain10k = kr.created >= N ? writeTotal : fit.totalMs;
    fig(`import of ${kr.created} rows with the keychain`, ms(t0), 'ms');
    fig('keychain writes, first 100', first100, 'ms each');
    fig('keychain writes, last 100', timed.perWrite.slice(-100).reduce((s, v) => s + v, 0) / 100, 'ms each', undefined, `per write ≈ ${fit.a.toFixed(2)} ms + ${(fit.b * 1000).toFixed(3)} ms per 1,000 entries already stored`);
    fig(`${N.toLocaleString('en-US')} rows with the keychain (estimated)`, (importMs + keychain10k) / 1000, 's', atMost(5), kr.created >= N ? 'measured' : `keychain part extrapolated from ${kr.created} writes (BENCH_KEYCHAIN_ROWS)`);
    // The ratio that holds on any machine: the app's own share of the work per row vs one keychain write.
    fig('app work per row ÷ one keychain write', importMs / N / first100, '×');
    await kcore.close();
  });

  it(`${BIG.toLocaleString('en-US')} rows: preview and import in flat memory`, async () => {
    const fig = bench(`import of ${BIG.toLocaleString('en-US')} rows, memory`);
    const fileMb = statSync(bigFile).size / 1e6;
    const core = await fresh(createMemoryVault(), 'big');
    let t0 = performance.now();
    const p = await peakHeap(() => call(core, 'accounts.import.preview', { source: { path: bigFile } }));
    fig('file', fileMb, 'MB');
    fig('preview', ms(t0), 'ms');
    fig('preview: live heap growth', p.peakMb, 'MB', undefined, 'after full collections, read every 250 ms');
    if (p.result.valid !== BIG) throw new Error(`preview found ${p.result.valid} valid rows`);
    t0 = performance.now();
    const i = await peakHeap(() => importAndWait(core, { source: { path: bigFile } }));
    fig('import', ms(t0), 'ms');
    fig('import: live heap growth', i.peakMb, 'MB');
    fig('live heap growth ÷ file size', Math.max(p.peakMb, i.peakMb) / fileMb, '×', below(1), 'the larger of preview and import');
    await core.close();
  });
});
