// The start-up keychain pass runs in the background: openCore returns and the first screen is
// answered while the keychain listing is still under way, and the pass never takes the entries of
// an inbox being created (or updated) meanwhile for orphans.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault, secretKey } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';

/** A gate a test opens when it wants. */
const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
};

describe('start-up keychain reconcile in the background', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core | undefined;
  const memory = createMemoryVault();

  beforeEach(async () => {
    tmp = tempDir();
    memory.entries.clear();
  });
  afterEach(async () => {
    await core?.close();
    core = undefined;
    tmp.remove();
  });

  /** Two inboxes, then a crash's leftovers: an orphan entry and a row whose password vanished. */
  const crashed = async () => {
    const c = await openCore({ dataDir: tmp.dir, vault: memory });
    const kept = await call(c, 'accounts.create', accountInput(1));
    const lost = await call(c, 'accounts.create', accountInput(2));
    await c.close();
    memory.entries.set(secretKey('crashed-create', 'smtp'), 'orphan');
    memory.entries.delete(secretKey(lost.id, 'smtp'));
    return { kept, lost };
  };

  it('openCore returns and overview.get answers before the keychain listing ends; the pass then repairs', async () => {
    const { kept, lost } = await crashed();
    const listing = gate();
    let listed = false;
    const slow = { ...memory, keys: async () => { await listing.opened; listed = true; return memory.keys(); } };
    const changed: string[][] = [];

    core = await openCore({ dataDir: tmp.dir, vault: slow });
    core.events.on('accounts.changed', (e) => changed.push(e.ids));
    const overview = await call(core, 'overview.get', {});
    expect(overview.total).toBe(2);
    expect((await call(core, 'accounts.get', { id: lost.id })).smtp_password_stored).toBe(true);
    expect(listed).toBe(false);
    expect(memory.entries.has(secretKey('crashed-create', 'smtp'))).toBe(true);

    listing.open();
    await core.idle();
    expect(memory.entries.has(secretKey('crashed-create', 'smtp'))).toBe(false);
    expect((await call(core, 'accounts.get', { id: lost.id })).smtp_password_stored).toBe(false);
    expect((await call(core, 'accounts.get', { id: kept.id })).smtp_password_stored).toBe(true);
    // The list hears about the repaired inbox.
    expect(changed).toContainEqual([lost.id]);
  });

  it('leaves alone the password of an inbox whose create is between its keychain write and its row', async () => {
    await crashed();
    const listing = gate();
    const saving = gate();
    let saved!: () => void;
    const inKeychain = new Promise<void>((resolve) => (saved = resolve));
    const vault = {
      ...memory,
      keys: async () => { await listing.opened; return memory.keys(); },
      // The new inbox's password is in the keychain, but its row waits until the test says so.
      set: async (key: string, secret: string) => {
        await memory.set(key, secret);
        if (secret === 'new-inbox-pw') {
          saved();
          await saving.opened;
        }
      },
    };
    core = await openCore({ dataDir: tmp.dir, vault });
    const creating = call(core, 'accounts.create', accountInput(3, { smtp_password: 'new-inbox-pw' }));
    await inKeychain;
    // The listing sees the new entry; the rows do not have it yet.
    listing.open();
    await core.idle();
    expect(memory.entries.has(secretKey('crashed-create', 'smtp'))).toBe(false);
    saving.open();
    const created = await creating;
    expect(memory.entries.get(secretKey(created.id, 'smtp'))).toBe('new-inbox-pw');
    expect((await call(core, 'accounts.get', { id: created.id })).smtp_password_stored).toBe(true);
  });

  it('does not undo a password saved after the listing was taken', async () => {
    const { lost } = await crashed();
    const listing = gate();
    let snapshot: string[] = [];
    const vault = { ...memory, keys: async () => { snapshot = [...memory.entries.keys()]; await listing.opened; return snapshot; } };
    core = await openCore({ dataDir: tmp.dir, vault });
    // The user gives the inbox its password again while the listing (which lacks it) is under way.
    await call(core, 'accounts.update', { id: lost.id, smtp_password: 'given-again' });
    listing.open();
    await core.idle();
    expect(snapshot).not.toContain(secretKey(lost.id, 'smtp'));
    expect(memory.entries.get(secretKey(lost.id, 'smtp'))).toBe('given-again');
    expect((await call(core, 'accounts.get', { id: lost.id })).smtp_password_stored).toBe(true);
  });

  it('closes without waiting for a keychain listing that never answers', async () => {
    await crashed();
    const never = { ...memory, keys: () => new Promise<string[]>(() => undefined) };
    const c = await openCore({ dataDir: tmp.dir, vault: never });
    expect((await call(c, 'overview.get', {})).total).toBe(2);
    await c.close();
    // Nothing was acted on: the next start lists again.
    expect(memory.entries.has(secretKey('crashed-create', 'smtp'))).toBe(true);
  });
});
