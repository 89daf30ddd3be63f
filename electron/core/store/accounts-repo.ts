import { AppError } from '../../../shared/errors';
// Account queries as plain functions taking `db`.
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import { HEALTH_RANK } from '../../../shared/health';
import type { AccountListQuery } from '../../../shared/validation';
import type { Account, Page } from '../../../shared/domain';
import { toAccount } from './account-mapping';
import { readinessIs } from './readiness-sql';
import type { AccountRowUpdate, Database, NewAccountRow } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

const withClient = (db: Db) =>
  db
    .selectFrom('accounts')
    .leftJoin('clients', 'clients.id', 'accounts.client_id')
    .selectAll('accounts')
    .select('clients.name as client_name');

/** LIKE pattern that matches `text` literally anywhere (escapes %, _ and \). */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Every filter accounts.list has (its own schema minus sorting and paging). `today` (YYYY-MM-DD,
 * from core's clock) dates the readiness filter; without it SQLite's date is used.
 */
export type AccountFilter = Omit<AccountListQuery, 'sort' | 'order' | 'page' | 'per_page'> & { today?: string };

/** The sending domain of an address; the same expression as the accounts_domain index. */
export const accountDomain = sql<string>`lower(substr(accounts.email, instr(accounts.email, '@') + 1))`;

/** The accounts the list's filters select (no paging, no order). */
export function filteredAccounts(db: Db, q: AccountFilter) {
  let base = db.selectFrom('accounts');
  // The rank leads to the index; sign-in expired shares failing's rank, so the health itself decides.
  if (q.health) base = base.where('accounts.health_rank', '=', HEALTH_RANK[q.health]).where('accounts.health', '=', q.health);
  if (q.connection === 'not_tested') base = base.where('accounts.last_tested_at', 'is', null);
  else if (q.connection === 'ok') {
    base = base.where('accounts.last_tested_at', 'is not', null).where('accounts.smtp_error', 'is', null).where('accounts.imap_error', 'is', null);
  } else if (q.connection === 'failed') base = base.where((eb) => eb.or([eb('accounts.smtp_error', 'is not', null), eb('accounts.imap_error', 'is not', null)]));
  else if (q.connection) {
    const code = q.connection;
    base = base.where((eb) => eb.or([eb('accounts.smtp_error', '=', code), eb('accounts.imap_error', '=', code)]));
  }
  if (q.domain) base = base.where(accountDomain, '=', q.domain.toLowerCase());
  if (q.tag) base = base.where(sql<boolean>`exists (select 1 from json_each(accounts.tags) where lower(json_each.value) = lower(${q.tag}))`);
  if (q.score_min !== undefined) base = base.where('accounts.score', '>=', q.score_min);
  if (q.score_max !== undefined) base = base.where('accounts.score', '<=', q.score_max);
  if (q.reason) base = base.where('accounts.id', 'in', db.selectFrom('health_reasons').select('health_reasons.account_id').where('health_reasons.code', '=', q.reason));
  if (q.readiness) base = base.where(readinessIs(q.readiness, q.today ?? new Date().toISOString().slice(0, 10)));
  if (q.status) base = base.where('accounts.status', '=', q.status);
  if (q.provider) base = base.where('accounts.provider', '=', q.provider);
  if (q.client_id === 'none') base = base.where('accounts.client_id', 'is', null);
  else if (q.client_id) base = base.where('accounts.client_id', '=', q.client_id);
  if (q.warmup !== undefined) base = base.where('accounts.warmup_enabled', '=', q.warmup ? 1 : 0);
  if (q.search) {
    const p = containsPattern(q.search);
    base = base.where((eb) =>
      eb.or([
        eb(sql`accounts.email`, 'like', sql`${p} escape '\\'`),
        eb(sql`accounts.display_name`, 'like', sql`${p} escape '\\'`),
      ]),
    );
  }
  return base;
}

/**
 * Orders by the list's sort. Health and score put unknowns (health unknown, no score) last in
 * both directions, so ascending is worst first; health then sorts by score within each level.
 * rowid breaks ties so paging never repeats or skips a row.
 */
export function orderAccounts<DB extends Database, TB extends keyof DB & 'accounts', O>(
  qb: SelectQueryBuilder<DB, TB, O>,
  sort: AccountListQuery['sort'],
  order: AccountListQuery['order'],
): SelectQueryBuilder<DB, TB, O> {
  let q = qb;
  if (sort === 'health') q = q.orderBy(sql`accounts.health_rank = ${HEALTH_RANK.unknown}`).orderBy(sql`accounts.health_rank`, order);
  if (sort === 'health' || sort === 'score') q = q.orderBy(sql`accounts.score is null`).orderBy(sql`accounts.score`, order);
  else q = q.orderBy(sql.ref(`accounts.${sort}`), order);
  return q.orderBy(sql`accounts.rowid`, order);
}

export async function listAccounts(db: Db, q: AccountListQuery & { today?: string }): Promise<Page<Account>> {
  const base = filteredAccounts(db, q);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  // Sort and page over row ids only (a narrow sort), then read the page's 25–100 whole rows.
  const page = orderAccounts(base.select(sql<number>`accounts.rowid`.as('rid')), q.sort, q.order)
    .limit(q.per_page)
    .offset((q.page - 1) * q.per_page);
  const rows = await orderAccounts(
    db.selectFrom('accounts').leftJoin('clients', 'clients.id', 'accounts.client_id').selectAll('accounts').select('clients.name as client_name')
      .where(sql`accounts.rowid`, 'in', page),
    q.sort,
    q.order,
  ).execute();

  return {
    items: rows.map(toAccount),
    total: Number(total),
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
  const rows = orderAccounts(
    filteredAccounts(db, q).leftJoin('clients', 'clients.id', 'accounts.client_id').selectAll('accounts').select('clients.name as client_name'),
    q.sort,
    q.order,
  ).stream(500);
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
