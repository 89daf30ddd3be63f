import { sql, type Kysely } from 'kysely';

// accounts.list at 100,000 inboxes (issue 15):
//  - The last SMTP/IMAP test results (1–2 KB of JSON each, with certificate and capabilities) move
//    to account_tests, one row per inbox, so accounts rows stay narrow (2.4 KB → ~0.5 KB) and every
//    filter that still reads rows reads a fifth of the pages.
//  - account_tags (tag, account_id), kept from accounts.tags by triggers: the tag filter is an
//    index lookup instead of json_each over every row.
//  - accounts_fts, an FTS5 trigram index over email, name, tags and client name, keyed by the
//    accounts rowid and kept by triggers (a client rename rewrites its inboxes' entries): search
//    for 3+ characters is a substring match served by the index instead of LIKE '%x%'.
//  - list_version, a counter every write to accounts, clients or health reasons bumps (triggers,
//    so writes from any connection count): accounts.list caches its totals per filter against it.
//  - Indexes whose order is the list's: each filter column followed by created_at (the default
//    sort), and score / health sorts with unknowns last in both directions. The sort expressions
//    are spelled exactly as accounts-repo.ts orders by them (SQLite matches them literally).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table account_tests (
    account_id text primary key references accounts(id) on delete cascade,
    smtp_test text, imap_test text)`.execute(db);
  await sql`insert into account_tests (account_id, smtp_test, imap_test)
    select id, smtp_test, imap_test from accounts where smtp_test is not null or imap_test is not null`.execute(db);
  await db.schema.alterTable('accounts').dropColumn('smtp_test').execute();
  await db.schema.alterTable('accounts').dropColumn('imap_test').execute();

  await sql`create table account_tags (
    tag text not null collate nocase,
    account_id text not null references accounts(id) on delete cascade,
    primary key (tag, account_id)) without rowid`.execute(db);
  await sql`create index account_tags_by_account on account_tags (account_id)`.execute(db);
  await sql`create virtual table accounts_fts using fts5(email, display_name, tags, client, tokenize = 'trigram remove_diacritics 1')`.execute(db);
  await sql`create table list_version (id integer primary key check (id = 1), v integer not null)`.execute(db);
  await sql`insert into list_version (id, v) values (1, 0)`.execute(db);

  const bump = 'update list_version set v = v + 1 where id = 1;';
  const tagsOf = (row: string) => `json_each(case when json_valid(${row}.tags) and json_type(${row}.tags) = 'array' then ${row}.tags else '[]' end)`;
  const ftsValues = (row: string) => `${row}.rowid, ${row}.email, ${row}.display_name,
    coalesce((select group_concat(value, ' ') from ${tagsOf(row)} where type = 'text'), ''),
    coalesce((select name from clients where id = ${row}.client_id), '')`;
  const addTags = `insert or ignore into account_tags (tag, account_id) select value, new.id from ${tagsOf('new')} where type = 'text';`;
  const statements = [
    `create trigger accounts_list_insert after insert on accounts begin
      ${addTags}
      insert into accounts_fts (rowid, email, display_name, tags, client) values (${ftsValues('new')});
      ${bump} end`,
    `create trigger accounts_list_update after update on accounts begin ${bump} end`,
    `create trigger accounts_list_update_text after update of email, display_name, tags, client_id on accounts begin
      delete from accounts_fts where rowid = old.rowid;
      insert into accounts_fts (rowid, email, display_name, tags, client) values (${ftsValues('new')});
      end`,
    `create trigger accounts_list_update_tags after update of tags on accounts begin
      delete from account_tags where account_id = old.id;
      ${addTags} end`,
    `create trigger accounts_list_delete after delete on accounts begin
      delete from accounts_fts where rowid = old.rowid;
      ${bump} end`,
    `create trigger clients_list_rename after update of name on clients begin
      update accounts_fts set client = new.name where rowid in (select rowid from accounts where client_id = new.id);
      ${bump} end`,
    // Before: the accounts' client_id is set null by the foreign key after this runs.
    `create trigger clients_list_delete before delete on clients begin
      update accounts_fts set client = '' where rowid in (select rowid from accounts where client_id = old.id);
      ${bump} end`,
    `create trigger health_reasons_list_insert after insert on health_reasons begin ${bump} end`,
    `create trigger health_reasons_list_delete after delete on health_reasons begin ${bump} end`,
    `create trigger health_reasons_list_update after update on health_reasons begin ${bump} end`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
  await fillListIndexes(db);

  const indexes: [string, string][] = [
    ['accounts_status_created', 'status, created_at'],
    ['accounts_provider_created', 'provider, created_at'],
    ['accounts_client_created', 'client_id, created_at'],
    ['accounts_warmup_created', 'warmup_enabled, created_at'],
    ['accounts_health_created', 'health_rank, health, created_at'],
    ['accounts_tested_created', 'last_tested_at, created_at'],
    ['accounts_score_created', 'score, created_at'],
    // Score: ascending with no score last, descending (scanned backwards) with no score last.
    ['accounts_score_asc', 'score is null, score'],
    ['accounts_score_desc', 'score is not null, score'],
    ['accounts_health_asc', 'health_rank, score is null, score'],
    ['accounts_health_desc', 'health_rank != 4, health_rank, score is not null, score'],
  ];
  for (const [name, columns] of indexes) await sql.raw(`create index ${name} on accounts (${columns})`).execute(db);
  // Short searches match the start of the address (its unique index is nocase) or of the name.
  await sql`create index accounts_name on accounts (display_name collate nocase)`.execute(db);
  await sql`create index accounts_failed_created on accounts (created_at) where smtp_error is not null or imap_error is not null`.execute(db);
  await sql`create index accounts_ok_created on accounts (created_at) where last_tested_at is not null and smtp_error is null and imap_error is null`.execute(db);
  // Superseded by the (column, created_at) indexes above, which serve the same lookups.
  for (const old of ['accounts_status', 'accounts_client', 'accounts_last_tested', 'accounts_score']) await db.schema.dropIndex(old).execute();
}

const TAGS_OF_A = "json_each(case when json_valid(a.tags) and json_type(a.tags) = 'array' then a.tags else '[]' end)";

/** Empties and refills accounts_fts and account_tags from accounts, in bulk (about 5× faster than row by row). */
export const FILL_LIST_INDEXES: readonly string[] = [
  'delete from accounts_fts',
  'delete from account_tags',
  `insert into accounts_fts (rowid, email, display_name, tags, client)
    select a.rowid, a.email, a.display_name,
      coalesce((select group_concat(value, ' ') from ${TAGS_OF_A} where type = 'text'), ''),
      coalesce(c.name, '')
    from accounts a left join clients c on c.id = a.client_id`,
  `insert or ignore into account_tags (tag, account_id) select j.value, a.id from accounts a, ${TAGS_OF_A} j where j.type = 'text'`,
];

/**
 * Fills accounts_fts and account_tags from accounts. The migration runs it once; open-store runs
 * it again after a VACUUM, which may renumber the accounts rowids that accounts_fts is keyed by.
 */
export async function fillListIndexes(db: Kysely<unknown>): Promise<void> {
  for (const statement of FILL_LIST_INDEXES) await sql.raw(statement).execute(db);
}
