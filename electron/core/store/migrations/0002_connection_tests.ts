import type { Kysely } from 'kysely';

// Shipped: never edit, add the next migration instead.
// Connection-test results on each account, the per-account self-signed opt-in, and settings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('accounts')
    .addColumn('allow_self_signed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // JSON of the last ProbeResult per protocol; null until the first test.
  await db.schema.alterTable('accounts').addColumn('smtp_test', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('imap_test', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('last_tested_at', 'text').execute();
  // The status to return to when a later test passes after a failure set `error`.
  await db.schema.alterTable('accounts').addColumn('status_before_error', 'text').execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
