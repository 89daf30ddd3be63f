// Real gnome-keyring on a private D-Bus session (run through tests/tools/with-keyring.mjs) and a real SQLite file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import keytar from 'keytar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createKeytarVault, secretKey } from '../../../electron/core/vault/index';
import { accountInput, CANARY } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';

// A service of its own per run so leftovers from one run cannot satisfy another's assertions.
const SERVICE = `inboxfleet-test-${process.pid}-${Date.now()}`;
const vault = createKeytarVault({ service: SERVICE });

describe('accounts with the real keychain and a real SQLite file', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  const results: unknown[] = [];

  const record = async (method: Parameters<Core['invoke']>[0], input: unknown) => {
    const r = await core.invoke(method, input);
    results.push(r);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as never;
  };

  beforeEach(async () => {
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault });
  });
  afterEach(async () => {
    await core.close();
    for (const c of await keytar.findCredentials(SERVICE)) await keytar.deletePassword(SERVICE, c.account);
    tmp.remove();
  });

  it('stores the password in the keychain, and it survives a reopen', async () => {
    const a: { id: string } = await record('accounts.create', accountInput(1, { imap_password: `${CANARY}-imap` }));
    expect(await keytar.getPassword(SERVICE, secretKey(a.id, 'smtp'))).toBe(CANARY);
    expect(await keytar.getPassword(SERVICE, secretKey(a.id, 'imap'))).toBe(`${CANARY}-imap`);

    await core.close();
    core = await openCore({ dataDir: tmp.dir, vault });
    const again = await call(core, 'accounts.get', { id: a.id });
    expect(again).toMatchObject({ email: 'sender1@agency-1.example', smtp_password_stored: true, imap_password_stored: true });
  });

  it('never writes a password to the SQLite file, its WAL, or any IPC result', async () => {
    const created: { id: string }[] = [];
    for (let n = 0; n < 5; n++) created.push(await record('accounts.create', accountInput(n)));
    await record('accounts.update', { id: created[0]!.id, smtp_password: `${CANARY}-2`, display_name: 'Changed' });
    await record('accounts.update', { id: created[1]!.id, imap_password: `${CANARY}-3` });
    await record('accounts.list', { per_page: 100 });
    await record('accounts.get', { id: created[2]!.id });
    await record('accounts.setStatus', { ids: [created[3]!.id], status: 'paused' });
    await record('accounts.delete', { ids: [created[4]!.id] });
    results.push(await core.invoke('accounts.create', accountInput(0))); // duplicate error path
    results.push(await core.invoke('accounts.create', { ...accountInput(9), smtp_port: -1 })); // validation error path

    // Read the files while the database is open, so the WAL still holds the recent writes.
    const files = readdirSync(tmp.dir).filter((f) => f.startsWith('inboxfleet.sqlite'));
    expect(files).toEqual(expect.arrayContaining(['inboxfleet.sqlite', 'inboxfleet.sqlite-wal']));
    const canaryBytes = [Buffer.from(CANARY, 'utf8'), Buffer.from(CANARY, 'utf16le')];
    for (const f of files) {
      const bytes = readFileSync(path.join(tmp.dir, f));
      for (const needle of canaryBytes) expect(bytes.includes(needle), `${f} holds the password`).toBe(false);
    }
    // The prefix too: no part of the secret was written.
    for (const f of files) expect(readFileSync(path.join(tmp.dir, f)).includes(Buffer.from('Canary-pw'))).toBe(false);
    expect(JSON.stringify(results)).not.toContain('Canary-pw');
    // And the keychain does hold them, so the assertion above is not vacuous.
    expect(await keytar.getPassword(SERVICE, secretKey(created[0]!.id, 'smtp'))).toBe(`${CANARY}-2`);
  });

  it('deleting an account removes its keychain entries', async () => {
    const a: { id: string } = await record('accounts.create', accountInput(1, { imap_password: 'imap-pw' }));
    await record('accounts.delete', { ids: [a.id] });
    expect(await keytar.getPassword(SERVICE, secretKey(a.id, 'smtp'))).toBeNull();
    expect(await keytar.getPassword(SERVICE, secretKey(a.id, 'imap'))).toBeNull();
  });

  /** Two inboxes, core closed, then a crash after a keychain write but before its row, and a password removed outside the app. */
  const crashed = async () => {
    const kept: { id: string } = await record('accounts.create', accountInput(1));
    const lost: { id: string } = await record('accounts.create', accountInput(2));
    await core.close();
    await keytar.setPassword(SERVICE, secretKey('crashed-create', 'smtp'), 'orphan');
    await keytar.deletePassword(SERVICE, secretKey(lost.id, 'smtp'));
    return { kept, lost };
  };

  it('the start-up pass removes keychain orphans and marks rows whose password vanished', async () => {
    const { kept, lost } = await crashed();

    core = await openCore({ dataDir: tmp.dir, vault });
    await core.idle();
    expect(await keytar.getPassword(SERVICE, secretKey('crashed-create', 'smtp'))).toBeNull();
    expect((await call(core, 'accounts.get', { id: lost.id })).smtp_password_stored).toBe(false);
    expect((await call(core, 'accounts.get', { id: kept.id })).smtp_password_stored).toBe(true);
    expect(await keytar.getPassword(SERVICE, secretKey(kept.id, 'smtp'))).toBe(CANARY);
  });

  it('opens and answers the first screen while the start-up pass is still listing the keychain', async () => {
    const { kept, lost } = await crashed();
    // The real keychain, its listing held back until the test lets it go (a slow keychain).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let listed = false;
    const slow = { ...vault, keys: async () => { const keys = await vault.keys(); await held; listed = true; return keys; } };

    core = await openCore({ dataDir: tmp.dir, vault: slow });
    expect((await call(core, 'overview.get', {})).total).toBe(2);
    expect((await call(core, 'accounts.get', { id: kept.id })).email).toBe('sender1@agency-1.example');
    expect(listed).toBe(false);
    expect(await keytar.getPassword(SERVICE, secretKey('crashed-create', 'smtp'))).toBe('orphan');

    release();
    await core.idle();
    expect(await keytar.getPassword(SERVICE, secretKey('crashed-create', 'smtp'))).toBeNull();
    expect((await call(core, 'accounts.get', { id: lost.id })).smtp_password_stored).toBe(false);
    expect(await keytar.getPassword(SERVICE, secretKey(kept.id, 'smtp'))).toBe(CANARY);
  });

  it('app.info reports the keychain as available', async () => {
    expect((await call(core, 'app.info', undefined)).keychain).toEqual({ available: true, message: null });
  });
});
