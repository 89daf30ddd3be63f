// Deleting a client takes its sign-in apps with it (foreign key cascade), so it must not cut off
// the inboxes that sign in through one of them; once none does, the apps' secrets leave the keychain.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newAccountRow } from '../../../electron/core/accounts/account-input';
import { clientsHandlers } from '../../../electron/core/clients/index';
import { createEvents } from '../../../electron/core/events';
import { silentLogger } from '../../../electron/core/log';
import { oauthAppsRepo, openStore, type Store } from '../../../electron/core/store/index';
import { appSecretKey, createMemoryVault } from '../../../electron/core/vault/index';
import { accountCreateSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';

describe('clients.delete with sign-in apps', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  const vault = createMemoryVault();
  let handlers: ReturnType<typeof clientsHandlers>;

  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.dir);
    handlers = clientsHandlers({ db: store.db, vault, clock: { now: () => new Date('2026-11-01T00:00:00Z') }, events: createEvents(), log: silentLogger });
  });
  afterEach(async () => {
    await store.close();
    tmp.remove();
  });

  it('refuses while inboxes sign in through one of its apps, then deletes the apps and their secrets', async () => {
    const client = await handlers['clients.create']({ name: 'Acme' });
    const now = '2026-11-01T00:00:00.000Z';
    const app = { provider: 'google', label: 'Google — Acme', client_id: 'acme-cid', tenant: null, issuer: null, agency_client_id: client.id, created_at: now, updated_at: now };
    await oauthAppsRepo.insertApp(store.db, { id: 'app1', ...app, secret_stored: 1 });
    await oauthAppsRepo.insertApp(store.db, { id: 'app2', ...app, provider: 'microsoft', label: 'Microsoft — Acme', secret_stored: 1 });
    await vault.set(appSecretKey('app1'), 'GOCSPX-secret');
    await vault.set(appSecretKey('app2'), 'ms-secret');
    const base = newAccountRow('x', accountCreateSchema.parse(accountInput(1)), now);
    for (const n of [1, 2]) {
      await store.db.insertInto('accounts').values({ ...base, id: `a${n}`, email: `a${n}@acme.test`, client_id: client.id, auth_method: 'oauth', oauth_app_id: 'app1' }).execute();
    }

    await expect(handlers['clients.delete']({ id: client.id })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'id',
      message: '2 inboxes sign in through Acme\'s sign-in app “Google — Acme”: sign them in with another app or delete them first',
    });
    expect((await oauthAppsRepo.listApps(store.db)).map((a) => a.id).sort()).toEqual(['app1', 'app2']);
    const kept = await store.db.selectFrom('accounts').select(['client_id', 'oauth_app_id']).execute();
    expect(kept).toEqual([{ client_id: client.id, oauth_app_id: 'app1' }, { client_id: client.id, oauth_app_id: 'app1' }]);

    // Inboxes on both apps: the message names both and counts them all.
    await store.db.updateTable('accounts').set({ oauth_app_id: 'app2' }).where('id', '=', 'a2').execute();
    await expect(handlers['clients.delete']({ id: client.id })).rejects.toMatchObject({
      message: '2 inboxes sign in through Acme\'s sign-in apps “Google — Acme” and “Microsoft — Acme”: sign them in with another app or delete them first',
    });

    await store.db.deleteFrom('accounts').execute();
    expect(await handlers['clients.delete']({ id: client.id })).toEqual({ deleted: true, accounts_unassigned: 0 });
    expect(await oauthAppsRepo.listApps(store.db)).toEqual([]);
    expect(vault.entries.size).toBe(0);
  });
});
