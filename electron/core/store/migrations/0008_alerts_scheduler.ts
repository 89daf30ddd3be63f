import { sql, type Kysely } from 'kysely';

// Alerts (opened/resolved, what was observed, about which inbox or domain), the state each
// subject was last seen in (what alerts compare against), the webhook outbox with its retries,
// and the scheduler's rounds (so a round missed while the app was closed runs at the next start).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    // 'account:<id>' or 'domain:<name>'; with key, names one condition of one subject.
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id').onDelete('cascade'))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('observed', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolution', 'text')
    .addColumn('acknowledged_at', 'text')
    .execute();
  // At most one open alert per condition: a repeat updates it instead of opening another.
  await sql`create unique index alerts_one_open on alerts (subject, key) where resolved_at is null`.execute(db);
  await db.schema.createIndex('alerts_by_opened').on('alerts').columns(['resolved_at', 'opened_at']).execute();
  await db.schema.createIndex('alerts_by_account').on('alerts').column('account_id').execute();
  await db.schema.createIndex('alerts_by_domain').on('alerts').column('domain').execute();

  await db.schema
    .createTable('alert_state')
    .addColumn('subject', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // The JSON body to POST: alert titles and links only, never a secret.
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_attempt_at', 'text')
    .addColumn('next_attempt_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('scheduler_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('scheduler_runs_by_start').on('scheduler_runs').column('started_at').execute();
}
