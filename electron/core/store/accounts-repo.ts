import { AppError } from '../../../shared/errors';
// Account queries as plain functions taking `db`.
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type Transaction } from 'kysely';
import { HEALTH_RANK } from '../../../shared/health';
import type { AccountListQuery } from '../../../shared/validation';
import type { Account, Page } from '../../../shared/domain';
import { toAccount } from './account-mapping';
import { readinessIs } from './readiness-sql';
import { domainOfEmailSql } from './domain-sql';
import type { AccountRowUpdate, Database, NewAccountRow } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Whole account rows: the row, its client's name and its last test results (account_tests). */
const withClient = (db: Db) => wholeRows(db.selectFrom('accounts'));

function wholeRows<O>(qb: SelectQueryBuilder<Database, 'accounts', O>) {
  return qb
    .leftJoin('clients', 'clients.id', 'accounts.client_id')
    .leftJoin('account_tests', 'account_tests.account_id', 'accounts.id')
    .selectAll('accounts')
    .select(['clients.name as client_name', 'account_tests.smtp_test', 'account_tests.imap_test']);
}

/**
 * Every filter accounts.list has (its own schema minus sorting and paging). `today` (YYYY-MM-DD,
 * from core's clock) dates the readiness filter; without it SQLite's date is used.
 */
export type AccountFilter = Omit<AccountListQuery, 'sort' | 'order' | 'page' | 'per_page'> & { today?: string };

/** The sending domain of an address; the same expression as the accounts_domain index. */

/**
 * The accounts the list's filters select (no paging, no order). `walk` spells the filters that
 * select a set (tag, reason, error code, score range, search) as per-row checks, so SQLite reads the sort's
 * index in order and stops after the page instead of collecting and sorting the whole set: what
 * listAccounts asks for when the page lies close to the start of a large set.
 */
export function filteredAccounts(db: Db, q: AccountFilter, walk = false) {
  let base = db.selectFrom('accounts');
  // The rank leads to the index; sign-in expired shares failing's rank, so the health itself decides.
  if (q.health) base = base.where('accounts.health_rank', '=', HEALTH_RANK[q.health]).where('accounts.health', '=', q.health);
  if (q.connection === 'not_tested') base = base.where('accounts.last_tested_at', 'is', null);
  else if (q.connection === 'ok') {
    base = base.where('accounts.last_tested_at', 'is not', null).where('accounts.smtp_error', 'is', null).where('accounts.imap_error', 'is', null);
  } else if (q.connection === 'failed') base = base.where((eb) => eb.or([eb('accounts.smtp_error', 'is not', null), eb('accounts.imap_error', 'is not', null)]));
  else if (q.connection) {
    const code = q.connection;
    base = walk
      ? base.where(sql<boolean>`(+accounts.smtp_error = ${code} or +accounts.imap_error = ${code})`)
      : base.where((eb) => eb.or([eb('accounts.smtp_error', '=', code), eb('accounts.imap_error', '=', code)]));
  }
  if (q.domain) base = base.where(domainOfEmailSql('accounts'), '=', q.domain.toLowerCase());
  // account_tags.tag is COLLATE NOCASE: the same match as lower(tag) = lower(q.tag).
  if (q.tag) {
    const tagged = db.selectFrom('account_tags').select('account_tags.account_id').where('account_tags.tag', '=', q.tag);
    base = walk
      ? base.where((eb) => eb.exists(eb.selectFrom('account_tags').select('account_tags.account_id').where('account_tags.tag', '=', q.tag!).whereRef('account_tags.account_id', '=', 'accounts.id')))
      : base.where('accounts.id', 'in', tagged);
  }
  // A score range is a set too: walking, it is checked per row rather than read from its index.
  const score = walk ? sql`+accounts.score` : sql.ref('accounts.score');
  if (q.score_min !== undefined) base = base.where(score, '>=', q.score_min);
  if (q.score_max !== undefined) base = base.where(score, '<=', q.score_max);
  if (q.reason) {
    const reasoned = db.selectFrom('health_reasons').select('health_reasons.account_id').where('health_reasons.code', '=', q.reason);
    base = walk
      ? base.where((eb) => eb.exists(eb.selectFrom('health_reasons').select('health_reasons.account_id').where('health_reasons.code', '=', q.reason!).whereRef('health_reasons.account_id', '=', 'accounts.id')))
      : base.where('accounts.id', 'in', reasoned);
  }
  if (q.readiness) base = base.where(readinessIs(q.readiness, q.today ?? new Date().toISOString().slice(0, 10)));
  if (q.status) base = base.where('accounts.status', '=', q.status);
  if (q.provider) base = base.where('accounts.provider', '=', q.provider);
  if (q.client_id === 'none') base = base.where('accounts.client_id', 'is', null);
  else if (q.client_id) base = base.where('accounts.client_id', '=', q.client_id);
  if (q.warmup !== undefined) base = base.where('accounts.warmup_enabled', '=', q.warmup ? 1 : 0);
  if (q.search) base = base.where(searchMatches(q.search, walk));
  return base;
}

/** Searches of this many characters or more are substring matches (FTS5 trigrams need 3). */
export const SUBSTRING_SEARCH_MIN = 3;

/**
 * The search box: 3+ characters find the text anywhere in the address, name, tags or client name
 * (case- and accent-insensitive, through the accounts_fts trigram index); 1–2 characters find
 * addresses and names that start with it (a trigram index cannot look up fewer than 3, and "a"
 * anywhere would match nearly every inbox anyway).
 */
function searchMatches(text: string, walk: boolean) {
  if ([...text].length >= SUBSTRING_SEARCH_MIN) {
    const phrase = `"${text.replace(/"/g, '""')}"`;
    return sql<boolean>`${walk ? sql`+accounts.rowid` : sql`accounts.rowid`} in (select rowid from accounts_fts where accounts_fts match ${phrase})`;
  }
  // A nocase range on the indexed columns: escape-free prefix match.
  const hi = `${text}\u{10FFFF}`;
  return sql<boolean>`((accounts.email >= ${text} and accounts.email < ${hi})
    or (accounts.display_name collate nocase >= ${text} and accounts.display_name collate nocase < ${hi}))`;
}

/**
 * Orders by the list's sort. Health and score put unknowns (health unknown, no score) last in
 * both directions, so ascending is worst first; health then sorts by score within each level.
 * rowid breaks ties so paging never repeats or skips a row. Each direction is spelled as an index
 * of migration 0013 has it (literals, not parameters, so SQLite matches the expressions), and
 * `reversed` flips every term: the same rows backwards, read from the same index from its end.
 * `indexed` false keeps SQLite from reading a sort's index (see listAccounts).
 */
export function orderAccounts<DB extends Database, TB extends keyof DB & 'accounts', O>(
  qb: SelectQueryBuilder<DB, TB, O>,
  sort: AccountListQuery['sort'],
  order: AccountListQuery['order'],
  reversed = false,
  indexed = true,
): SelectQueryBuilder<DB, TB, O> {
  const dir = (d: 'asc' | 'desc'): 'asc' | 'desc' => (reversed === (d === 'asc') ? 'desc' : 'asc');
  const asc = order === 'asc';
  const terms: [RawBuilder<unknown>, 'asc' | 'desc'][] = [];
  if (sort === 'health') {
    if (!asc) terms.push([sql`accounts.health_rank != ${sql.lit(HEALTH_RANK.unknown)}`, 'desc']);
    terms.push([sql`accounts.health_rank`, order]);
  }
  if (sort === 'health' || sort === 'score') {
    terms.push([asc ? sql`accounts.score is null` : sql`accounts.score is not null`, asc ? 'asc' : 'desc'], [sql`accounts.score`, order]);
  } else terms.push([sql.ref(`accounts.${sort}`), order]);
  terms.push([sql`accounts.rowid`, order]);
  let q = qb;
  // `+` keeps the order but hides it from the sort's indexes: SQLite then finds the rows through
  // the filters' indexes and sorts them (what a small set wants).
  for (const [expr, d] of terms) q = q.orderBy(indexed ? expr : sql`+(${expr})`, dir(d));
  return q;
}

/** The total of one filter: a count, cached until anything the filters read changes. */
export interface ListTotals {
  get(key: string, version: number): number | undefined;
  set(key: string, version: number, total: number): void;
}

/** Remembers the totals of the last `size` filters (each tagged with list_version). */
export function createListTotals(size = 200): ListTotals {
  const totals = new Map<string, { version: number; total: number }>();
  return {
    get(key, version) {
      const hit = totals.get(key);
      if (!hit || hit.version !== version) return undefined;
      totals.delete(key);
      totals.set(key, hit); // most recently used last
      return hit.total;
    },
    set(key, version, total) {
      totals.delete(key);
      totals.set(key, { version, total });
      if (totals.size > size) totals.delete(totals.keys().next().value!);
    },
  };
}

async function countAccounts(db: Db, q: AccountFilter, totals?: ListTotals): Promise<number> {
  const { page: _p, per_page: _pp, sort: _s, order: _o, ...filter } = q as AccountListQuery & { today?: string };
  const key = JSON.stringify(filter, Object.keys(filter).sort());
  // Read the version first: a write after it makes the cached total stale, never wrong.
  const version = totals ? (await db.selectFrom('list_version').select('v').where('id', '=', 1).executeTakeFirst())?.v : undefined;
  const cached = version === undefined ? undefined : totals?.get(key, version);
  if (cached !== undefined) return cached;
  const { total } = await filteredAccounts(db, q).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  if (version !== undefined) totals?.set(key, version, Number(total));
  return Number(total);
}

/** The rowids of one page in order: the query whose plan decides the list's speed (a test reads its plan). */
export function pageRowids(db: Db, q: AccountListQuery & { today?: string }, at: { walk: boolean; reversed: boolean; limit: number; offset: number }) {
  return orderAccounts(filteredAccounts(db, q, at.walk).select(sql<number>`accounts.rowid`.as('rid')), q.sort, q.order, at.reversed, at.walk)
    .limit(at.limit)
    .offset(at.offset);
}

export async function listAccounts(db: Db, q: AccountListQuery & { today?: string }, totals?: ListTotals): Promise<Page<Account>> {
  const total = await countAccounts(db, q, totals);
  const offset = (q.page - 1) * q.per_page;
  // A page past the middle is read from the other end: at most half the index is ever skipped.
  const after = total - offset - q.per_page;
  const reversed = offset > 0 && offset > after && offset < total;
  const limit = reversed ? Math.min(q.per_page, total - offset) : q.per_page;
  const skip = reversed ? Math.max(0, after) : offset;
  // Two ways to a page. Walk: read the sort's index in order, checking each inbox against the
  // filters, which passes about (skip + limit) × all ÷ matching entries. Collect: find every match
  // through the filters' indexes and sort them, about 2 × matching. The totals (cached) say which
  // is cheaper; SQLite alone cannot tell, having no statistics on how selective a filter is.
  const all = await countAccounts(db, {}, totals);
  const walk = total > 0 && ((skip + limit) * all) / total < 2 * total;
  // Sort and page over row ids only, then read the page's 25–100 whole rows.
  const page = pageRowids(db, q, { walk, reversed, limit, offset: skip });
  const rows = await orderAccounts(wholeRows(db.selectFrom('accounts')).where(sql`accounts.rowid`, 'in', page), q.sort, q.order).execute();

  return {
    items: rows.map(toAccount),
    total,
    page: q.page,
    per_page: q.per_page,
    has_next: q.page * q.per_page < total,
    has_prev: q.page > 1,
  };
}

/** Every account the filters select, in order, read as a stream (exports of 100,000 rows). */
export async function* streamAccounts(
  db: Db,
  q: AccountFilter & { sort: AccountListQuery['sort']; order: AccountListQuery['order'] },
): AsyncGenerator<Account> {
  const rows = orderAccounts(wholeRows(filteredAccounts(db, q)), q.sort, q.order).stream(500);
  for await (const row of rows) yield toAccount(row);
}

export async function getAccount(db: Db, id: string): Promise<Account | undefined> {
  const row = await withClient(db).where('accounts.id', '=', id).executeTakeFirst();
  return row ? toAccount(row) : undefined;
}

/** The account, or not_found naming the id field: what every handler taking an id needs. */
export async function requireAccount(db: Db, id: string): Promise<Account> {
  const account = await getAccount(db, id);
  if (!account) throw new AppError('not_found', 'That inbox no longer exists', { field: 'id' });
  return account;
}

export async function findAccountIdByEmail(db: Db, email: string): Promise<string | undefined> {
  // The column is COLLATE NOCASE, so this compares case-insensitively.
  const row = await db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id;
}

export async function insertAccount(db: Db, row: NewAccountRow): Promise<void> {
  await db.insertInto('accounts').values(row).execute();
}

export async function updateAccountRow(db: Db, id: string, patch: AccountRowUpdate): Promise<void> {
  await db.updateTable('accounts').set(patch).where('id', '=', id).execute();
}

export async function existingAccountIds(db: Db, ids: string[]): Promise<string[]> {
  const found: string[] = [];
  // Chunked to stay under SQLite's bound-parameter limit.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('accounts').select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
    found.push(...rows.map((r) => r.id));
  }
  return found;
}

export async function deleteAccountRows(db: Db, ids: string[]): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const r = await db.deleteFrom('accounts').where('id', 'in', ids.slice(i, i + 500)).executeTakeFirst();
    deleted += Number(r.numDeletedRows);
  }
  return deleted;
}

export interface PasswordFlags {
  id: string;
  smtp_password_stored: number;
  imap_uses_smtp_password: number;
  imap_password_stored: number;
  oauth_token_stored: number;
  auth_method: string;
}

const FLAG_COLUMNS = ['id', 'smtp_password_stored', 'imap_uses_smtp_password', 'imap_password_stored', 'oauth_token_stored', 'auth_method'] as const;

export async function allPasswordFlags(db: Db): Promise<PasswordFlags[]> {
  return db
    .selectFrom('accounts')
    .select(FLAG_COLUMNS)
    .execute();
}

/** One inbox's flags, read afresh (the reconcile looks again before it acts). */
export async function passwordFlagsOf(db: Db, id: string): Promise<PasswordFlags | undefined> {
  return db
    .selectFrom('accounts')
    .select(FLAG_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Ids of every account the filter selects, oldest first (what "all N matching" acts on). */
export async function accountIdsMatching(db: Db, filter: AccountFilter): Promise<string[]> {
  const rows = await filteredAccounts(db, filter).select('accounts.id').orderBy(sql`accounts.rowid`).execute();
  return rows.map((r) => r.id);
}

export interface BulkRow {
  id: string;
  email: string;
  provider: string;
  tags: string;
  smtp_password_stored: number;
  imap_password_stored: number;
  oauth_token_stored: number;
}

/** What bulk changes need to know of each account (at most 500 ids per call). */
export async function bulkRows(db: Db, ids: string[]): Promise<BulkRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('accounts')
    .select(['id', 'email', 'provider', 'tags', 'smtp_password_stored', 'imap_password_stored', 'oauth_token_stored'])
    .where('id', 'in', ids)
    .execute();
}

/** Sets the same columns on every listed account (at most 500 ids per call); returns how many changed. */
export async function updateAccountRows(db: Db, ids: string[], patch: AccountRowUpdate): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await db.updateTable('accounts').set(patch).where('id', 'in', ids).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Accounts whose address is one of `emails` (case-insensitive), at most 500 per call. */
export async function accountsByEmail(db: Db, emails: string[]): Promise<{ id: string; email: string }[]> {
  if (emails.length === 0) return [];
  return db.selectFrom('accounts').select(['id', 'email']).where('email', 'in', emails).execute();
}
