import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryVault } from '../../../electron/core/vault/index';
import type { Core } from '../../../electron/core/index';
import { accountInput, CANARY } from '../../fixtures/accounts';
import { call, openTestCore } from '../../fixtures/core';

describe('accounts handlers (memory vault, real SQLite file)', () => {
  let vault: ReturnType<typeof createMemoryVault>;
  let core: Core;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    vault = createMemoryVault();
    ({ core, cleanup } = await openTestCore(vault));
  });
  afterEach(() => cleanup());

  it('creates an account, fills IMAP defaults from SMTP and keeps the password only in the vault', async () => {
    const a = await call(core, 'accounts.create', accountInput(1));
    expect(a).toMatchObject({
      email: 'sender1@agency-1.example',
      smtp_username: 'sender1@agency-1.example',
      imap_host: 'smtp.agency-1.example',
      imap_port: 993,
      imap_security: 'tls',
      imap_username: 'sender1@agency-1.example',
      imap_uses_smtp_password: true,
      smtp_password_stored: true,
      imap_password_stored: true,
      daily_limit: 50,
      status: 'active',
    });
    expect(JSON.stringify(a)).not.toContain(CANARY);
    expect(vault.entries.get(`account:${a.id}:smtp`)).toBe(CANARY);
    expect(vault.entries.has(`account:${a.id}:imap`)).toBe(false);
  });

  it('rejects a duplicate address case-insensitively with code duplicate on field email', async () => {
    await call(core, 'accounts.create', accountInput(1));
    const r = await core.invoke('accounts.create', accountInput(1, { email: 'SENDER1@Agency-1.example' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'duplicate', field: 'email' });
    expect(vault.entries.size).toBe(1);
  });

  it('names every invalid field and saves nothing', async () => {
    const r = await core.invoke('accounts.create', {
      ...accountInput(1),
      email: 'not-an-address',
      smtp_port: 70000,
      display_name: '',
      provider: 'google',
      daily_limit: 2001,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['daily_limit', 'display_name', 'email', 'smtp_port']);
    expect(r.error.message).not.toContain(CANARY);
    const list = await call(core, 'accounts.list', {});
    expect(list.total).toBe(0);
    expect(vault.entries.size).toBe(0);
  });

  it('refuses a daily limit above the provider cap', async () => {
    const r = await core.invoke('accounts.create', accountInput(1, { provider: 'google', daily_limit: 2001 }));
    expect(!r.ok && r.error.fields).toEqual({ daily_limit: 'daily limit 2001 is above the google cap of 2,000 per day' });
    const ok = await call(core, 'accounts.create', accountInput(2, { provider: 'microsoft', daily_limit: 5000 }));
    expect(ok.daily_limit).toBe(5000);
    const up = await core.invoke('accounts.update', { id: ok.id, provider: 'google' });
    expect(!up.ok && up.error.field).toBe('daily_limit');
  });

  it('updates without touching the password unless one is given, and can split the IMAP password', async () => {
    const a = await call(core, 'accounts.create', accountInput(1));
    const b = await call(core, 'accounts.update', { id: a.id, display_name: 'Renamed', smtp_password: '' });
    expect(b.display_name).toBe('Renamed');
    expect(vault.entries.get(`account:${a.id}:smtp`)).toBe(CANARY);

    const c = await call(core, 'accounts.update', { id: a.id, imap_password: 'imap-secret' });
    expect(c.imap_uses_smtp_password).toBe(false);
    expect(vault.entries.get(`account:${a.id}:imap`)).toBe('imap-secret');

    const d = await call(core, 'accounts.update', { id: a.id, imap_password: null });
    expect(d.imap_uses_smtp_password).toBe(true);
    expect(vault.entries.has(`account:${a.id}:imap`)).toBe(false);
  });

  it('pauses and resumes, and rejects an unknown id without changing others', async () => {
    const a = await call(core, 'accounts.create', accountInput(1));
    expect(await call(core, 'accounts.setStatus', { ids: [a.id], status: 'paused' })).toEqual({ job_id: null, total: 1, changed: 1, failed: 0, failures: [] });
    expect((await call(core, 'accounts.get', { id: a.id })).status).toBe('paused');
    const r = await core.invoke('accounts.setStatus', { ids: [a.id, 'missing'], status: 'active' });
    expect(!r.ok && r.error.code).toBe('not_found');
    expect((await call(core, 'accounts.get', { id: a.id })).status).toBe('paused');
    const bad = await core.invoke('accounts.setStatus', { ids: [a.id], status: 'error' });
    expect(!bad.ok && bad.error.field).toBe('status');
  });

  it('deletes rows and their keychain entries together', async () => {
    const a = await call(core, 'accounts.create', accountInput(1, { imap_password: 'x' }));
    const b = await call(core, 'accounts.create', accountInput(2));
    expect(await call(core, 'accounts.delete', { ids: [a.id] })).toMatchObject({ job_id: null, changed: 1 });
    expect([...vault.entries.keys()]).toEqual([`account:${b.id}:smtp`]);
    const gone = await core.invoke('accounts.get', { id: a.id });
    expect(!gone.ok && gone.error.code).toBe('not_found');
  });

  it('deleting a client unassigns its accounts', async () => {
    const client = await call(core, 'clients.create', { name: 'Acme' });
    const a = await call(core, 'accounts.create', accountInput(1, { client_id: client.id }));
    expect(a.client_name).toBe('Acme');
    expect((await call(core, 'clients.list', undefined))[0]).toMatchObject({ name: 'Acme', account_count: 1 });
    const dup = await core.invoke('clients.create', { name: 'acme' });
    expect(!dup.ok && dup.error.code).toBe('duplicate');
    expect(await call(core, 'clients.delete', { id: client.id })).toEqual({ deleted: true, accounts_unassigned: 1 });
    expect((await call(core, 'accounts.get', { id: a.id })).client_id).toBeNull();
  });

  it('reports unknown methods and unknown fields clearly', async () => {
    const r = await core.invoke('accounts.nope' as never, {});
    expect(!r.ok && r.error.code).toBe('not_found');
    const u = await core.invoke('accounts.create', { ...accountInput(1), smtp_pasword: 'typo' } as never);
    expect(!u.ok && u.error.fields).toHaveProperty('smtp_pasword');
  });
});
