// accounts.* handlers. A row and its keychain entries change together: secrets are written
// before the row exists and removed after it is gone, so a crash can only leave keychain
// orphans, which the start-up reconcile pass removes.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Handlers } from '../../../shared/contract';
import type { Account } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { checkDailyLimit } from '../../../shared/validation';
import { isoNow, type Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { Logger } from '../log';
import { accountsRepo, clientsRepo, type Database } from '../store/index';
import { secretKey, type Vault } from '../vault/index';
import { accountRowPatch, newAccountRow } from './account-input';

export { reconcileSecrets } from './reconcile';

/** Runs tasks with the same key one after another (in call order); other keys run freely. */
export function keyedQueue(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).catch(() => undefined).then(task);
    tails.set(key, run);
    const clear = () => {
      if (tails.get(key) === run) tails.delete(key);
    };
    run.then(clear, clear);
    return run;
  };
}

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
  /** Recomputes health after a create or an edit (a new address may mean another domain). */
  health?: { recompute(ids: string[]): Promise<void> };
}

type AccountHandlers = Pick<
  Handlers,
  'accounts.list' | 'accounts.get' | 'accounts.create' | 'accounts.update' | 'accounts.setStatus' | 'accounts.delete'
>;

const isUniqueViolation = (err: unknown) =>
  err instanceof Error && /UNIQUE constraint failed: accounts\.email/.test(err.message);

const duplicateEmail = (email: string) =>
  new AppError('duplicate', `An inbox with the address ${email} already exists`, {
    field: 'email',
    fields: { email: `${email} is already connected` },
  });

export function accountsHandlers({ db, vault, clock, events, log, onCreated, forgetToken, health }: AccountsDeps): AccountHandlers {
  const serial = keyedQueue();
  const mustGet = (id: string): Promise<Account> => accountsRepo.requireAccount(db, id);

  async function mustHaveClient(clientId: string | null | undefined): Promise<void> {
    if (clientId && !(await clientsRepo.getClient(db, clientId))) {
      throw new AppError('not_found', 'That client does not exist', { field: 'client_id', fields: { client_id: 'client not found' } });
    }
  }

  async function mustAllExist(ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await accountsRepo.existingAccountIds(db, unique);
    if (found.length !== unique.length) {
      const missing = unique.length - found.length;
      throw new AppError('not_found', `${missing} of the selected inboxes no longer exist; nothing was changed`, { field: 'ids' });
    }
    return unique;
  }

  const changed = (ids: string[]) => events.emit('accounts.changed', { ids });

  return {
    'accounts.list': (q) => accountsRepo.listAccounts(db, q),

    'accounts.get': ({ id }) => mustGet(id),

    'accounts.create': async (input) => {
      await mustHaveClient(input.client_id);
      if (await accountsRepo.findAccountIdByEmail(db, input.email)) throw duplicateEmail(input.email);

      const id = randomUUID();
      const written: string[] = [];
      try {
        // An inbox that will sign in (auth_method oauth) has no password: it needs sign-in.
        if (input.smtp_password !== undefined) {
          await vault.set(secretKey(id, 'smtp'), input.smtp_password);
          written.push(secretKey(id, 'smtp'));
        }
        if (input.imap_password !== undefined) {
          await vault.set(secretKey(id, 'imap'), input.imap_password);
          written.push(secretKey(id, 'imap'));
        }
        await accountsRepo.insertAccount(db, newAccountRow(id, input, isoNow(clock)));
      } catch (err) {
        // Undo the secrets so a failed create leaves nothing behind (reconcile covers a crash).
        for (const key of written) await vault.delete(key).catch(() => false);
        if (isUniqueViolation(err)) throw duplicateEmail(input.email);
        throw err;
      }
      log.info('account created', { id });
      await health?.recompute([id]);
      changed([id]);
      const account = await mustGet(id);
      if (input.test) onCreated?.(account);
      return account;
    },

    // One update of an inbox at a time: two concurrent edits of its IMAP password would
    // otherwise interleave keychain writes and row writes and lose the password.
    'accounts.update': (input) => serial(input.id, async () => {
      const current = await mustGet(input.id);
      if (input.email !== undefined && input.email.toLowerCase() !== current.email.toLowerCase()) {
        if (await accountsRepo.findAccountIdByEmail(db, input.email)) throw duplicateEmail(input.email);
      }
      const provider = input.provider ?? current.provider;
      const problem = checkDailyLimit(provider, input.daily_limit ?? current.daily_limit);
      if (problem) throw new AppError('invalid_input', problem, { field: 'daily_limit', fields: { daily_limit: problem } });
      await mustHaveClient(input.client_id);

      const patch = accountRowPatch(input, isoNow(clock));
      const toPassword = input.auth_method === 'password' && current.auth_method === 'oauth';
      if (current.auth_method === 'oauth' && !toPassword && (input.smtp_password !== undefined || typeof input.imap_password === 'string')) {
        throw new AppError('invalid_input', 'This inbox signs in with OAuth: choose “Use a password instead” to give it a password', { field: 'smtp_password' });
      }
      if (toPassword) {
        if (input.smtp_password === undefined) {
          throw new AppError('invalid_input', 'SMTP password is required to switch to a password', { field: 'smtp_password', fields: { smtp_password: 'SMTP password is required' } });
        }
        Object.assign(patch, { auth_method: 'password', oauth_app_id: null, oauth_token_stored: 0, sign_in_expired_at: null });
      }
      if (input.smtp_password !== undefined) {
        await vault.set(secretKey(current.id, 'smtp'), input.smtp_password);
        patch.smtp_password_stored = 1;
      }
      if (typeof input.imap_password === 'string') {
        await vault.set(secretKey(current.id, 'imap'), input.imap_password);
        Object.assign(patch, { imap_password_stored: 1, imap_uses_smtp_password: 0 });
      } else if (input.imap_password === null) {
        Object.assign(patch, { imap_password_stored: 0, imap_uses_smtp_password: 1 });
      }
      try {
        await accountsRepo.updateAccountRow(db, current.id, patch);
      } catch (err) {
        if (isUniqueViolation(err)) throw duplicateEmail(input.email ?? current.email);
        throw err;
      }
      await health?.recompute([current.id]);
      // Removed only once the row no longer points at it; if the keychain fails now, the
      // entry is unused and the next start-up pass accounts for it.
      if (input.imap_password === null) {
        await vault.delete(secretKey(current.id, 'imap')).catch((err: unknown) =>
          log.warn('could not remove an unused IMAP keychain entry', { id: current.id, reason: String(err) }),
        );
      }
      if (toPassword) {
        forgetToken?.(current.id);
        await vault.delete(secretKey(current.id, 'oauth')).catch((err: unknown) =>
          log.warn('could not remove an unused sign-in token', { id: current.id, reason: String(err) }),
        );
      }
      changed([current.id]);
      return mustGet(current.id);
    }),

    'accounts.setStatus': async ({ ids, status }) => {
      const unique = await mustAllExist(ids);
      const updated = await db
        .transaction()
        .execute((trx) => accountsRepo.setAccountsStatus(trx, unique, status, isoNow(clock)));
      changed(unique);
      return { updated };
    },

    'accounts.delete': async ({ ids }) => {
      const unique = await mustAllExist(ids);
      const deleted = await db.transaction().execute((trx) => accountsRepo.deleteAccountRows(trx, unique));
      let leftover = 0;
      for (const id of unique) {
        forgetToken?.(id);
        for (const protocol of ['smtp', 'imap', 'oauth'] as const) {
          // The rows are gone; a keychain failure here leaves an orphan for the next start to remove.
          await vault.delete(secretKey(id, protocol)).catch(() => {
            leftover++;
            return false;
          });
        }
      }
      if (leftover) log.warn('keychain entries left for the next start-up pass', { count: leftover });
      log.info('accounts deleted', { count: deleted });
      changed(unique);
      return { deleted };
    },
  };
}
