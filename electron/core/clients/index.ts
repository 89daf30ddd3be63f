import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Handlers } from '../../../shared/contract';
import type { Client } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { isoNow, type Clock } from '../clock';
import type { CoreEvents } from '../events';
import { clientsRepo, type Database } from '../store/index';

type ClientHandlers = Pick<Handlers, 'clients.list' | 'clients.create' | 'clients.rename' | 'clients.delete'>;

const duplicateName = (name: string) =>
  new AppError('duplicate', `A client named ${name} already exists`, { field: 'name', fields: { name: `${name} already exists` } });

export function clientsHandlers({ db, clock, events }: { db: Kysely<Database>; clock: Clock; events: CoreEvents }): ClientHandlers {
  async function mustGet(id: string): Promise<Client> {
    const client = await clientsRepo.getClient(db, id);
    if (!client) throw new AppError('not_found', 'That client no longer exists', { field: 'id' });
    return client;
  }

  async function mustBeFree(name: string, exceptId?: string): Promise<void> {
    const owner = await clientsRepo.findClientIdByName(db, name);
    if (owner && owner !== exceptId) throw duplicateName(name);
  }

  return {
    'clients.list': () => clientsRepo.listClients(db),
    'clients.create': async ({ name }) => {
      await mustBeFree(name);
      const id = randomUUID();
      await clientsRepo.insertClient(db, { id, name, created_at: isoNow(clock) });
      return mustGet(id);
    },
    'clients.rename': async ({ id, name }) => {
      await mustGet(id);
      await mustBeFree(name, id);
      await clientsRepo.renameClient(db, id, name);
      events.emit('accounts.changed', { ids: [] });
      return mustGet(id);
    },
    'clients.delete': async ({ id }) => {
      await mustGet(id);
      const accounts_unassigned = await clientsRepo.deleteClient(db, id);
      events.emit('accounts.changed', { ids: [] });
      return { deleted: true as const, accounts_unassigned };
    },
  };
}
