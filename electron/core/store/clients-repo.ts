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

/** Deletes the client; its accounts stay, without a client. Returns how many were unassigned. */
export async function deleteClient(db: Kysely<Database>, id: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('accounts').set({ client_id: null }).where('client_id', '=', id).executeTakeFirst();
    await trx.deleteFrom('clients').where('id', '=', id).execute();
    return Number(r.numUpdatedRows);
  });
}
