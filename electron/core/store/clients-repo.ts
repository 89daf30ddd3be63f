import type { Kysely, Transaction } from 'kysely';
import type { Client } from '../../../shared/domain';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

const clientsWithCounts = (db: Db) =>
  db
    .selectFrom('clients')
    .leftJoin('accounts', 'accounts.client_id', 'clients.id')
    .select(['clients.id', 'clients.name', 'clients.created_at'])
    .select((eb) => eb.fn.count<number>('accounts.id').as('account_count'))
    .groupBy('clients.id');

const toClient = (r: { id: string; name: string; created_at: string; account_count: number | string | bigint }): Client => ({
  id: r.id,
  name: r.name,
  created_at: r.created_at,
  account_count: Number(r.account_count),
});

export async function listClients(db: Db): Promise<Client[]> {
  const rows = await clientsWithCounts(db).orderBy('clients.name').execute();
  return rows.map(toClient);
}

export async function getClient(db: Db, id: string): Promise<Client | undefined> {
  const row = await clientsWithCounts(db).where('clients.id', '=', id).executeTakeFirst();
  return row ? toClient(row) : undefined;
}

export async function findClientIdByName(db: Db, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('clients').select('id').where('name', '=', name).executeTakeFirst();
  return row?.id;
}

export async function insertClient(db: Db, row: { id: string; name: string; created_at: string }): Promise<void> {
  await db.insertInto('clients').values(row).execute();
}

export async function renameClient(db: Db, id: string, name: string): Promise<void> {
  await db.updateTable('clients').set({ name }).where('id', '=', id).execute();
}

/** A sign-in app of the client that inboxes still sign in through (deleting the client would cut them off). */
export interface AppInUse {
  label: string;
  inboxes: number;
}

export type DeleteClientOutcome = { ok: true; accounts_unassigned: number; app_ids: string[] } | { ok: false; apps_in_use: AppInUse[] };

/**
 * Deletes the client; its accounts stay, without a client. Its sign-in apps go with it (the
 * foreign key cascades), so it refuses while any of them has inboxes: checked in the same
 * transaction as the delete, so no sign-in slips in between.
 */
export async function deleteClient(db: Kysely<Database>, id: string): Promise<DeleteClientOutcome> {
  return db.transaction().execute(async (trx): Promise<DeleteClientOutcome> => {
    const apps = await trx
      .selectFrom('oauth_apps')
      .select(['oauth_apps.id', 'oauth_apps.label'])
      .select((eb) => eb.selectFrom('accounts').whereRef('accounts.oauth_app_id', '=', 'oauth_apps.id').select(eb.fn.countAll<number>().as('n')).as('inboxes'))
      .where('agency_client_id', '=', id)
      .orderBy('oauth_apps.label')
      .execute();
    const inUse = apps.filter((a) => Number(a.inboxes) > 0).map((a) => ({ label: a.label, inboxes: Number(a.inboxes) }));
    if (inUse.length) return { ok: false, apps_in_use: inUse };
    const r = await trx.updateTable('accounts').set({ client_id: null }).where('client_id', '=', id).executeTakeFirst();
    await trx.deleteFrom('clients').where('id', '=', id).execute();
    return { ok: true, accounts_unassigned: Number(r.numUpdatedRows), app_ids: apps.map((a) => a.id) };
  });
}
