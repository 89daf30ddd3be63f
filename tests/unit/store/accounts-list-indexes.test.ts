// accounts.list through migration 0013's search index, tag table, cached totals and ordered
// indexes gives exactly the rows a straightforward query gives (LIKE, json_each, CASE ordering),
// for every filter × sort × direction and on first, middle and last pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { ACCOUNT_SORT_FIELDS } from '../../../shared/domain';
import { HEALTH_RANK, HEALTHS } from '../../../shared/health';
import { accountListSchema, type AccountListInput } from '../../../shared/validation';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { Kysely, SqliteDialect } from 'kysely';
import { accountsRepo, type Database } from '../../../electron/core/store/index';
import type { Core } from '../../../electron/core/index';
import { accountInput } from '../../fixtures/accounts';
import { bulkAccounts } from '../../fixtures/bulk-accounts';
import { call, openTestCore } from '../../fixtures/core';

const N = 150;
const NAMES = ['Anna Berg', 'Ben Nguyen', 'Chloe Rossi', 'David Berg', 'Eva Okafor'];

type Filter = Omit<NonNullable<AccountListInput>, 'sort' | 'order' | 'page' | 'per_page'>;

/** The straightforward query: what each filter means, with no index in mind. */
function reference(raw: BetterSqlite3.Database, f: Filter, sort: string, order: 'asc' | 'desc'): string[] {
  const where: string[] = ['1'];
  const args: unknown[] = [];
  const add = (cond: string, ...a: unknown[]) => (where.push(cond), args.push(...a));
  if (f.status) add('a.status = ?', f.status);
  if (f.provider) add('a.provider = ?', f.provider);
  if (f.client_id === 'none') add('a.client_id is null');
  else if (f.client_id) add('a.client_id = ?', f.client_id);
  if (f.warmup !== undefined) add('a.warmup_enabled = ?', f.warmup ? 1 : 0);
  if (f.health) add('a.health = ?', f.health);
  if (f.connection === 'not_tested') add('a.last_tested_at is null');
  else if (f.connection === 'ok') add('a.last_tested_at is not null and a.smtp_error is null and a.imap_error is null');
  else if (f.connection === 'failed') add('(a.smtp_error is not null or a.imap_error is not null)');
  else if (f.connection) add('(a.smtp_error = ? or a.imap_error = ?)', f.connection, f.connection);
  if (f.domain) add("lower(substr(a.email, instr(a.email, '@') + 1)) = lower(?)", f.domain);
  if (f.tag) add('exists (select 1 from json_each(a.tags) where lower(value) = lower(?))', f.tag);
  if (f.score_min !== undefined) add('a.score >= ?', f.score_min);
  if (f.score_max !== undefined) add('a.score <= ?', f.score_max);
  if (f.reason) add('exists (select 1 from health_reasons r where r.account_id = a.id and r.code = ?)', f.reason);
  if (f.search && [...f.search].length >= 3) {
    const s = f.search.toLowerCase();
    add(`(instr(lower(a.email), ?) or instr(lower(a.display_name), ?) or instr(lower(coalesce(c.name, '')), ?)
      or exists (select 1 from json_each(a.tags) where instr(lower(value), ?)))`, s, s, s, s);
  } else if (f.search) add('(lower(a.email) like ? or lower(a.display_name) like ?)', `${f.search.toLowerCase()}%`, `${f.search.toLowerCase()}%`);
  const nullsLast = `case when a.score is null then 1 else 0 end, a.score ${order}`;
  const by = sort === 'score' ? nullsLast
    : sort === 'health' ? `case when a.health_rank = ${HEALTH_RANK.unknown} then 1 else 0 end, a.health_rank ${order}, ${nullsLast}`
    : `a.${sort} ${order}`;
  return raw.prepare(`select a.id from accounts a left join clients c on c.id = a.client_id where ${where.join(' and ')} order by ${by}, a.rowid ${order}`)
    .pluck().all(...args) as string[];
}

describe('accounts.list with the search index, tag table, cached totals and ordered indexes', () => {
  let core: Core;
  let cleanup: () => Promise<void>;
  let raw: BetterSqlite3.Database;
  const clients: string[] = [];

  beforeAll(async () => {
    const t = await openTestCore(createMemoryVault());
    ({ core, cleanup } = t);
    for (const name of ['Globex Corp', 'Initech', 'Umbrella Health']) clients.push((await call(core, 'clients.create', { name })).id);
    const bulk = await bulkAccounts(core, t.dir);
    raw = bulk.raw;
    bulk.dropTemplate();
    const reason = raw.prepare("insert into health_reasons (account_id, code, detail, level, domain) values (?, ?, '', 'at_risk', ?)");
    raw.transaction(() => {
      for (let n = 0; n < N; n++) {
        const health = HEALTHS[n % HEALTHS.length]!;
        const tested = n % 7 !== 0;
        const failing = tested && n % 5 === 1;
        const id = `acc-${String(n).padStart(3, '0')}`;
        const domain = `shop-${n % 4}.example`;
        bulk.insert({
          id,
          email: `${NAMES[n % 5]!.split(' ')[0]!.toLowerCase()}${n}@${domain}`,
          display_name: NAMES[(n >> 2) % 5],
          provider: ['google', 'microsoft', 'smtp'][n % 3],
          status: n % 4 === 0 ? 'paused' : 'active',
          client_id: n % 5 === 0 ? null : clients[n % 3],
          warmup_enabled: n % 3 === 0 ? 1 : 0,
          tags: JSON.stringify(n % 4 === 0 ? ['Cold-Outreach', `camp-${n % 6}`] : [`camp-${n % 6}`]),
          last_tested_at: tested ? '2026-11-20T10:00:00.000Z' : null,
          smtp_error: failing ? (n % 2 ? 'auth_failed' : 'timeout') : null,
          imap_error: failing && n % 3 === 0 ? 'auth_failed' : null,
          // Ties on purpose: the same score and creation time for several inboxes.
          score: n % 6 === 0 ? null : (n * 13) % 40,
          health,
          health_rank: HEALTH_RANK[health],
          created_at: new Date(Date.UTC(2026, 0, 1) + (n % 50) * 60_000).toISOString(),
        });
        if (n % 3 === 0) reason.run(id, n % 2 ? 'listed' : 'login_failed', domain);
      }
    })();
  });
  afterAll(async () => {
    raw?.close();
    await cleanup?.();
  });

  const filters = (): Filter[] => [
    {}, { status: 'paused' }, { provider: 'google' }, { client_id: clients[1] }, { client_id: 'none' }, { warmup: true },
    { health: 'at_risk' }, { health: 'unknown' }, { connection: 'not_tested' }, { connection: 'ok' }, { connection: 'failed' },
    { connection: 'auth_failed' }, { domain: 'shop-2.example' }, { tag: 'cold-outreach' }, { tag: 'CAMP-3' }, { score_min: 10, score_max: 25 },
    { reason: 'listed' }, { search: 'berg' }, { search: 'INITECH' }, { search: 'cold-out' }, { search: 'en5' }, { search: 'ch' }, { search: 'zzz' },
    { status: 'active', provider: 'smtp', search: 'berg' }, { tag: 'camp-1', reason: 'listed' }, { status: 'active', connection: 'failed', score_min: 5 },
  ];

  async function pages(input: NonNullable<AccountListInput>): Promise<{ ids: string[]; total: number }> {
    const first = await call(core, 'accounts.list', { ...input, page: 1 });
    const last = Math.max(1, Math.ceil(first.total / (input.per_page ?? 25)));
    const ids = first.items.map((a) => a.id);
    for (let page = 2; page <= last; page++) ids.push(...(await call(core, 'accounts.list', { ...input, page })).items.map((a) => a.id));
    return { ids, total: first.total };
  }

  it('every filter × sort × direction, read page by page, gives the straightforward query\'s rows in its order', async () => {
    let compared = 0;
    for (const f of filters()) {
      for (const sort of ACCOUNT_SORT_FIELDS) {
        for (const order of ['asc', 'desc'] as const) {
          const want = reference(raw, f, sort, order);
          const got = await pages({ ...f, sort, order, per_page: 12 });
          expect(got.ids, JSON.stringify({ f, sort, order })).toEqual(want);
          expect(got.total).toBe(want.length);
          compared += want.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(N * 20);
  }, 60_000); // about 1,000 calls: seconds alone, longer on a shared machine

  it('a deep page past the middle (read from the far end) is the same slice as counting from the start', async () => {
    const want = reference(raw, {}, 'score', 'desc');
    for (const page of [1, 12, 13, 21, 22]) {
      const r = await call(core, 'accounts.list', { sort: 'score', order: 'desc', per_page: 7, page });
      expect(r.items.map((a) => a.id), `page ${page}`).toEqual(want.slice((page - 1) * 7, page * 7));
      expect(r.has_next).toBe(page * 7 < N);
    }
    expect((await call(core, 'accounts.list', { page: 23, per_page: 7 })).items).toEqual([]);
  });

  it('search finds substrings of address, name, tag and client, and follows edits, client renames and deletes', async () => {
    const ids = async (search: string) => (await call(core, 'accounts.list', { search, per_page: 100, sort: 'email', order: 'asc' })).items.map((a) => a.id);
    const a = (await call(core, 'accounts.create', accountInput(900, { email: 'zygmunt900@shop-8.example', display_name: 'Zygmunt Quill', tags: ['Black-Friday'], client_id: clients[0] }))).id;
    expect(await ids('ygmun')).toEqual([a]); // name
    expect(await ids('nt900@')).toEqual([a]); // address
    expect(await ids('ck-fri')).toEqual([a]); // tag
    expect((await ids('lobex')).length).toBeGreaterThan(1); // client, with the seeded inboxes of Globex

    await call(core, 'accounts.update', { id: a, display_name: 'Yolanda Pike', tags: ['spring'], email: 'yolanda.pike@shop-9.example' });
    expect(await ids('ygmun')).toEqual([]);
    expect(await ids('ck-fri')).toEqual([]);
    expect(await ids('nt900@')).toEqual([]);
    expect(await ids('landa pi')).toEqual([a]);
    expect(await ids('pike@shop-9')).toEqual([a]);
    expect((await call(core, 'accounts.list', { tag: 'SPRING' })).items.map((x) => x.id)).toEqual([a]);
    expect((await call(core, 'accounts.list', { tag: 'black-friday' })).total).toBe(0);

    const client = (await call(core, 'clients.create', { name: 'Vandelay Industries' })).id;
    await call(core, 'accounts.update', { id: a, client_id: client });
    expect(await ids('vandelay')).toEqual([a]);
    await call(core, 'clients.rename', { id: client, name: 'Kramerica' });
    expect(await ids('vandelay')).toEqual([]);
    expect(await ids('kramerica')).toEqual([a]);
    await call(core, 'clients.delete', { id: client });
    expect(await ids('kramerica')).toEqual([]);

    expect(await call(core, 'accounts.delete', { ids: [a] })).toMatchObject({ changed: 1 });
    expect(await ids('landa pi')).toEqual([]);
    expect((await call(core, 'accounts.list', { tag: 'spring' })).total).toBe(0);
  });

  it('a cached total follows every write, including one from another connection', async () => {
    const before = (await call(core, 'accounts.list', { status: 'paused' })).total;
    expect((await call(core, 'accounts.list', { status: 'paused', page: 2 })).total).toBe(before); // cached
    const active = (await call(core, 'accounts.list', { status: 'active', per_page: 1 })).items[0]!;
    await call(core, 'accounts.setStatus', { ids: [active.id], status: 'paused' });
    expect((await call(core, 'accounts.list', { status: 'paused' })).total).toBe(before + 1);
    raw.prepare("update accounts set status = 'active' where id = ?").run(active.id);
    expect((await call(core, 'accounts.list', { status: 'paused' })).total).toBe(before);
    const listed = (await call(core, 'accounts.list', { reason: 'listed' })).total;
    raw.prepare("delete from health_reasons where code = 'listed' and account_id = (select min(account_id) from health_reasons where code = 'listed')").run();
    expect((await call(core, 'accounts.list', { reason: 'listed' })).total).toBe(listed - 1);
  });

  it('the page queries of each sort and of the main filters read an index in the sort\'s order: no table scan, no sorting where an index serves', () => {
    const plan = (input: AccountListInput, walk: boolean, reversed = false): string[] => {
      const q = accountListSchema.parse(input);
      const { sql, parameters } = accountsRepo.pageRowids(db, q, { walk, reversed, limit: 25, offset: 0 }).compile();
      return (raw.prepare(`explain query plan ${sql}`).all(...parameters) as { detail: string }[]).map((r) => r.detail);
    };
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const fullScan = (lines: string[]) => lines.filter((l) => /^SCAN accounts$/.test(l) || /^SCAN a$/.test(l));
    const sorted = (lines: string[]) => lines.filter((l) => l.includes('TEMP B-TREE FOR ORDER BY'));
    const ordered: [Filter & NonNullable<AccountListInput>, boolean][] = [
      ...ACCOUNT_SORT_FIELDS.flatMap((sort) => (['asc', 'desc'] as const).flatMap((order) => [[{ sort, order }, false], [{ sort, order }, true]] as [NonNullable<AccountListInput>, boolean][])),
      [{ status: 'active' }, false], [{ provider: 'google' }, false], [{ client_id: 'c-1' }, false], [{ client_id: 'none' }, false],
      [{ warmup: true }, false], [{ health: 'failing' }, false], [{ connection: 'not_tested' }, false], [{ connection: 'failed' }, false], [{ connection: 'ok' }, false],
      [{ tag: 'q4' }, true], [{ reason: 'listed' }, true], [{ connection: 'auth_failed' }, true], [{ search: 'berg' }, true],
      [{ tag: 'q4', sort: 'score', order: 'desc' }, true], [{ reason: 'listed', sort: 'health', order: 'asc' }, true],
      [{ connection: 'auth_failed', tag: 'q4', score_min: 50, score_max: 90 }, false], [{ score_min: 40, score_max: 60, sort: 'email' }, false],
    ];
    for (const [input, reversed] of ordered) {
      const lines = plan(input, true, reversed);
      expect(fullScan(lines), JSON.stringify(input)).toEqual([]);
      expect(sorted(lines), `${JSON.stringify(input)}: ${lines.join(' | ')}`).toEqual([]);
    }
    // Collected sets (few matches, or a page deep into them) are found through a filter's index, then sorted.
    const collected: Filter[] = [
      { domain: 'shop-1.example' }, { tag: 'q4' }, { reason: 'listed' }, { search: 'berg' }, { connection: 'auth_failed' }, { score_min: 3, score_max: 4 },
      { health: 'failing', client_id: 'c-1' }, { status: 'paused' }, { connection: 'not_tested' },
    ];
    for (const input of collected) {
      for (const sort of ACCOUNT_SORT_FIELDS) {
        const lines = plan({ ...input, sort }, false);
        expect(fullScan(lines), JSON.stringify(input)).toEqual([]);
        expect(lines.some((l) => /^(SEARCH|SCAN) accounts_fts|^SEARCH (accounts|account_tags|health_reasons) USING/.test(l)), `${JSON.stringify({ ...input, sort })}: ${lines.join(' | ')}`).toBe(true);
      }
    }
  });
});
