// The one code path that creates or updates an inbox with its keychain entries, used by the
// form's accounts.create / accounts.update and by CSV import alike. Secrets are written before
// the row exists and removed after it is gone, so a crash can only leave keychain orphans,
// which the start-up reconcile pass removes.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import { checkDailyLimit, type AccountCreate, type AccountUpdate } from '../../../shared/validation';
import { isoNow, type Clock } from '../clock';
import type { Logger } from '../log';
import { accountsRepo, clientsRepo, type AccountRowUpdate, type Database, type NewAccountRow } from '../store/index';
import { secretKey, type Vault } from '../vault/index';
import { accountRowPatch, newAccountRow } from './account-input';

/** One input's outcome in createMany: the new inbox's id, or why it was not saved. */
export type CreateOutcome = { ok: true; id: string } | { ok: false; error: unknown };

export interface AccountWriter {
  /** Saves a new inbox and its passwords as one unit; returns its id. */
  create(input: AccountCreate): Promise<string>;
  /**
   * The same for many inboxes: every input's passwords first, then all rows in one short
   * transaction (one commit instead of one per inbox). Stops taking inputs when `signal` aborts
   * or the keychain becomes unavailable; the outcomes cover the inputs it took, in order.
   */
  createMany(inputs: AccountCreate[], signal?: AbortSignal): Promise<CreateOutcome[]>;
  /**
   * Applies an update (an omitted or empty password keeps the stored one). Updates of one inbox
   * run one after another: two concurrent edits of its IMAP password would otherwise interleave
   * keychain writes and row writes and lose the password.
   */
  update(input: AccountUpdate): Promise<void>;
  /** not_found on client_id unless the client exists (or none is given). */
  mustHaveClient(clientId: string | null | undefined): Promise<void>;
  /**
   * Keeps a sign-in's refresh token and switches the existing inbox to it (its passwords leave the
   * keychain), in that inbox's update queue; or creates the inbox through the create path.
   * Returns the inbox's id.
   */
  signIn(s: SignInSave): Promise<string>;
  /** True while a create or import has saved this new inbox's passwords but not yet its row. */
  isCreating(id: string): boolean;
  /** Runs `task` in the inbox's update queue: no update of that inbox interleaves with it. */
  exclusive<T>(id: string, task: () => Promise<T>): Promise<T>;
}

/** What a finished browser sign-in saves. */
export interface SignInSave {
  /** The inbox signed in again or switched; null: create `create`. */
  existingId: string | null;
  /** The new inbox (auth_method oauth, no passwords), asked for only when no inbox has the address. */
  create: () => AccountCreate;
  email: string;
  refreshToken: string;
  /** The row's sign-in columns (app, provider, usernames) and any servers the sign-in named. */
  row: AccountRowUpdate;
}

/** A create input that arrives with a sign-in: its token is kept like a password, its row columns win. */
type NewInbox = AccountCreate & { signIn?: { refreshToken: string; row: AccountRowUpdate } };

const isUniqueViolation = (err: unknown) =>
  err instanceof Error && /UNIQUE constraint failed: accounts\.email/.test(err.message);

export const duplicateEmail = (email: string) =>
  new AppError('duplicate', `An inbox with the address ${email} already exists`, {
    field: 'email',
    fields: { email: `${email} is already connected` },
  });

export interface WriterDeps {
  db: Kysely<Database>;
  vault: Vault;
  clock: Clock;
  log: Logger;
  /** Drops an inbox's in-memory access token (when it goes back to a password). */
  forgetToken?: (accountId: string) => void;
  /** Recomputes health after a create or an edit (a new address may mean another domain). */
  health?: { recompute(ids: string[]): Promise<void> };
}

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

export function createAccountWriter(deps: WriterDeps): AccountWriter {
  const { db, vault, clock, log, forgetToken, health } = deps;
  const serial = keyedQueue();

  async function mustHaveClient(clientId: string | null | undefined): Promise<void> {
    if (clientId && !(await clientsRepo.getClient(db, clientId))) {
      throw new AppError('not_found', 'That client does not exist', { field: 'client_id', fields: { client_id: 'client not found' } });
    }
  }

  const rowOf = (id: string, input: NewInbox, now: string): NewAccountRow => ({ ...newAccountRow(id, input, now), ...(input.signIn?.row as Partial<NewAccountRow>) });

  // Ids whose passwords are in the keychain before their row is written (an import keeps them so
  // for minutes): the background reconcile must not take those entries for orphans.
  const creating = new Set<string>();

  async function createMany(inputs: NewInbox[], signal?: AbortSignal): Promise<CreateOutcome[]> {
    const ids: string[] = [];
    try {
      return await createEach(inputs, ids, signal);
    } finally {
      for (const id of ids) creating.delete(id);
    }
  }

  async function createEach(inputs: NewInbox[], ids: string[], signal?: AbortSignal): Promise<CreateOutcome[]> {
    const outcomes: CreateOutcome[] = [];
    const staged: { at: number; id: string; input: NewInbox; keys: string[] }[] = [];
    const undo = async (keys: string[]) => {
      for (const key of keys) await vault.delete(key).catch(() => false);
    };
    for (const input of inputs) {
      if (signal?.aborted) break;
      const keys: string[] = [];
      try {
        if (await accountsRepo.findAccountIdByEmail(db, input.email)) throw duplicateEmail(input.email);
        const id = randomUUID();
        creating.add(id);
        ids.push(id);
        // An inbox that will sign in (auth_method oauth) has no password: it needs sign-in.
        if (input.smtp_password !== undefined) {
          await vault.set(secretKey(id, 'smtp'), input.smtp_password);
          keys.push(secretKey(id, 'smtp'));
        }
        if (input.imap_password !== undefined) {
          await vault.set(secretKey(id, 'imap'), input.imap_password);
          keys.push(secretKey(id, 'imap'));
        }
        if (input.signIn) {
          await vault.set(secretKey(id, 'oauth'), input.signIn.refreshToken);
          keys.push(secretKey(id, 'oauth'));
        }
        staged.push({ at: outcomes.length, id, input, keys });
        outcomes.push({ ok: true, id });
      } catch (err) {
        // Undo the secrets so a failed create leaves nothing behind (reconcile covers a crash).
        await undo(keys);
        outcomes.push({ ok: false, error: err });
        if (err instanceof AppError && err.code === 'keychain_unavailable') break;
      }
    }
    if (staged.length === 0) return outcomes;

    const now = isoNow(clock);
    try {
      await db.transaction().execute(async (trx) => {
        for (const s of staged) await accountsRepo.insertAccount(trx, rowOf(s.id, s.input, now));
      });
    } catch {
      // One row spoiled the batch (an address taken meanwhile): save them one by one to find it.
      for (const s of staged) {
        try {
          await accountsRepo.insertAccount(db, rowOf(s.id, s.input, now));
        } catch (err) {
          await undo(s.keys);
          outcomes[s.at] = { ok: false, error: isUniqueViolation(err) ? duplicateEmail(s.input.email) : err };
        }
      }
    }
    const created = outcomes.flatMap((o) => (o.ok ? [o.id] : []));
    log.info('accounts created', { count: created.length });
    await health?.recompute(created);
    return outcomes;
  }

  return {
    mustHaveClient,
    isCreating: (id) => creating.has(id),
    exclusive: serial,

    async create(input) {
      const [outcome] = await createMany([input]);
      if (!outcome!.ok) throw outcome!.error;
      return outcome!.id;
    },

    createMany,

    async signIn({ existingId, create, email, refreshToken, row }) {
      const id = existingId ?? (await accountsRepo.findAccountIdByEmail(db, email));
      if (!id) {
        const [outcome] = await createMany([{ ...create(), signIn: { refreshToken, row } }]);
        if (!outcome!.ok) throw outcome!.error;
        return outcome!.id;
      }
      // In the inbox's queue: a "use a password instead" edit runs wholly before or after this.
      return serial(id, async () => {
        // The token is written before the row points at it (a crash leaves an orphan the start-up pass removes).
        await vault.set(secretKey(id, 'oauth'), refreshToken);
        if (!(await accountsRepo.getAccount(db, id))) {
          await vault.delete(secretKey(id, 'oauth')).catch(() => false);
          throw new AppError('not_found', 'The inbox was deleted while signing in', { field: 'account_ids' });
        }
        await accountsRepo.updateAccountRow(db, id, { ...row, updated_at: isoNow(clock) });
        forgetToken?.(id);
        // No password is kept for an inbox that signs in.
        for (const p of ['smtp', 'imap'] as const) {
          await vault.delete(secretKey(id, p)).catch((err: unknown) => log.warn('password left for the start-up pass', { id, reason: String(err) }));
        }
        return id;
      });
    },

    update: (input) => serial(input.id, async () => {
      const current = await accountsRepo.requireAccount(db, input.id);
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
    }),
  };
}
