// The login method of an inbox through the accounts handlers (memory vault, real SQLite file).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reconcileSecrets } from '../../../electron/core/accounts/index';
import type { Core } from '../../../electron/core/index';
import { silentLogger } from '../../../electron/core/log';
import { openStore } from '../../../electron/core/store/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, openTestCore } from '../../fixtures/core';

describe('auth method of an inbox', () => {
  let vault: ReturnType<typeof createMemoryVault>;
  let core: Core;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    vault = createMemoryVault();
    ({ core, dir, cleanup } = await openTestCore(vault));
  });
  afterEach(async () => {
    await core.close();
    await cleanup().catch(() => undefined); // closes the first core again (harmless) and removes the folder
  });

  const oauthInbox = (n: number) => {
    const { smtp_password: _omit, ...rest } = accountInput(n, { provider: 'microsoft', test: true });
    void _omit;
    return { ...rest, auth_method: 'oauth' as const };
  };

  it('an inbox created to sign in later (e.g. imported) needs sign-in, stores no password, and its test says so', async () => {
    const a = await call(core, 'accounts.create', oauthInbox(1));
    expect(a).toMatchObject({ auth_method: 'oauth', sign_in: 'needs_sign_in', smtp_password_stored: false, oauth_app_id: null });
    expect([...vault.entries.keys()]).toEqual([]);
    const t = (await call(core, 'accounts.test', { id: a.id })).results[0]!;
    expect(t.smtp).toMatchObject({ ok: false, error: 'needs_sign_in' });
    expect(t.imap.message).toMatch(/Not signed in yet/);
    const send = await core.invoke('accounts.sendTestEmail', { id: a.id, to: 'x@example.com' });
    expect(send).toMatchObject({ ok: false, error: { code: 'needs_sign_in', field: 'id' } });
  });

  it('a signed-in inbox refuses a password unless switched back to one explicitly', async () => {
    const a = await call(core, 'accounts.create', oauthInbox(2));
    const r = await core.invoke('accounts.update', { id: a.id, smtp_password: 'pw-1234' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'smtp_password' } });
    const missing = await core.invoke('accounts.update', { id: a.id, auth_method: 'password' });
    expect(missing).toMatchObject({ ok: false, error: { fields: { smtp_password: 'SMTP password is required' } } });
    vault.entries.set(`account:${a.id}:oauth`, 'refresh-token-left-from-a-sign-in');
    const back = await call(core, 'accounts.update', { id: a.id, auth_method: 'password', smtp_password: 'pw-1234' });
    expect(back).toMatchObject({ auth_method: 'password', sign_in: null, smtp_password_stored: true });
    expect(vault.entries.has(`account:${a.id}:oauth`)).toBe(false);
  });

  it('deleting an inbox removes its refresh token too; start-up removes secrets an inbox no longer logs in with', async () => {
    const a = await call(core, 'accounts.create', oauthInbox(3));
    const p = await call(core, 'accounts.create', accountInput(4));
    vault.entries.set(`account:${a.id}:oauth`, 'rt-a');
    vault.entries.set(`account:${a.id}:smtp`, 'password left by a crash during a switch to sign-in');
    vault.entries.set(`account:${p.id}:oauth`, 'token left by a crash during a switch to password');
    vault.entries.set('oauth-app:gone:secret', 'secret of a deleted app');
    await core.close();

    const store = await openStore(dir);
    expect(await reconcileSecrets(store.db, vault, silentLogger)).toEqual({ orphan_secrets_removed: 2, rows_repaired: 1 });
    await store.close();
    expect(vault.entries.has(`account:${a.id}:smtp`)).toBe(false);
    expect(vault.entries.has(`account:${p.id}:oauth`)).toBe(false);

    // Opening core runs the start-up passes again (sign-in app secrets among them).
    core = (await openTestCore(vault, dir)).core;
    await core.idle();
    expect(vault.entries.has('oauth-app:gone:secret')).toBe(false);
    expect(await call(core, 'accounts.get', { id: a.id })).toMatchObject({ sign_in: 'needs_sign_in' }); // a token, but no app
    await call(core, 'accounts.delete', { ids: [a.id] });
    expect(vault.entries.has(`account:${a.id}:oauth`)).toBe(false);
  });

  it('sign-in apps: one per provider and client, secrets in the vault only, no delete while inboxes use one', async () => {
    const app = await call(core, 'signInApps.save', { provider: 'google', client_id: 'cid.apps.googleusercontent.com', client_secret: 'GOCSPX-secret' });
    expect(app).toMatchObject({ provider: 'google', label: 'Google', secret_stored: true, agency_client_id: null, account_count: 0 });
    expect(vault.entries.get(`oauth-app:${app.id}:secret`)).toBe('GOCSPX-secret');
    const dup = await core.invoke('signInApps.save', { provider: 'google', client_id: 'other' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'duplicate', field: 'agency_client_id' } });
    const client = await call(core, 'clients.create', { name: 'Acme' });
    const own = await call(core, 'signInApps.save', { provider: 'google', client_id: 'acme-cid', agency_client_id: client.id });
    expect(own).toMatchObject({ label: 'Google — Acme', agency_client_name: 'Acme', secret_stored: false });

    const cleared = await call(core, 'signInApps.save', { id: app.id, provider: 'google', client_id: 'cid.apps.googleusercontent.com', client_secret: null });
    expect(cleared.secret_stored).toBe(false);
    expect(vault.entries.has(`oauth-app:${app.id}:secret`)).toBe(false);

    const noApp = await core.invoke('accounts.signIn', { provider: 'microsoft', emails: ['a@b.example'] });
    expect(noApp).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(core, 'signInApps.delete', { id: own.id })).toEqual({ deleted: true });
    expect((await call(core, 'signInApps.list', undefined)).map((a) => a.id)).toEqual([app.id]);
  });

  it('the readiness audit counts every inbox and lists those to act on, worst first', async () => {
    await call(core, 'accounts.create', accountInput(5, { provider: 'microsoft' }));
    await call(core, 'accounts.create', accountInput(6, { email: 'me@hotmail.com', provider: 'microsoft' }));
    await call(core, 'accounts.create', accountInput(7));
    await call(core, 'accounts.create', oauthInbox(8));
    const audit = await call(core, 'accounts.authReadiness', {});
    expect(audit).toMatchObject({ total: 4, counts: { ok: 2, warning: 1, blocked: 1 }, items_total: 2 });
    expect(audit.items.map((i) => [i.email, i.readiness.level])).toEqual([['me@hotmail.com', 'blocked'], ['sender5@agency-2.example', 'warning']]);
    expect(audit.by_kind.microsoft_365).toEqual({ password: 1, oauth: 1 });
    const one = await call(core, 'accounts.authReadiness', { id: audit.items[1]!.account_id });
    expect(one.items).toHaveLength(1);
    expect(await core.invoke('accounts.authReadiness', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
