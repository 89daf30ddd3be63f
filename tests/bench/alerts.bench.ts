// Targets: the alert rules after a check cost well under 1 % of an inbox's slot in a spread
// round (10,000 inboxes: one every 270 ms), so a round's alert work stays invisible; listing and
// counting alerts (the Alerts screen, the badge) answer in < 20 ms with 1,000 open alerts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { newAccountRow } from '../../electron/core/accounts/account-input';
import { createAlerts } from '../../electron/core/alerts/index';
import { createEvents } from '../../electron/core/events';
import { silentLogger } from '../../electron/core/log';
import { spacingMs } from '../../electron/core/scheduler/index';
import { openSettings } from '../../electron/core/settings/index';
import { openStore, type Store } from '../../electron/core/store/index';
import { createMemoryVault } from '../../electron/core/vault/index';
import { accountCreateSchema } from '../../shared/validation';
import { accountInput } from '../fixtures/accounts';
import { tempDir } from '../fixtures/core';
import { atMost, below, bench, quantile, sample } from './harness';

const N = 10_000;
const probe = (ok: boolean) => JSON.stringify({ ok, error: ok ? null : 'auth_failed', message: ok ? 'ok' : 'SMTP: login refused' });

describe(`alerts over ${N.toLocaleString('en-US')} inboxes`, () => {
  const tmp = tempDir();
  const ids = Array.from({ length: N }, () => randomUUID());
  let store: Store;
  let alerts: ReturnType<typeof createAlerts>;

  beforeAll(async () => {
    store = await openStore(tmp.dir);
    const now = new Date().toISOString();
    for (let i = 0; i < N; i += 200) {
      const chunk = ids.slice(i, i + 200);
      await store.db.insertInto('accounts').values(chunk.map((id, j) => ({
        ...newAccountRow(id, accountCreateSchema.parse(accountInput(i + j, { email: `b${i + j}@bench-${(i + j) % 500}.example` })), now),
        score: 80,
      }))).execute();
      await store.db.insertInto('account_tests').values(chunk.map((id) => ({ account_id: id, smtp_test: probe(true), imap_test: probe(true) }))).execute();
      await store.db.insertInto('reports').values(chunk.map((id) => ({
        account_id: id, created_at: now, report: JSON.stringify({ reputation: { sent: 400, hard_bounces: 4, soft_bounces: 0, complaints: 0 } }),
      }))).execute();
    }
    alerts = createAlerts({ db: store.db, vault: createMemoryVault(), clock: { now: () => new Date() }, events: createEvents(), log: silentLogger, settings: await openSettings(store.db), busy: () => true });
  });
  afterAll(async () => {
    await alerts?.close();
    await store?.close();
    tmp.remove();
  });

  const fig = bench(`alerts over ${N.toLocaleString('en-US')} inboxes`);
  const slot = spacingMs(N);

  async function pass(label: string) {
    const t0 = performance.now();
    for (const id of ids) await alerts.observeAccount(id);
    const per = (performance.now() - t0) / N;
    fig(`${label}: rules per inbox`, per, 'ms');
    fig(`${label}: share of the inbox's slot`, (per / slot) * 100, '%', below(1), `${slot} ms per inbox in a spread round of ${N.toLocaleString('en-US')}`);
  }

  it('rules after every inbox\'s check: first check, then a round where 1,000 stop logging in', async () => {
    await pass('first check (silent)');
    await store.db.updateTable('account_tests').set({ smtp_test: probe(false) }).where('account_id', 'in', ids.slice(0, 1000)).execute();
    await pass('next round (1,000 alerts open)');
  });

  it('listing and counting with 1,000 open alerts', async () => {
    const list = await sample(() => alerts.handlers['alerts.list']({ status: 'all', days: 7, limit: 500, client_id: 'none' }), { min: 10, max: 50 });
    fig('alerts.list, one client p95', quantile(list, 0.95), 'ms', atMost(20));
    const counts = await sample(() => alerts.handlers['alerts.counts'](undefined), { min: 10, max: 100 });
    fig('alerts.counts (the badge) p95', quantile(counts, 0.95), 'ms', atMost(20));
  });
});
