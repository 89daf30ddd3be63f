// Target: overview.get and the health-sorted Accounts list answer in < 50 ms each in core at
// 10,000 inboxes with 180 days of history each (1.8 million snapshot rows). Prints p50/p95 per
// query, and the ratio to a primary-key lookup (accounts.get) measured the same way, which holds
// on any machine; writes both to test-results/bench.json under "overview".
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { openCore } from '../../electron/core/index';
import { createMemoryVault } from '../../electron/core/vault/index';
import type { InputOf, MethodName } from '../../shared/contract';
import { call, tempDir } from '../fixtures/core';
import { seedFleet, type SeedDomain, type SeedInbox } from '../fixtures/fleet';

const INBOXES = 10_000;
const DAYS = 180;
const CLIENTS = 50;
const PER_DOMAIN = 20;
const TARGET_MS = 50;

const errors = ['auth_failed', 'timeout', 'unreachable', 'tls_error'] as const;
const domains: SeedDomain[] = Array.from({ length: INBOXES / PER_DOMAIN }, (_, d) => ({
  domain: `d${d}.bench.test`,
  ...(d % 10 === 0 ? { dmarc: 'missing' as const } : {}),
  ...(d % 25 === 0 ? { listed: ['Spamhaus DBL'] } : {}),
  ...(d % 40 === 3 ? { dkim: 'missing' as const } : {}),
}));
const inboxes: SeedInbox[] = Array.from({ length: INBOXES }, (_, n) => {
  const sent = 20 + (n % 30);
  return {
    email: `s${n}@d${Math.floor(n / PER_DOMAIN)}.bench.test`,
    client: `Client ${n % CLIENTS}`,
    status: n % 13 === 0 ? 'paused' : 'active',
    tags: n % 5 === 0 ? ['q4'] : [],
    ...(n % 11 === 0 ? {} : { smtp: n % 7 === 0 ? errors[n % errors.length] : 'ok', imap: 'ok' }),
    score: n % 11 === 0 ? null : 40 + (n % 61),
    score_measured: n % 11 === 0 ? null : 70 + (n % 4) * 10,
    rates: { sent: sent * 30, bounced: n % 17 === 0 ? sent * 2 : 1, complaints: n % 29 === 0 ? 5 : 0, sent_7d: sent * 7, bounced_7d: 0, complaints_7d: 0 },
    history: { days: DAYS, sent, bounced: n % 17 === 0 ? 2 : 0, complaints: n % 29 === 0 ? 1 : 0 },
  };
});

const tmp = tempDir('inboxfleet-bench-');
let started = performance.now();
const { clients } = await seedFleet(tmp.dir, { clients: Array.from({ length: CLIENTS }, (_, i) => `Client ${i}`), domains, inboxes });
const seedMs = performance.now() - started;
started = performance.now();
// Opening core computes every inbox's health in the background (the start-up pass over never-computed rows).
const core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
const openMs = performance.now() - started;
await core.idle();
const sweepMs = performance.now() - started;
const someId = (await call(core, 'accounts.list', { per_page: 1 })).items[0]!.id;
const client = clients.get('Client 7')!;

const timings = new Map<string, number[]>();
const results: Record<string, unknown> = {
  inboxes: INBOXES, days: DAYS, snapshot_rows: INBOXES * DAYS, seed_ms: Math.round(seedMs), open_ms: Math.round(openMs), health_pass_ms: Math.round(sweepMs),
};
console.log(`seeded ${INBOXES * DAYS} snapshot rows in ${(seedMs / 1000).toFixed(1)} s; core open ${openMs.toFixed(0)} ms; background health pass over ${INBOXES} inboxes done after ${(sweepMs / 1000).toFixed(2)} s`);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/** After each query's measured run: its p50/p95 and ratio to the primary-key lookup, printed and saved. */
function report(name: string): void {
  const xs = timings.get(name) ?? [];
  const base = quantile(timings.get(BASELINE) ?? [], 0.5);
  const p50 = quantile(xs, 0.5);
  const p95 = quantile(xs, 0.95);
  const verdict = name === BASELINE ? '' : p95 < TARGET_MS ? `ok (< ${TARGET_MS} ms)` : `OVER ${TARGET_MS} ms`;
  results[name] = { p50_ms: Number(p50.toFixed(2)), p95_ms: Number(p95.toFixed(2)), ratio_to_pk_lookup: Number((p50 / base).toFixed(1)), samples: xs.length };
  console.log(`${name}: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, ${(p50 / base).toFixed(1)}× a primary-key lookup ${verdict}`);
  mkdirSync('test-results', { recursive: true });
  const file = 'test-results/bench.json';
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...all, overview: results }, null, 2));
}

const BASELINE = 'baseline: accounts.get (primary key)';
const run = <M extends MethodName>(name: string, method: M, input: InputOf<M>) =>
  bench(name, async () => {
    const t = performance.now();
    await call(core, method, input);
    timings.set(name, [...(timings.get(name) ?? []), performance.now() - t]);
  }, {
    iterations: 60, warmupIterations: 5, time: 0, warmupTime: 0,
    // Called after the warm-up (forget those samples) and after the measured run (report).
    teardown: (_task, mode) => (mode === 'run' ? report(name) : void timings.delete(name)),
  });

// Bench hooks (afterAll) do not run in bench mode: remove the data when the process ends.
process.on('exit', () => tmp.remove());

describe(`fleet triage at ${INBOXES.toLocaleString('en-US')} inboxes × ${DAYS} days`, () => {
  run(BASELINE, 'accounts.get', { id: someId });
  run('overview.get (whole fleet)', 'overview.get', {});
  run('overview.get (one client, 200 inboxes)', 'overview.get', { client_id: client });
  run('accounts.list sort health, worst first, page 1', 'accounts.list', { sort: 'health', order: 'asc', per_page: 25 });
  run('accounts.list sort health, best first, page 200', 'accounts.list', { sort: 'health', order: 'desc', page: 200, per_page: 25 });
  run('accounts.list sort score, page 300', 'accounts.list', { sort: 'score', order: 'asc', page: 300, per_page: 25 });
  run('accounts.list health=failing + client, sort score', 'accounts.list', { health: 'failing', client_id: client, sort: 'score', order: 'asc' });
  run('accounts.list reason=bounces_high, sort health', 'accounts.list', { reason: 'bounces_high', sort: 'health', order: 'asc' });
  run('accounts.list connection=auth_failed + tag + score range', 'accounts.list', { connection: 'auth_failed', tag: 'q4', score_min: 50, score_max: 90 });
  run('accounts.list domain, sort health', 'accounts.list', { domain: 'd123.bench.test', sort: 'health', order: 'asc' });
  // No index can serve it (the verdict depends on address, servers and the date): a full pass over the rows.
  run('accounts.list readiness=warning (whole fleet)', 'accounts.list', { readiness: 'warning' });
});
