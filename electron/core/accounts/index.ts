// accounts.* handlers for one inbox at a time; the writer does the row + keychain work (shared
// with CSV import), bulk.ts the changes to many inboxes.
import type { Kysely } from 'kysely';
import type { Handlers } from '../../../shared/contract';
import type { Account } from '../../../shared/domain';
import { isoToday, type Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { Logger } from '../log';
import { accountsRepo, type Database } from '../store/index';
import type { Vault } from '../vault/index';
import { createAccountWriter, type AccountWriter } from './account-writer';

export { reconcileSecrets } from './reconcile';
export { createAccountWriter, keyedQueue, type AccountWriter } from './account-writer';
export { bulkHandlers } from './bulk';
export { defaultImapPort } from './account-input';

export interface AccountsDeps {
  db: Kysely<Database>;
  vault: Vault;
  clock: Clock;
  events: CoreEvents;
  log: Logger;
  /** Runs after a create that asked for a connection test (in the background). */
  onCreated?: (account: Account) => void;
  /** Drops an inbox's in-memory access token (when it is deleted or goes back to a password). */
  forgetToken?: (accountId: string) => void;
  /** The one writer core shares with the import (its per-inbox update queue is shared too). */
  writer?: AccountWriter;
}

type AccountHandlers = Pick<Handlers, 'accounts.list' | 'accounts.get' | 'accounts.create' | 'accounts.update'>;

export function accountsHandlers(deps: AccountsDeps): AccountHandlers {
  const { db, events, onCreated } = deps;
  const writer = deps.writer ?? createAccountWriter(deps);
  const mustGet = (id: string): Promise<Account> => accountsRepo.requireAccount(db, id);
  const changed = (ids: string[]) => events.emit('accounts.changed', { ids });
  const totals = accountsRepo.createListTotals();

  return {
    'accounts.list': (q) => accountsRepo.listAccounts(db, { ...q, today: isoToday(deps.clock) }, totals),

    'accounts.get': ({ id }) => mustGet(id),

    'accounts.create': async (input) => {
      await writer.mustHaveClient(input.client_id);
      const id = await writer.create(input);
      changed([id]);
      const account = await mustGet(id);
      if (input.test) onCreated?.(account);
      return account;
    },

    'accounts.update': async (input) => {
      await writer.update(input);
      changed([input.id]);
      return mustGet(input.id);
    },
  };
}
