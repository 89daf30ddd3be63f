// Sign-in apps (the agency's OAuth clients) as plain functions taking `db`. No secrets here:
// `secret_stored` only says whether the keychain holds one.
import type { Kysely, Transaction } from 'kysely';
import type { OAuthProvider, SignInApp } from '../../../shared/oauth';
import type { Database, OAuthAppRow } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

const withCounts = (db: Db) =>
  db
    .selectFrom('oauth_apps')
    .leftJoin('clients', 'clients.id', 'oauth_apps.agency_client_id')
    .selectAll('oauth_apps')
    .select('clients.name as agency_client_name')
    .select((eb) =>
      eb.selectFrom('accounts').whereRef('accounts.oauth_app_id', '=', 'oauth_apps.id').select(eb.fn.countAll<number>().as('n')).as('account_count'),
    );

type Listed = OAuthAppRow & { agency_client_name: string | null; account_count: number | bigint | string | null };

const toApp = (r: Listed): SignInApp => ({
  id: r.id,
  provider: r.provider as OAuthProvider,
  label: r.label,
  client_id: r.client_id,
  secret_stored: r.secret_stored === 1,
  tenant: r.tenant,
  issuer: r.issuer,
  agency_client_id: r.agency_client_id,
  agency_client_name: r.agency_client_name,
  account_count: Number(r.account_count ?? 0),
  created_at: r.created_at,
  updated_at: r.updated_at,
});

export async function listApps(db: Db): Promise<SignInApp[]> {
  const rows = await withCounts(db).orderBy('oauth_apps.provider').orderBy('oauth_apps.label').execute();
  return rows.map(toApp);
}

export async function getApp(db: Db, id: string): Promise<SignInApp | undefined> {
  const row = await withCounts(db).where('oauth_apps.id', '=', id).executeTakeFirst();
  return row ? toApp(row) : undefined;
}

export async function getAppRow(db: Db, id: string): Promise<OAuthAppRow | undefined> {
  return db.selectFrom('oauth_apps').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The app for a client's inboxes: the client's own, else the provider's app for everyone. */
export async function appFor(db: Db, provider: OAuthProvider, agencyClientId: string | null): Promise<OAuthAppRow | undefined> {
  const rows = await db
    .selectFrom('oauth_apps')
    .selectAll()
    .where('provider', '=', provider)
    .where((eb) => (agencyClientId ? eb.or([eb('agency_client_id', '=', agencyClientId), eb('agency_client_id', 'is', null)]) : eb('agency_client_id', 'is', null)))
    .execute();
  return rows.find((r) => r.agency_client_id !== null) ?? rows[0];
}

export async function insertApp(db: Db, row: Omit<OAuthAppRow, 'secret_stored'> & { secret_stored: number }): Promise<void> {
  await db.insertInto('oauth_apps').values(row).execute();
}

export async function updateApp(db: Db, id: string, patch: Partial<Omit<OAuthAppRow, 'id'>>): Promise<void> {
  await db.updateTable('oauth_apps').set(patch).where('id', '=', id).execute();
}

export async function deleteApp(db: Db, id: string): Promise<number> {
  const r = await db.deleteFrom('oauth_apps').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function appSecretFlags(db: Db): Promise<{ id: string; secret_stored: number }[]> {
  return db.selectFrom('oauth_apps').select(['id', 'secret_stored']).execute();
}
