import { sql, type Kysely } from 'kysely';

// Health apart from status. Status becomes only the user's choice (active/paused): a failed test
// used to set `error` and keep the previous status in status_before_error; that is undone here
// and the column dropped (`warming` becomes active with warmup on). Each inbox gets its computed
// health (with its sort rank and reasons), the error codes of its last tests (for filters), the
// share of its score that was measured, and the rate counts health was derived from. Reasons are
// also kept one per row so the Overview counts them by cause with an index, and fleet-wide daily
// totals follow the snapshots through triggers so the 30-day trend never scans 10,000 inboxes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update accounts set status = coalesce(status_before_error, 'active') where status = 'error'`.execute(db);
  await sql`update accounts set status = 'active', warmup_enabled = 1 where status = 'warming'`.execute(db);
  await sql`update accounts set status = 'active' where status not in ('active', 'paused')`.execute(db);
  await db.schema.alterTable('accounts').dropColumn('status_before_error').execute();

  await db.schema.alterTable('accounts').addColumn('health', 'text', (c) => c.notNull().defaultTo('unknown')).execute();
  await db.schema.alterTable('accounts').addColumn('health_rank', 'integer', (c) => c.notNull().defaultTo(4)).execute();
  await db.schema.alterTable('accounts').addColumn('health_reasons', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  // Null until computed: the start-up pass computes every such row (also rows other code inserts).
  await db.schema.alterTable('accounts').addColumn('health_at', 'text').execute();
  // When the evidence behind the verdict goes stale, so a later pass recomputes it.
  await db.schema.alterTable('accounts').addColumn('health_expires_at', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('smtp_error', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('imap_error', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('score_measured', 'integer').execute();
  for (const p of ['smtp', 'imap']) {
    await sql`update accounts set ${sql.ref(`${p}_error`)} = case
        when ${sql.ref(`${p}_test`)} is null or json_extract(${sql.ref(`${p}_test`)}, '$.ok') then null
        else coalesce(json_extract(${sql.ref(`${p}_test`)}, '$.error'), 'protocol_error') end`.execute(db);
  }
  // Scores were a sum in which unknown parts counted 0; the next refresh writes the new scale.
  await sql`update accounts set score = null`.execute(db);

  await db.schema.createIndex('accounts_health').on('accounts').columns(['health_rank', 'score']).execute();
  await db.schema.createIndex('accounts_client_health').on('accounts').columns(['client_id', 'health_rank']).execute();
  await db.schema.createIndex('accounts_score').on('accounts').column('score').execute();
  await db.schema.createIndex('accounts_health_expires').on('accounts').column('health_expires_at').execute();
  // Connection filters and "last checked" (max of a column) without reading every row.
  await db.schema.createIndex('accounts_smtp_error').on('accounts').column('smtp_error').where(sql.ref('smtp_error'), 'is not', null).execute();
  await db.schema.createIndex('accounts_imap_error').on('accounts').column('imap_error').where(sql.ref('imap_error'), 'is not', null).execute();
  await db.schema.createIndex('accounts_last_tested').on('accounts').column('last_tested_at').execute();
  await db.schema.createIndex('domains_checked').on('domains').column('checked_at').execute();
  await db.schema.createIndex('reports_created').on('reports').column('created_at').execute();
  // The same expression the domain queries use, so "inboxes of a domain" is an index lookup.
  await db.schema.createIndex('accounts_domain').on('accounts').expression(sql`lower(substr(email, instr(email, '@') + 1))`).execute();

  await db.schema
    .createTable('account_rates')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('measured_at', 'text', (c) => c.notNull())
    .addColumn('sent_30d', 'integer', (c) => c.notNull())
    .addColumn('bounced_30d', 'integer', (c) => c.notNull())
    .addColumn('complaints_30d', 'integer', (c) => c.notNull())
    .addColumn('sent_7d', 'integer', (c) => c.notNull())
    .addColumn('bounced_7d', 'integer', (c) => c.notNull())
    .addColumn('complaints_7d', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('health_reasons')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('health_reasons_pk', ['account_id', 'code', 'detail'])
    .execute();
  await db.schema.createIndex('health_reasons_by_code').on('health_reasons').columns(['code', 'detail', 'level', 'domain', 'account_id']).execute();
  await db.schema.createIndex('health_reasons_by_domain').on('health_reasons').columns(['domain', 'code', 'detail']).execute();

  await db.schema
    .createTable('fleet_daily')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('sent', 'integer', (c) => c.notNull())
    .addColumn('bounced', 'integer', (c) => c.notNull())
    .addColumn('complaints', 'integer', (c) => c.notNull())
    .execute();
  const add = (row: 'new' | 'old', sign: '+' | '-') => sql.raw(`
    insert into fleet_daily (date, sent, bounced, complaints)
      values (${row}.date, ${sign}${row}.sent, ${sign}(${row}.hard_bounces + ${row}.soft_bounces), ${sign}${row}.complaints)
      on conflict (date) do update set sent = sent + excluded.sent, bounced = bounced + excluded.bounced, complaints = complaints + excluded.complaints;`);
  await sql`create trigger snapshots_fleet_insert after insert on snapshots begin ${add('new', '+')} end`.execute(db);
  await sql`create trigger snapshots_fleet_update after update on snapshots begin ${add('old', '-')} ${add('new', '+')} end`.execute(db);
  await sql`create trigger snapshots_fleet_delete after delete on snapshots begin ${add('old', '-')} end`.execute(db);
  await sql`insert into fleet_daily (date, sent, bounced, complaints)
    select date, sum(sent), sum(hard_bounces + soft_bounces), sum(complaints) from snapshots group by date`.execute(db);
}
