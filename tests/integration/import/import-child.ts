// Runs in a child process (bundled by tests/fixtures/node-entry.ts): opens core on the real
// keychain, starts an import, and reports progress on stdout until the parent kills it. With a
// fourth argument N, the Nth keychain write completes and then the process waits to be killed:
// the crash lands exactly between a row's keychain entry and its row.
import { openCore, type Vault } from '../../../electron/core/index';
import { createKeytarVault } from '../../../electron/core/vault/index';

const [dataDir, service, file, pauseAfter] = process.argv.slice(2) as [string, string, string, string | undefined];
const real = createKeytarVault({ service });
let sets = 0;
const vault: Vault = {
  ...real,
  async set(key, secret) {
    await real.set(key, secret);
    if (pauseAfter && ++sets === Number(pauseAfter)) {
      process.stdout.write('paused\n');
      await new Promise(() => undefined);
    }
  },
};
const core = await openCore({ dataDir, vault });
core.events.on('job.progress', (e) => process.stdout.write(`progress ${e.done} ${e.total} ${e.status}\n`));
const r = await core.invoke('accounts.import.start', { source: { path: file } });
process.stdout.write(`started ${r.ok}\n`);
