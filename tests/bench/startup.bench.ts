// Start-up at 10,000 inboxes with the real keychain (a private gnome-keyring, as the app's own on
// Linux): how long openCore takes, when the first screen's data (overview.get) can be answered,
// and how long the keychain reconcile (list every entry, repair flags, delete orphans) runs.
// Target: the first screen never waits for the keychain — overview.get answers long before the
// reconcile ends. Filling the keychain takes a few minutes (gnome-keyring: ~7 ms per write).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openCore } from '../../electron/core/index';
import { createKeytarVault, secretKey } from '../../electron/core/vault/index';
import { accountInput } from '../fixtures/accounts';
import { cloneAccounts } from '../fixtures/clone-accounts';
import { call, tempDir } from '../fixtures/core';
import { below, bench } from './harness';

const N = 10_000;
const vault = createKeytarVault({ service: `inboxfleet-bench-startup-${process.pid}`, timeoutMs: 120_000 });

describe(`start-up at ${N.toLocaleString('en-US')} inboxes with the real keychain`, () => {
  const tmp = tempDir('inboxfleet-bench-startup-');
  const fig = bench(`start-up, ${N.toLocaleString('en-US')} inboxes, real keychain`);

  beforeAll(async () => {
    const core = await openCore({ dataDir: tmp.dir, vault });
    const template = await call(core, 'accounts.create', accountInput(0));
    await core.close();
    cloneAccounts(tmp.dir, template.id, N, 'startup');
    const started = performance.now();
    // The copies' passwords, a few writes in flight at a time; two are left out (rows to repair)
    // and two orphans added (entries to delete), so the reconcile has work to do.
    const keys = [...Array.from({ length: N - 3 }, (_, i) => secretKey(`startup-${i + 3}`, 'smtp')), secretKey('gone-1', 'smtp'), secretKey('gone-2', 'imap')];
    for (let i = 0; i < keys.length; i += 32) await Promise.all(keys.slice(i, i + 32).map((k) => vault.set(k, `pw-${k}`)));
    fig('keychain fill', (performance.now() - started) / keys.length, 'ms/entry', undefined, `${keys.length} entries written, 32 in flight`);
  }, 30 * 60_000);
  // The keychain is with-keyring's private one, removed with its folder: no 10,000 deletes here.
  afterAll(() => tmp.remove());

  it('listing the keychain alone', async () => {
    const t = performance.now();
    const keys = await vault.keys();
    fig('vault.keys()', (performance.now() - t) / 1000, 's', undefined, `${keys.length} entries (keytar findCredentials reads every secret too)`);
  });

  it('openCore, the first overview.get, and the reconcile', async () => {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const core = await openCore({ dataDir: tmp.dir, vault });
    const opened = performance.now() - t;
    await call(core, 'overview.get', {});
    const firstScreen = performance.now() - t;
    await core.idle();
    const done = performance.now() - t;
    const used = process.cpuUsage(cpu);
    await core.close();
    fig('openCore', opened / 1000, 's');
    fig('first overview.get answered', firstScreen / 1000, 's', below(1), 'from the start of openCore');
    fig('background work done (reconcile, health pass)', done / 1000, 's', undefined, `CPU of this process ${((used.user + used.system) / 1e6).toFixed(1)} s`);
  }, 10 * 60_000);
});
