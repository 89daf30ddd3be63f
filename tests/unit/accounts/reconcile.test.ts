import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reconcileSecrets } from '../../../electron/core/accounts/index';
import { openStore, type Store } from '../../../electron/core/store/index';
import { silentLogger } from '../../../electron/core/log';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { openCore } from '../../../electron/core/index';
import { accountInput } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';

describe('start-up reconcile of keychain and rows', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  const vault = createMemoryVault();

  beforeEach(() => {
    tmp = tempDir();
    vault.entries.clear();
  });
  afterEach(async () => {
    await store?.close();
    tmp.remove();
  });

  it('removes orphans and unused IMAP entries, and marks rows whose password vanished', async () => {
    const core = await openCore({ dataDir: tmp.dir, vault });
    const a = await call(core, 'accounts.create', accountInput(1));
    const b = await call(core, 'accounts.create', accountInput(2));
    await core.close();
    vault.entries.set('account:gone:smtp', 'x');
    vault.entries.set(`account:${a.id}:imap`, 'left by a crash');
    vault.entries.delete(`account:${b.id}:smtp`);
    vault.entries.set('unrelated-entry', 'kept');

    store = await openStore(tmp.dir);
    expect(await reconcileSecrets(store.db, vault, silentLogger)).toEqual({ orphan_secrets_removed: 2, rows_repaired: 1 });
    expect([...vault.entries.keys()].sort()).toEqual([`account:${a.id}:smtp`, 'unrelated-entry'].sort());
    const flags = await store.db.selectFrom('accounts').select(['id', 'smtp_password_stored']).orderBy('email').execute();
    expect(flags).toEqual([{ id: a.id, smtp_password_stored: 1 }, { id: b.id, smtp_password_stored: 0 }]);
    // A second pass finds nothing to do.
    expect(await reconcileSecrets(store.db, vault, silentLogger)).toEqual({ orphan_secrets_removed: 0, rows_repaired: 0 });
  });
});
