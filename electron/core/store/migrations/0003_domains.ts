import type { Kysely } from 'kysely';

// Shipped: never edit, add the next migration instead.
// The last audit of each sending domain (one check serves every inbox on it) and the DKIM
// selectors the user added for it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('domains')
    .addColumn('domain', 'text', (c) => c.primaryKey())
    .addColumn('dkim_selectors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('report', 'text')
    .addColumn('checked_at', 'text')
    .execute();
}
