import { sql, type Kysely } from 'kysely';

// Shipped: never edit, add the next migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().modifyEnd(sql`collate nocase`).unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().modifyEnd(sql`collate nocase`).unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('smtp_host', 'text', (c) => c.notNull())
    .addColumn('smtp_port', 'integer', (c) => c.notNull())
    .addColumn('smtp_security', 'text', (c) => c.notNull())
    .addColumn('smtp_username', 'text', (c) => c.notNull())
    .addColumn('smtp_password_stored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imap_host', 'text', (c) => c.notNull())
    .addColumn('imap_port', 'integer', (c) => c.notNull())
    .addColumn('imap_security', 'text', (c) => c.notNull())
    .addColumn('imap_username', 'text', (c) => c.notNull())
    .addColumn('imap_uses_smtp_password', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('imap_password_stored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('daily_limit', 'integer', (c) => c.notNull())
    .addColumn('min_minutes_between_sends', 'integer', (c) => c.notNull())
    .addColumn('signature_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reply_to', 'text')
    .addColumn('bcc', 'text')
    .addColumn('tracking_domain', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('warmup_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warmup_per_day', 'integer', (c) => c.notNull())
    .addColumn('warmup_daily_rampup', 'integer', (c) => c.notNull())
    .addColumn('warmup_target_reply_rate', 'integer', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.references('clients.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('accounts_status').on('accounts').column('status').execute();
  await db.schema.createIndex('accounts_provider').on('accounts').column('provider').execute();
  await db.schema.createIndex('accounts_client').on('accounts').column('client_id').execute();
  await db.schema.createIndex('accounts_created').on('accounts').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('accounts').execute();
  await db.schema.dropTable('clients').execute();
}
