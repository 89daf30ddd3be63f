// Start-up at 10,000 inboxes with the real keychain (a private gnome-keyring, as the app's own on
// Linux): how long openCore takes, when the first screen's data (overview.get) can be answered,
// and how long the keychain reconcile (list every entry, repair flags, delete orphans) runs.
// Target: the first screen never waits for the keychain — overview.get answers long before the
// reconcile ends. gnome-keyring rewrites its file on every write, so 10,000 writes to the login
// collection take over half an hour: the entries go to its in-memory session collection instead
// (made the default for this private daemon). Reads — the listing measured here — are served
// from memory either way. Still ~10 minutes to fill and ~4 to list on a loaded 2-core machine.
import { spawnSync } from 'node:child_process';
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
    const alias = spawnSync('gdbus', ['call', '--session', '--dest', 'org.freedesktop.secrets', '--object-path', '/org/freedesktop/secrets',
      '--method', 'org.freedesktop.Secret.Service.SetAlias', 'default', '/org/freedesktop/secrets/collection/session'], { encoding: 'utf8' });
    if (alias.status !== 0) throw new Error(`could not make the session collection the default: ${alias.stderr}`);
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

  it('openCore, the first overview.get, and the reconcile', async () => {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const core = await openCore({ dataDir: tmp.dir, vault });
    const opened = performance.now() - t;
    await call(core, 'overview.get', {});
    const firstScreen = performance.now() - t;
    const listed = performance.now();
    await call(core, 'accounts.list', { per_page: 50 });
    fig('accounts.list while the pass runs', performance.now() - listed, 'ms');
    await core.idle();
    const done = performance.now() - t;
    const used = process.cpuUsage(cpu);
    await core.close();
    fig('openCore', opened / 1000, 's');
    fig('first overview.get answered', firstScreen / 1000, 's', below(1), 'from the start of openCore');
    // Mostly the keychain listing: keytar's findCredentials reads every secret too.
    fig('background work done (reconcile, health pass)', done / 1000, 's', undefined, `CPU of this process ${((used.user + used.system) / 1e6).toFixed(1)} s`);
  }, 10 * 60_000);
});
