import { sql, type Kysely } from 'kysely';

// Sign-in with Google / Microsoft: the agency's OAuth apps (client secrets live in the keychain,
// never here), and on each inbox its login method, its app, whether the keychain holds its
// refresh token, and when the provider refused that token.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('oauth_apps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('tenant', 'text')
    .addColumn('issuer', 'text')
    .addColumn('agency_client_id', 'text', (c) => c.references('clients.id').onDelete('cascade'))
    .addColumn('secret_stored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One app per provider for everyone, and at most one per provider and client.
  await sql`create unique index oauth_apps_scope on oauth_apps (provider, ifnull(agency_client_id, ''))`.execute(db);

  await db.schema.alterTable('accounts').addColumn('auth_method', 'text', (c) => c.notNull().defaultTo('password')).execute();
  await db.schema
    .alterTable('accounts')
    .addColumn('oauth_app_id', 'text', (c) => c.references('oauth_apps.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('accounts').addColumn('oauth_token_stored', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('accounts').addColumn('sign_in_expired_at', 'text').execute();
}
