import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

// Shipped: never edit, add the next migration instead.
// Mailbox scans (per-folder UIDVALIDITY and last UID, the Message-IDs we sent, what each new
// message was), daily snapshots, stored deliverability reports, and the last score per account.
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = (c: ColumnDefinitionBuilder) => c.notNull().references('accounts.id').onDelete('cascade');

  await db.schema
    .createTable('mailbox_folders')
    .addColumn('account_id', 'text', fk)
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('uidvalidity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'integer', (c) => c.notNull())
    .addColumn('scanned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mailbox_folders_pk', ['account_id', 'folder'])
    .execute();

  await db.schema
    .createTable('sent_messages')
    .addColumn('account_id', 'text', fk)
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sent_messages_pk', ['account_id', 'message_id'])
    .execute();
  await db.schema.createIndex('sent_messages_by_day').on('sent_messages').columns(['account_id', 'date']).execute();

  await db.schema
    .createTable('mailbox_events')
    .addColumn('account_id', 'text', fk)
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uidvalidity', 'text', (c) => c.notNull())
    .addColumn('uid', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addPrimaryKeyConstraint('mailbox_events_pk', ['account_id', 'folder', 'uidvalidity', 'uid'])
    .execute();
  await db.schema.createIndex('mailbox_events_by_day').on('mailbox_events').columns(['account_id', 'date']).execute();

  await db.schema
    .createTable('snapshots')
    .addColumn('account_id', 'text', fk)
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('sent', 'integer', (c) => c.notNull())
    .addColumn('hard_bounces', 'integer', (c) => c.notNull())
    .addColumn('soft_bounces', 'integer', (c) => c.notNull())
    .addColumn('complaints', 'integer', (c) => c.notNull())
    .addColumn('replies', 'integer', (c) => c.notNull())
    .addColumn('bounce_rate', 'real', (c) => c.notNull())
    .addColumn('complaint_rate', 'real', (c) => c.notNull())
    .addColumn('reply_rate', 'real', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addPrimaryKeyConstraint('snapshots_pk', ['account_id', 'date'])
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('accounts').addColumn('score', 'integer').execute();
}
