// A browser sign-in saves through the shared writer: its keychain and row writes for an inbox
// queue with that inbox's edits, so "use a password instead" racing a sign-in ends in one login
// method or the other, never a mix (a password flag without the password, a token left behind).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountWriter } from '../../../electron/core/accounts/index';
import { silentLogger } from '../../../electron/core/log';
import { accountsRepo, openStore, type Store } from '../../../electron/core/store/index';
import { createMemoryVault, secretKey, type Vault } from '../../../electron/core/vault/index';
import { accountCreateSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';

const clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const ticks = (n: number) => new Promise<void>((r) => { let left = n; const step = () => (--left <= 0 ? r() : setImmediate(step)); setImmediate(step); });

describe('sign-in through the account writer', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let memory: ReturnType<typeof createMemoryVault>;

  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.dir);
    memory = createMemoryVault();
  });
  afterEach(async () => {
    await store.close();
    tmp.remove();
  });

  /** A keychain whose token writes are slow (a sign-in's), so the two tasks would interleave. */
  const slowTokens = (): Vault => ({
    ...memory,
    set: async (k, v) => {
      await ticks(k.endsWith(':oauth') ? 6 : 1);
      return memory.set(k, v);
    },
    delete: async (k) => {
      await ticks(1);
      return memory.delete(k);
    },
  });
  const signedInRow = { auth_method: 'oauth' as const, provider: 'microsoft', oauth_app_id: null, oauth_token_stored: 1, sign_in_expired_at: null, smtp_password_stored: 0, imap_password_stored: 0, imap_uses_smtp_password: 1 };

  it.each(['sign-in first', 'edit first'])('an edit to a password and a sign-in of one inbox end consistent (%s)', async (order) => {
    const writer = createAccountWriter({ db: store.db, vault: slowTokens(), clock, log: silentLogger });
    const id = await writer.create(accountCreateSchema.parse(accountInput(1)));
    await writer.signIn({ existingId: id, create: () => { throw new Error('exists'); }, email: 'x', refreshToken: 'token-1', row: signedInRow });
    const edit = () => writer.update({ id, auth_method: 'password', smtp_password: 'pw-2' });
    const signIn = () => writer.signIn({ existingId: id, create: () => { throw new Error('exists'); }, email: 'x', refreshToken: 'token-2', row: signedInRow });
    await Promise.all(order === 'sign-in first' ? [signIn(), edit()] : [edit(), signIn()]);

    const a = await accountsRepo.requireAccount(store.db, id);
    const keys = [...memory.entries.keys()].sort();
    if (order === 'sign-in first') {
      expect([a.auth_method, a.smtp_password_stored]).toEqual(['password', true]);
      expect(keys).toEqual([secretKey(id, 'smtp')]);
    } else {
      expect([a.auth_method, a.smtp_password_stored]).toEqual(['oauth', false]);
      expect(keys).toEqual([secretKey(id, 'oauth')]);
      expect(memory.entries.get(secretKey(id, 'oauth'))).toBe('token-2');
    }
  });

  it('creates a new inbox through the create path, its token in the keychain and its row signed in', async () => {
    const writer = createAccountWriter({ db: store.db, vault: memory, clock, log: silentLogger });
    const { smtp_password: _p, ...input } = accountInput(7, { provider: 'microsoft' });
    void _p;
    const id = await writer.signIn({ existingId: null, create: () => accountCreateSchema.parse({ ...input, auth_method: 'oauth' }), email: input.email, refreshToken: 'token-7', row: signedInRow });
    expect(await accountsRepo.requireAccount(store.db, id)).toMatchObject({ email: input.email, auth_method: 'oauth', smtp_password_stored: false });
    expect([...memory.entries]).toEqual([[secretKey(id, 'oauth'), 'token-7']]);
    // The same address again signs the existing inbox in anew instead of adding one.
    expect(await writer.signIn({ existingId: null, create: () => { throw new Error('exists'); }, email: input.email, refreshToken: 'token-8', row: signedInRow })).toBe(id);
    expect([...memory.entries]).toEqual([[secretKey(id, 'oauth'), 'token-8']]);
  });
});
