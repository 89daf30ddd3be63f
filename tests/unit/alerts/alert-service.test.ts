// The alerts area over a real SQLite file with a fake clock and fake timers: first-check silence,
// opening once, repeats without re-alerting, resolving, digests grouping many changes, waiting
// for a running check job, auto-pause, acknowledging (and accepting a DNS change), client filter.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newAccountRow } from '../../../electron/core/accounts/account-input';
import { createAlerts, type AccountFacts, type AlertService, type DomainFacts } from '../../../electron/core/alerts/index';
import { createEvents } from '../../../electron/core/events';
import { silentLogger } from '../../../electron/core/log';
import { openSettings, type SettingsStore } from '../../../electron/core/settings/index';
import { openStore, type Store } from '../../../electron/core/store/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import type { AlertCounts, AlertDigest } from '../../../shared/alerts';
import { accountCreateSchema, alertAcknowledgeSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';
import { fakeTime, type FakeTime } from '../../fixtures/fake-time';

// Auto-pause goes through the accounts repository's row update, as bulk pause does (watched here).
const updateAccountRows = vi.hoisted(() => ({ calls: [] as unknown[][] }));
vi.mock('../../../electron/core/store/accounts-repo', async (original) => {
  const repo = await original<typeof import('../../../electron/core/store/accounts-repo')>();
  return { ...repo, updateAccountRows: (...args: Parameters<typeof repo.updateAccountRows>) => (updateAccountRows.calls.push(args.slice(1)), repo.updateAccountRows(...args)) };
});

const ok = { ok: true, error: null, message: 'ok' };
const authFailed = { ok: false, error: 'auth_failed', message: 'SMTP: the server refused the user name or password (535)' };

describe('alerts over a fleet (fake clock)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let time: FakeTime;
  let alerts: AlertService;
  let busy: boolean;
  let settings: SettingsStore;
  const digests: AlertDigest[] = [];
  const counts: AlertCounts[] = [];
  const accounts = new Map<string, AccountFacts>();
  const domains = new Map<string, DomainFacts>();

  const facts = (id: string, over: Partial<AccountFacts> = {}) => accounts.set(id, { ...accounts.get(id)!, ...over });
  const list = async (input: Record<string, unknown> = {}) => alerts.handlers['alerts.list']({ status: 'all', days: 7, limit: 500, ...input });
  const observeAll = async () => {
    for (const id of accounts.keys()) await alerts.observeAccount(id);
    for (const d of domains.keys()) await alerts.observeDomain(d);
  };

  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.dir);
    time = fakeTime('2026-06-01T09:00:00Z');
    busy = false;
    digests.length = 0;
    counts.length = 0;
    accounts.clear();
    domains.clear();
    const now = time.clock.now().toISOString();
    await store.db.insertInto('clients').values([{ id: 'acme', name: 'Acme', created_at: now }, { id: 'globex', name: 'Globex', created_at: now }]).execute();
    for (const [i, client] of [[1, 'acme'], [2, 'acme'], [3, 'globex'], [4, null]] as const) {
      const id = `a${i}`;
      await store.db.insertInto('accounts').values(newAccountRow(id, accountCreateSchema.parse(accountInput(i, { email: `u${i}@d${i % 2}.test`, client_id: client })), now)).execute();
      accounts.set(id, {
        id, email: `u${i}@d${i % 2}.test`, domain: `d${i % 2}.test`, client_id: client, client_name: client === 'acme' ? 'Acme' : client === 'globex' ? 'Globex' : null,
        status: 'active', smtp: ok, imap: ok, score: 90, window: { sent: 500, bounced: 5, blocked: 0, complaints: 0 }, sign_in: null,
      });
    }
    for (const d of ['d0.test', 'd1.test']) {
      domains.set(d, {
        domain: d, spf: { known: true, record: 'v=spf1 -all' }, dmarc: { known: true, record: 'v=DMARC1; p=reject' },
        dkim: { known: true, tried: ['s1'], keys: { s1: 'k' } }, blacklist: { known: true, flagged: [], unknown: [] },
      });
    }
    const events = createEvents();
    events.on('alerts.digest', (d) => digests.push(d));
    events.on('alerts.changed', (c) => counts.push(c));
    settings = await openSettings(store.db);
    alerts = createAlerts({
      db: store.db, vault: createMemoryVault(), clock: time.clock, events, log: silentLogger, settings,
      busy: () => busy, timers: time.timers,
      facts: { account: async (id) => accounts.get(id) ?? null, domain: async (d) => domains.get(d) ?? null },
    });
  });
  afterEach(async () => {
    await alerts.close();
    await store.close();
    tmp.remove();
  });

  it('the first check is silent even where things are bad; the next change opens one alert each, told in one digest', async () => {
    facts('a4', { smtp: authFailed });
    await observeAll();
    await time.advance(10_000);
    expect((await list()).items).toEqual([]);
    expect(digests).toEqual([]);

    facts('a1', { smtp: authFailed });
    facts('a2', { imap: { ok: false, error: 'unreachable', message: 'IMAP: connection refused' } });
    domains.set('d1.test', { ...domains.get('d1.test')!, blacklist: { known: true, flagged: [{ list: 'Spamhaus ZEN', target: '192.0.2.40', answer: '127.0.0.2', meaning: 'spam source', removal_url: 'https://x.test' }], unknown: [] } });
    time.clock.set('2026-06-01T10:00:00Z');
    await observeAll();
    await time.advance(1_000);
    expect(digests).toHaveLength(0); // still within the quiet period
    await time.advance(1_500);
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ title: '3 new alerts', opened: 3, resolved: 0, body: '2 inboxes cannot log in or connect\n1 new blacklist listing' });
    expect(digests[0]!.items.map((i) => i.link).sort()).toEqual(['#/accounts/a1', '#/accounts/a2', '#/domains/d1.test']);
    const open = await list({ status: 'open' });
    expect(open.items.map((a) => a.title).sort()).toEqual(['d1.test: 192.0.2.40 listed on Spamhaus ZEN', 'u1@d1.test cannot log in', 'u2@d0.test cannot connect']);
    expect(open.items.find((a) => a.account_id === 'a1')).toMatchObject({ opened_at: '2026-06-01T10:00:00.000Z', resolved_at: null, client_name: 'Acme', observed: { smtp: { error: 'auth_failed' } } });
    expect(counts.at(-1)).toEqual({ open: 3, unacknowledged: 3 });
  });

  it('a repeat updates the open alert without re-alerting; clearing resolves it and says so', async () => {
    await observeAll();
    facts('a1', { smtp: authFailed });
    await alerts.observeAccount('a1');
    await time.advance(5_000);
    expect(digests.map((d) => d.title)).toEqual(['u1@d1.test cannot log in']);

    time.clock.set('2026-06-01T11:00:00Z');
    facts('a1', { smtp: { ...authFailed, message: 'SMTP: refused again' } });
    await alerts.observeAccount('a1');
    await time.advance(5_000);
    expect(digests).toHaveLength(1);
    const [again] = (await list()).items;
    expect(again).toMatchObject({ opened_at: '2026-06-01T09:00:00.000Z', updated_at: '2026-06-01T11:00:00.000Z', detail: 'SMTP: refused again' });
    expect((await list()).items).toHaveLength(1);

    time.clock.set('2026-06-01T12:00:00Z');
    facts('a1', { smtp: ok });
    await alerts.observeAccount('a1');
    await time.advance(5_000);
    expect(digests.map((d) => d.title)).toEqual(['u1@d1.test cannot log in', 'Resolved: u1@d1.test cannot log in']);
    expect((await list()).items[0]).toMatchObject({ resolved_at: '2026-06-01T12:00:00.000Z', resolution: 'Works again' });
    expect(await list({ status: 'open' })).toMatchObject({ items: [], open: 0, unacknowledged: 0 });
    time.clock.set('2026-06-09T12:00:00Z');
    expect((await list()).items).toHaveLength(0); // older than the 7 recent days
    expect((await list({ days: 30 })).items).toHaveLength(1);
  });

  it('while a check job runs the digest waits for it, but never longer than five minutes', async () => {
    await observeAll();
    busy = true;
    facts('a1', { smtp: authFailed });
    await alerts.observeAccount('a1');
    await time.advance(60_000);
    facts('a2', { smtp: authFailed });
    await alerts.observeAccount('a2');
    await time.advance(60_000);
    expect(digests).toHaveLength(0);
    busy = false;
    await time.advance(3_000);
    expect(digests.map((d) => d.opened)).toEqual([2]);

    busy = true;
    facts('a3', { smtp: authFailed });
    await alerts.observeAccount('a3');
    await time.advance(4 * 60_000);
    expect(digests).toHaveLength(1);
    await time.advance(60_000 + 1);
    expect(digests.map((d) => d.opened)).toEqual([2, 1]);
  });

  it("auto-pause: an inbox of a client that asked for it is paused when it crosses a rate threshold, and the alert says why", async () => {
    await settings.update({ alert_auto_pause_client_ids: ['acme'] });
    await observeAll();
    facts('a1', { window: { sent: 500, bounced: 40, blocked: 0, complaints: 0 } }); // Acme: paused
    facts('a3', { window: { sent: 500, bounced: 40, blocked: 0, complaints: 0 } }); // Globex: not
    await alerts.observeAccount('a1');
    await alerts.observeAccount('a3');
    const status = async (id: string) => (await store.db.selectFrom('accounts').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect([await status('a1'), await status('a3')]).toEqual(['paused', 'active']);
    expect(updateAccountRows.calls).toContainEqual([['a1'], { status: 'paused', updated_at: expect.any(String) }]);
    const items = (await list()).items;
    expect(items.find((a) => a.account_id === 'a1')).toMatchObject({ title: 'u1@d1.test: bounce rate 8.0 % (over 5.0 %): paused', observed: { auto_paused: { client: 'Acme' } } });
    expect(items.find((a) => a.account_id === 'a1')!.detail).toContain('paused this inbox automatically because auto-pause is on for Acme');
    expect(items.find((a) => a.account_id === 'a3')!.title).toBe('u3@d1.test: bounce rate 8.0 % (over 5.0 %)');
  });

  it('auto-pause also follows the block rate (over 3 % by default)', async () => {
    await settings.update({ alert_auto_pause_client_ids: ['acme'] });
    await observeAll();
    facts('a2', { window: { sent: 500, bounced: 5, blocked: 20, complaints: 0 } }); // 4 % blocks, 1 % bounces
    await alerts.observeAccount('a2');
    const row = await store.db.selectFrom('accounts').select('status').where('id', '=', 'a2').executeTakeFirstOrThrow();
    expect(row.status).toBe('paused');
    expect((await list()).items.map((a) => [a.kind, a.title])).toEqual([['block_rate', 'u2@d0.test: block rate 4.0 % (over 3.0 %): paused']]);
  });

  it('sign-in expired: opens on the change into expired (not as "cannot log in"), resolves when signed in again', async () => {
    const expiredTest = { ok: false, error: 'sign_in_expired', message: 'SMTP: Sign-in expired — sign in again' };
    facts('a1', { sign_in: { state: 'connected', expired_at: null } });
    await observeAll();
    time.clock.set('2026-06-01T10:00:00Z');
    facts('a1', { smtp: expiredTest, imap: expiredTest, sign_in: { state: 'expired', expired_at: '2026-06-01T10:00:00.000Z' } });
    await alerts.observeAccount('a1');
    await alerts.observeAccount('a1'); // a repeat does not alert again
    await time.advance(5_000);
    expect(digests.map((d) => d.title)).toEqual(['u1@d1.test: sign-in expired — sign in again']);
    expect((await list({ status: 'open' })).items.map((a) => a.kind)).toEqual(['sign_in_expired']);

    time.clock.set('2026-06-01T11:00:00Z');
    facts('a1', { smtp: ok, imap: ok, sign_in: { state: 'connected', expired_at: null } });
    await alerts.observeAccount('a1');
    await time.advance(5_000);
    expect(digests.map((d) => d.title).at(-1)).toBe('Resolved: u1@d1.test: sign-in expired — sign in again');
    expect((await list()).items[0]).toMatchObject({ kind: 'sign_in_expired', resolved_at: '2026-06-01T11:00:00.000Z', resolution: 'Signed in again' });
    expect(digests).toHaveLength(2);
  });

  it('acknowledging lowers the badge; acknowledging a DNS change accepts the new record', async () => {
    await observeAll();
    facts('a1', { smtp: authFailed });
    domains.set('d0.test', { ...domains.get('d0.test')!, spf: { known: true, record: 'v=spf1 include:new.test -all' } });
    await observeAll();
    const open = (await list({ status: 'open' })).items;
    expect(open.map((a) => a.kind).sort()).toEqual(['connection', 'spf_record']);
    const r = await alerts.handlers['alerts.acknowledge']({ ids: open.map((a) => a.id) });
    expect(r).toEqual({ acknowledged: 2, accepted: 1 });
    expect(counts.at(-1)).toEqual({ open: 1, unacknowledged: 0 });
    const after = (await list()).items;
    expect(after.find((a) => a.kind === 'spf_record')).toMatchObject({ resolution: 'Change accepted' });
    expect(after.find((a) => a.kind === 'connection')).toMatchObject({ resolved_at: null });
    await observeAll(); // the accepted record is the new normal
    expect((await list({ status: 'open' })).items.map((a) => a.kind)).toEqual(['connection']);
    const bad = await alerts.handlers['alerts.acknowledge']({ ids: ['nope'] });
    expect(bad).toEqual({ acknowledged: 0, accepted: 0 });
  });

  it('filters by client: an inbox alert under its client, a domain alert under every client sending from it', async () => {
    await observeAll();
    facts('a1', { smtp: authFailed }); // acme, d1
    facts('a4', { smtp: authFailed }); // no client, d0
    domains.set('d1.test', { ...domains.get('d1.test')!, dmarc: { known: true, record: null } }); // acme (a1) and globex (a3)
    await observeAll();
    const titles = async (client_id: string) => (await list({ client_id })).items.map((a) => a.title).sort();
    expect(await titles('acme')).toEqual(['DMARC record removed from d1.test', 'u1@d1.test cannot log in']);
    expect(await titles('globex')).toEqual(['DMARC record removed from d1.test']);
    expect(await titles('none')).toEqual(['u4@d0.test cannot log in']);
    expect((await list({ client_id: 'globex' })).items[0]).toMatchObject({ client_name: 'Acme, Globex', account_id: null, domain: 'd1.test' });
  });

  it('acknowledges by filter: every open alert the client filter lists, not only the page shown', async () => {
    await observeAll();
    facts('a1', { smtp: authFailed }); // acme, d1
    facts('a3', { smtp: authFailed }); // globex, d1
    facts('a4', { smtp: authFailed }); // no client, d0
    domains.set('d1.test', { ...domains.get('d1.test')!, dmarc: { known: true, record: null } }); // acme and globex
    await observeAll();
    const parse = (input: unknown) => alertAcknowledgeSchema.parse(input);
    expect(alertAcknowledgeSchema.safeParse({}).success).toBe(false);
    expect(alertAcknowledgeSchema.safeParse({ ids: ['x'], filter: {} }).success).toBe(false);
    // Globex: its inbox's alert and the domain alert it shares with Acme (a DNS change: accepted, as by ids).
    expect(await alerts.handlers['alerts.acknowledge'](parse({ filter: { client_id: 'globex' } }))).toEqual({ acknowledged: 2, accepted: 1 });
    const unacked = async () => (await list({ status: 'open' })).items.filter((a) => !a.acknowledged_at).map((a) => a.title).sort();
    expect(await unacked()).toEqual(['u1@d1.test cannot log in', 'u4@d0.test cannot log in']);
    expect(await alerts.handlers['alerts.acknowledge'](parse({ filter: {} }))).toEqual({ acknowledged: 2, accepted: 0 });
    expect(await unacked()).toEqual([]);
    expect(counts.at(-1)).toEqual({ open: 3, unacknowledged: 0 });
  });

  it('an explained score drop does not alert twice; an unexplained one does', async () => {
    await observeAll();
    facts('a1', { smtp: authFailed, score: 60 });
    facts('a2', { score: 60 });
    time.clock.set('2026-06-01T10:00:00Z');
    await observeAll();
    expect((await list({ status: 'open' })).items.map((a) => a.title).sort()).toEqual(['u1@d1.test cannot log in', 'u2@d0.test: score fell from 90 to 60']);
  });
});
