// The one create path shared by the form and the import: passwords first, then rows in one
// commit; a row that cannot be saved leaves no keychain entry, and the others are saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountWriter } from '../../../electron/core/accounts/index';
import { silentLogger } from '../../../electron/core/log';
import { accountsRepo, openStore, type Store } from '../../../electron/core/store/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { AppError } from '../../../shared/errors';
import { accountCreateSchema, accountListSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';

const clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const parsed = (n: number, over = {}) => accountCreateSchema.parse(accountInput(n, over));

describe('account writer', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let vault: ReturnType<typeof createMemoryVault>;
  let writer: ReturnType<typeof createAccountWriter>;

  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.dir);
    vault = createMemoryVault();
    writer = createAccountWriter({ db: store.db, vault, clock, log: silentLogger });
  });
  afterEach(async () => {
    await store.close();
    tmp.remove();
  });

  it('saves many inboxes with their passwords; a taken address fails alone and leaves no secret', async () => {
    await writer.create(parsed(2));
    const out = await writer.createMany([parsed(1), parsed(2), parsed(3, { imap_password: 'imap-3' })]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(out[1]).toMatchObject({ ok: false, error: { code: 'duplicate', field: 'email' } });
    expect(vault.entries.size).toBe(4);
    const ids = out.filter((o) => o.ok).map((o) => (o as { id: string }).id);
    expect(await accountsRepo.existingAccountIds(store.db, ids)).toHaveLength(2);
  });

  it('an address taken between the check and the commit: the batch falls back to one row at a time', async () => {
    const racing = createAccountWriter({
      db: store.db, clock, log: silentLogger,
      // The keychain write of the second inbox is where another window saves the same address.
      vault: { ...vault, set: async (k, s) => { await vault.set(k, s); if (vault.entries.size === 2) await writer.create(parsed(20)); } },
    });
    const out = await racing.createMany([parsed(10), parsed(20), parsed(30)]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(out[1]).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    // Three inboxes saved (10, 30 and the racing 20), three keychain entries: none orphaned.
    expect(vault.entries.size).toBe(3);
  });

  it('stops at a cancelled signal and at an unavailable keychain, saving what it took', async () => {
    const controller = new AbortController();
    const cancelling = createAccountWriter({
      db: store.db, clock, log: silentLogger,
      vault: { ...vault, set: async (k, s) => { await vault.set(k, s); controller.abort(); } },
    });
    expect(await cancelling.createMany([parsed(1), parsed(2)], controller.signal)).toHaveLength(1);
    const locked = createAccountWriter({
      db: store.db, clock, log: silentLogger,
      vault: { ...vault, set: async () => { throw new AppError('keychain_unavailable', 'locked'); } },
    });
    expect(await locked.createMany([parsed(5), parsed(6)])).toEqual([{ ok: false, error: expect.objectContaining({ code: 'keychain_unavailable' }) }]);
    expect((await accountsRepo.listAccounts(store.db, accountListSchema.parse({}))).total).toBe(1);
  });
});
