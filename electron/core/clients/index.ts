import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Handlers } from '../../../shared/contract';
import type { Client } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { isoNow, type Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { Logger } from '../log';
import { appInUseMessage } from '../oauth/index';
import { clientsRepo, type Database } from '../store/index';
import { appSecretKey, type Vault } from '../vault/index';

type ClientHandlers = Pick<Handlers, 'clients.list' | 'clients.create' | 'clients.rename' | 'clients.delete'>;

const duplicateName = (name: string) =>
  new AppError('duplicate', `A client named ${name} already exists`, { field: 'name', fields: { name: `${name} already exists` } });

export interface ClientsDeps {
  db: Kysely<Database>;
  vault: Vault;
  clock: Clock;
  events: CoreEvents;
  log: Logger;
}

export function clientsHandlers({ db, vault, clock, events, log }: ClientsDeps): ClientHandlers {
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
      const client = await mustGet(id);
      const outcome = await clientsRepo.deleteClient(db, id);
      if (!outcome.ok) {
        // Deleting the client would delete its sign-in apps and silently disconnect their inboxes.
        const apps = outcome.apps_in_use;
        const inboxes = apps.reduce((n, a) => n + a.inboxes, 0);
        const labels = apps.map((a) => `“${a.label}”`).join(' and ');
        throw new AppError('invalid_input', appInUseMessage(inboxes, `${client.name}'s sign-in app${apps.length === 1 ? '' : 's'} ${labels}`), { field: 'id' });
      }
      // The apps went with the client: their secrets leave the keychain (a failure is left to the start-up pass).
      for (const appId of outcome.app_ids) {
        await vault.delete(appSecretKey(appId)).catch((err: unknown) => log.warn('sign-in app secret left for the start-up pass', { id: appId, reason: String(err) }));
      }
      events.emit('accounts.changed', { ids: [] });
      return { deleted: true as const, accounts_unassigned: outcome.accounts_unassigned };
    },
  };
}
