// A refresh the provider refuses marks the inbox "sign-in expired" — unless the user signed it in
// anew while that refresh was out: the refused token is no longer the inbox's, so nothing expires.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newAccountRow } from '../../../electron/core/accounts/account-input';
import { createEvents } from '../../../electron/core/events';
import { createLimiter } from '../../../electron/core/jobs/index';
import { silentLogger } from '../../../electron/core/log';
import { SignInError } from '../../../electron/core/oauth/errors';
import { createTokenSource } from '../../../electron/core/oauth/tokens';
import { oauthAppsRepo, openStore, type Store } from '../../../electron/core/store/index';
import { createMemoryVault, secretKey } from '../../../electron/core/vault/index';
import { accountCreateSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';

const provider = vi.hoisted(() => ({ during: async () => {} }));
vi.mock('openid-client', async (original) => ({
  ...(await original<typeof import('openid-client')>()),
  // The provider refuses the old refresh token after `during` ran (a re-sign-in, or nothing).
  refreshTokenGrant: async () => {
    await provider.during();
    throw new SignInError('sign_in_expired', 'Sign-in expired — sign in again (the provider said invalid_grant)');
  },
}));

describe('a late refresh failure', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  const vault = createMemoryVault();
  const now = '2026-11-01T00:00:00.000Z';

  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.dir);
    await oauthAppsRepo.insertApp(store.db, { id: 'app', provider: 'google', label: 'Google', client_id: 'cid', tenant: null, issuer: null, agency_client_id: null, created_at: now, updated_at: now, secret_stored: 0 });
    const row = newAccountRow('a1', accountCreateSchema.parse(accountInput(1)), now);
    await store.db.insertInto('accounts').values({ ...row, auth_method: 'oauth', oauth_app_id: 'app', oauth_token_stored: 1 }).execute();
    await vault.set(secretKey('a1', 'oauth'), 'old-refresh-token');
  });
  afterEach(async () => {
    await store.close();
    tmp.remove();
  });

  const tokens = (v: typeof vault = vault) =>
    createTokenSource({
      db: store.db, vault: v, clock: { now: () => new Date(now) }, events: createEvents(), log: silentLogger,
      configs: { get: async () => ({ serverMetadata: () => ({ token_endpoint: 'http://127.0.0.1:9/token' }) }) } as never,
      limiter: createLimiter(() => ({ overall: 2, perHost: 2 })),
    });
  const expiredAt = async () => (await store.db.selectFrom('accounts').select('sign_in_expired_at').where('id', '=', 'a1').executeTakeFirstOrThrow()).sign_in_expired_at;

  it('marks the inbox expired when the refused token is still its token', async () => {
    provider.during = async () => {};
    await expect(tokens().accessToken('a1')).rejects.toMatchObject({ code: 'sign_in_expired' });
    expect(await expiredAt()).toBe(now);
  });

  it('leaves a freshly re-signed inbox alone', async () => {
    provider.during = async () => {
      // The user signs in again meanwhile: new token in the keychain, then the row.
      await vault.set(secretKey('a1', 'oauth'), 'new-refresh-token');
      await store.db.updateTable('accounts').set({ sign_in_expired_at: null, oauth_token_stored: 1 }).where('id', '=', 'a1').execute();
    };
    await expect(tokens().accessToken('a1')).rejects.toMatchObject({ code: 'sign_in_expired' });
    expect(await expiredAt()).toBeNull();
  });

  it('leaves it alone when the sign-in lands between the keychain check and the mark', async () => {
    provider.during = async () => {};
    let reads = 0;
    const racing = {
      ...vault,
      get: async (key: string) => {
        const held = await vault.get(key);
        // The second read is the check before marking: the whole sign-in lands right after it.
        if (key === secretKey('a1', 'oauth') && ++reads === 2) {
          await vault.set(key, 'new-refresh-token');
          await store.db.updateTable('accounts').set({ sign_in_expired_at: null, updated_at: '2026-11-01T00:00:01.000Z' }).where('id', '=', 'a1').execute();
        }
        return held;
      },
    };
    await expect(tokens(racing).accessToken('a1')).rejects.toMatchObject({ code: 'sign_in_expired' });
    expect(reads).toBe(2);
    expect(await expiredAt()).toBeNull();
  });
});
