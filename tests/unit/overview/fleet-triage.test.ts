// A seeded fleet (stored test results, audits, rates, snapshots) opened by a real core with a
// fake clock: the start-up pass computes health, and accounts.list, domains.* and overview.get
// answer from it — filters, worst-first sorting on every page, counts and problems by cause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import type { InputOf } from '../../../shared/contract';
import { accountInput } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';
import { seedFleet, type SeedFleet } from '../../fixtures/fleet';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const clock = { now: () => NOW };

const FLEET: SeedFleet = {
  clients: ['Acme', 'Globex'],
  domains: [
    { domain: 'acme.test' },
    { domain: 'acme-mail.test', dmarc: 'missing' },
    { domain: 'globex.test', listed: ['Spamhaus DBL'] },
    { domain: 'nodkim.test', dkim: 'missing' },
  ],
  inboxes: [
    { email: 'a1@acme.test', client: 'Acme', smtp: 'ok', imap: 'ok', tags: ['Warm'], score: 95, score_measured: 100, history: { days: 5, sent: 100, bounced: 2, complaints: 0 } },
    { email: 'a2@acme.test', client: 'Acme', smtp: 'ok', imap: 'ok', score: 70, score_measured: 100, rates: { sent: 1000, bounced: 5, complaints: 5 } },
    { email: 'a3@acme.test', client: 'Acme', smtp: 'auth_failed', imap: 'auth_failed', status: 'paused' },
    { email: 'a4@acme-mail.test', client: 'Acme', smtp: 'ok', imap: 'ok', score: 88, score_measured: 70 },
    { email: 'a5@acme-mail.test', client: 'Acme' },
    { email: 'g1@globex.test', client: 'Globex', smtp: 'ok', imap: 'ok', history: { days: 3, sent: 50, bounced: 0, complaints: 1 } },
    { email: 'g2@globex.test', client: 'Globex', smtp: 'timeout', imap: 'ok' },
    { email: 'n1@nodkim.test', smtp: 'ok', imap: 'ok' },
    { email: 'u1@unchecked.test' },
    { email: 's1@acme.test', client: 'Acme', smtp: 'ok', imap: 'ok', tested_days_ago: 10 },
    { email: 'b1@acme.test', client: 'Acme', smtp: 'ok', imap: 'ok', rates: { sent: 200, bounced: 8, complaints: 0 } },
  ],
};

const EXPECTED: Record<string, string> = {
  'a1@acme.test': 'healthy', 'a2@acme.test': 'failing', 'a3@acme.test': 'failing', 'a4@acme-mail.test': 'watch', 'a5@acme-mail.test': 'watch',
  'g1@globex.test': 'failing', 'g2@globex.test': 'failing', 'n1@nodkim.test': 'at_risk', 'u1@unchecked.test': 'unknown', 's1@acme.test': 'unknown', 'b1@acme.test': 'at_risk',
};

describe('fleet triage over a seeded fleet', () => {
  const tmp = tempDir();
  let core: Core;
  let clients: Map<string, string>;

  beforeAll(async () => {
    ({ clients } = await seedFleet(tmp.dir, FLEET, NOW));
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), clock });
    await core.idle();
  });
  afterAll(async () => {
    await core.close();
    tmp.remove();
  });

  const emails = async (q: InputOf<'accounts.list'>) => (await call(core, 'accounts.list', { per_page: 100, sort: 'email', order: 'asc', ...q })).items.map((a) => a.email);

  it('computes every inbox’s health at start-up, with its reasons; status stays the user’s', async () => {
    const all = await call(core, 'accounts.list', { per_page: 100 });
    expect(Object.fromEntries(all.items.map((a) => [a.email, a.health]))).toEqual(EXPECTED);
    const paused = all.items.find((a) => a.email === 'a3@acme.test')!;
    expect(paused).toMatchObject({ status: 'paused', health: 'failing' });
    expect(paused.health_reasons[0]).toMatchObject({ code: 'login_failed', detail: 'auth_failed', level: 'failing' });
  });

  it('filters by health, connection, domain, tag, score range and reason, alone and with status and client', async () => {
    expect(await emails({ health: 'failing' })).toEqual(['a2@acme.test', 'a3@acme.test', 'g1@globex.test', 'g2@globex.test']);
    expect(await emails({ health: 'failing', status: 'paused' })).toEqual(['a3@acme.test']);
    expect(await emails({ connection: 'auth_failed' })).toEqual(['a3@acme.test']);
    expect(await emails({ connection: 'timeout' })).toEqual(['g2@globex.test']);
    expect(await emails({ connection: 'failed' })).toEqual(['a3@acme.test', 'g2@globex.test']);
    expect(await emails({ connection: 'not_tested' })).toEqual(['a5@acme-mail.test', 'u1@unchecked.test']);
    expect(await emails({ connection: 'ok' })).toHaveLength(7);
    expect(await emails({ domain: 'ACME.test' })).toEqual(['a1@acme.test', 'a2@acme.test', 'a3@acme.test', 'b1@acme.test', 's1@acme.test']);
    expect(await emails({ tag: 'warm' })).toEqual(['a1@acme.test']);
    expect(await emails({ score_min: 80 })).toEqual(['a1@acme.test', 'a4@acme-mail.test']);
    expect(await emails({ score_max: 80 })).toEqual(['a2@acme.test']);
    expect(await emails({ reason: 'complaints_high' })).toEqual(['a2@acme.test']);
    expect(await emails({ health: 'watch', client_id: clients.get('Acme') })).toEqual(['a4@acme-mail.test', 'a5@acme-mail.test']);
  });

  it('rejects a score range upside down and unknown filter values, naming the field', async () => {
    for (const [input, field] of [[{ score_min: 90, score_max: 10 }, 'score_max'], [{ health: 'error' }, 'health'], [{ connection: 'nope' }, 'connection'], [{ domain: 'not a domain' }, 'domain']] as const) {
      const r = await core.invoke('accounts.list', input as never);
      expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field });
    }
  });

  it('sorts by health worst first and unknowns last, on every page, in both directions', async () => {
    const pages = async (order: 'asc' | 'desc') => {
      const out: string[] = [];
      for (let page = 1; page <= 4; page++) out.push(...(await call(core, 'accounts.list', { sort: 'health', order, page, per_page: 3 })).items.map((a) => a.health));
      return out;
    };
    expect(await pages('asc')).toEqual(['failing', 'failing', 'failing', 'failing', 'at_risk', 'at_risk', 'watch', 'watch', 'healthy', 'unknown', 'unknown']);
    expect(await pages('desc')).toEqual(['healthy', 'watch', 'watch', 'at_risk', 'at_risk', 'failing', 'failing', 'failing', 'failing', 'unknown', 'unknown']);
    // Within a level, by score (worst first), unscored last.
    const failing = await call(core, 'accounts.list', { sort: 'health', order: 'asc', per_page: 4 });
    expect(failing.items[0]!.email).toBe('a2@acme.test');
  });

  it('sorts by score with unscored inboxes last both ways', async () => {
    const scores = async (order: 'asc' | 'desc') => (await call(core, 'accounts.list', { sort: 'score', order, per_page: 2, page: 1 })).items.map((a) => a.score)
      .concat((await call(core, 'accounts.list', { sort: 'score', order, per_page: 2, page: 2 })).items.map((a) => a.score));
    expect(await scores('asc')).toEqual([70, 88, 95, null]);
    expect(await scores('desc')).toEqual([95, 88, 70, null]);
  });

  it('overview: counts by health fleet-wide and per client, problems by cause with their links, trend with gaps', async () => {
    const o = await call(core, 'overview.get', {});
    expect(o).toMatchObject({ client: null, total: 11, paused: 1, health: { failing: 4, at_risk: 2, watch: 2, healthy: 1, unknown: 2 } });
    expect(o.clients.map((c) => [c.name, c.total, c.health.failing, c.health.unknown])).toEqual([
      ['Acme', 7, 2, 1],
      ['Globex', 2, 2, 0],
      ['No client', 2, 0, 1],
    ]);
    expect(o.problems.map((p) => [p.level, p.label, p.link.screen, p.link.filter])).toEqual([
      ['failing', '1 domain listed on Spamhaus DBL (2 inboxes)', 'domains', { listed_on: 'Spamhaus DBL' }],
      ['failing', '1 inbox cannot log in (password or username rejected)', 'accounts', { connection: 'auth_failed' }],
      ['failing', '1 inbox cannot log in (server did not answer in time)', 'accounts', { connection: 'timeout' }],
      ['failing', '1 inbox over 0.3 % complaints', 'accounts', { reason: 'complaints_high' }],
      ['at_risk', '1 domain has no DKIM key', 'domains', { issue: 'dkim_missing' }],
      ['at_risk', '1 inbox at 2–5 % bounces', 'accounts', { reason: 'bounces_elevated' }],
      ['watch', '1 domain has no DMARC record', 'domains', { issue: 'dmarc_missing' }],
    ]);
    expect(o.unmeasured.map((p) => p.label)).toEqual(['2 inboxes not tested yet', '1 domain not checked yet (1 inbox)', '1 inbox not checked for over a week']);
    expect(o.trend).toHaveLength(30);
    expect(o.trend.at(-1)).toEqual({ date: '2026-11-20', sent: 150, bounce_rate: 2 / 150, complaint_rate: 1 / 150 });
    expect(o.trend.at(-5)).toEqual({ date: '2026-11-16', sent: 100, bounce_rate: 0.02, complaint_rate: 0 });
    expect(o.trend.at(-6)).toEqual({ date: '2026-11-15', sent: 0, bounce_rate: null, complaint_rate: null });
    expect(o.last_checked).toEqual({ connections: NOW.toISOString(), domains: NOW.toISOString(), mailboxes: null });
  });

  it('every problem link selects exactly the inboxes or domains it counted', async () => {
    const o = await call(core, 'overview.get', {});
    for (const p of [...o.problems, ...o.unmeasured]) {
      if (p.link.screen === 'accounts') {
        expect((await call(core, 'accounts.list', p.link.filter as InputOf<'accounts.list'>)).total, p.label).toBe(p.inboxes);
      } else {
        expect(await call(core, 'domains.list', p.link.filter as InputOf<'domains.list'>), p.label).toHaveLength(p.domains);
      }
    }
  });

  it('overview of one client: its counts, problems with the client in every link, its domains and trend', async () => {
    const acme = clients.get('Acme')!;
    const o = await call(core, 'overview.get', { client_id: acme });
    expect(o).toMatchObject({ client: { id: acme, name: 'Acme' }, total: 7, paused: 1, clients: [], health: { failing: 2, at_risk: 1, watch: 2, healthy: 1, unknown: 1 } });
    expect(o.problems.every((p) => p.link.filter.client_id === acme)).toBe(true);
    expect(o.problems.map((p) => p.code)).toEqual(['login_failed', 'complaints_high', 'bounces_elevated', 'dmarc_missing']);
    expect(o.domains.map((d) => [d.domain, d.inboxes, d.dmarc])).toEqual([['acme-mail.test', 2, 'error'], ['acme.test', 5, 'ok']]);
    expect(o.trend.at(-1)).toMatchObject({ sent: 100 });
    const missing = await core.invoke('overview.get', { client_id: 'nope' });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'not_found', field: 'client_id' });
  });

  it('domain filters and who sends from a domain and from its listing', async () => {
    expect((await call(core, 'domains.list', { issue: 'dmarc_missing' })).map((d) => d.domain)).toEqual(['acme-mail.test']);
    expect((await call(core, 'domains.list', { client_id: clients.get('Globex') })).map((d) => d.domain)).toEqual(['globex.test']);
    const g = await call(core, 'domains.get', { domain: 'globex.test' });
    expect(g.clients).toEqual([{ client_id: clients.get('Globex'), name: 'Globex', inboxes: 2 }]);
    expect(g.listings).toEqual([{ list: 'Spamhaus DBL', target: 'globex.test', hosts: [], inboxes: 2, clients: [{ client_id: clients.get('Globex'), name: 'Globex', inboxes: 2 }] }]);
  });

  it('a new inbox on an audited domain gets that domain’s problems at once; a brand-new one elsewhere is unknown', async () => {
    const watch = await call(core, 'accounts.create', accountInput(1, { email: 'new@acme-mail.test' }));
    expect(watch.health).toBe('watch');
    expect(watch.health_reasons.map((r) => r.code)).toEqual(['dmarc_missing', 'not_tested']);
    const fresh = await call(core, 'accounts.create', accountInput(2, { email: 'new@elsewhere.test' }));
    expect(fresh).toMatchObject({ health: 'unknown', status: 'active' });
    await call(core, 'accounts.delete', { ids: [watch.id, fresh.id] });
  });
});
