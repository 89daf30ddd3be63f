// Target: overview.get and the health-sorted Accounts list answer in < 50 ms each in core at
// 10,000 inboxes with 180 days of history each (1.8 million snapshot rows). Reports p50/p95 per
// query, and the ratio to a primary-key lookup (accounts.get) measured the same way, which holds
// on any machine.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/index';
import { createMemoryVault } from '../../electron/core/vault/index';
import type { InputOf, MethodName } from '../../shared/contract';
import { call, tempDir } from '../fixtures/core';
import { seedFleet, type SeedDomain, type SeedInbox } from '../fixtures/fleet';
import { below, bench, quantile, sample } from './harness';

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

describe(`fleet triage at ${INBOXES.toLocaleString('en-US')} inboxes × ${DAYS} days`, () => {
  const tmp = tempDir('inboxfleet-bench-');
  const fig = bench(`overview at ${INBOXES.toLocaleString('en-US')} inboxes × ${DAYS} days`);
  let core: Core;
  let someId = '';
  let client = '';

  beforeAll(async () => {
    let started = performance.now();
    const { clients } = await seedFleet(tmp.dir, { clients: Array.from({ length: CLIENTS }, (_, i) => `Client ${i}`), domains, inboxes });
    fig('seed', (performance.now() - started) / 1000, 's', undefined, `${INBOXES * DAYS} snapshot rows`);
    started = performance.now();
    // Opening core computes every inbox's health in the background (the start-up pass over never-computed rows).
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    fig('core open', performance.now() - started, 'ms');
    await core.idle();
    fig('background health pass', (performance.now() - started) / 1000, 's', undefined, `over ${INBOXES} inboxes, from opening core`);
    someId = (await call(core, 'accounts.list', { per_page: 1 })).items[0]!.id;
    client = clients.get('Client 7')!;
  });
  afterAll(async () => {
    await core?.close();
    tmp.remove();
  });

  it('overview.get and the health-sorted list', async () => {
    const time = <M extends MethodName>(method: M, input: () => InputOf<M>) =>
      sample(() => call(core, method, input()), { min: 20, max: 60, warmup: 5, budgetMs: 3000 });
    const base = quantile(await time('accounts.get', () => ({ id: someId })), 0.5);
    fig('baseline: accounts.get (primary key) p50', base, 'ms');
    const cases: [string, () => Promise<number[]>][] = [
      ['overview.get (whole fleet)', () => time('overview.get', () => ({}))],
      ['overview.get (one client, 200 inboxes)', () => time('overview.get', () => ({ client_id: client }))],
      ['accounts.list sort health, worst first, page 1', () => time('accounts.list', () => ({ sort: 'health', order: 'asc', per_page: 25 }))],
      ['accounts.list sort health, best first, page 200', () => time('accounts.list', () => ({ sort: 'health', order: 'desc', page: 200, per_page: 25 }))],
      ['accounts.list sort score, page 300', () => time('accounts.list', () => ({ sort: 'score', order: 'asc', page: 300, per_page: 25 }))],
      ['accounts.list health=failing + client, sort score', () => time('accounts.list', () => ({ health: 'failing', client_id: client, sort: 'score', order: 'asc' }))],
      ['accounts.list reason=bounces_high, sort health', () => time('accounts.list', () => ({ reason: 'bounces_high', sort: 'health', order: 'asc' }))],
      ['accounts.list connection=auth_failed + tag + score range', () => time('accounts.list', () => ({ connection: 'auth_failed', tag: 'q4', score_min: 50, score_max: 90 }))],
      ['accounts.list domain, sort health', () => time('accounts.list', () => ({ domain: 'd123.bench.test', sort: 'health', order: 'asc' }))],
      // The login-method verdict reads the indexed, generated mail_kind column (migration 0012).
      ['accounts.list readiness=warning (whole fleet)', () => time('accounts.list', () => ({ readiness: 'warning' }))],
    ];
    for (const [name, measure] of cases) {
      const xs = await measure();
      fig(`${name} p50`, quantile(xs, 0.5), 'ms', undefined, `${(quantile(xs, 0.5) / base).toFixed(1)}× a primary-key lookup`);
      fig(`${name} p95`, quantile(xs, 0.95), 'ms', below(TARGET_MS));
    }
  });
});
