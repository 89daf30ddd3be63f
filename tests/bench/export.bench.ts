// Target: export.csv of 100,000 inboxes streams with flat memory (heap growth well under the
// file's size) and finishes in seconds. Rows are inserted directly to keep set-up short.
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { createMemoryVault } from '../../electron/core/vault/index';
import { accountInput } from '../fixtures/accounts';
import { cloneAccounts } from '../fixtures/clone-accounts';
import { call, openTestCore, tempDir } from '../fixtures/core';

const N = 100_000;
const { core, dir, cleanup } = await openTestCore(createMemoryVault());
// Exports are refused inside the data folder: write beside it.
const out = tempDir('inboxfleet-bench-export-');
const template = await call(core, 'accounts.create', accountInput(0));
cloneAccounts(dir, template.id, N, 'bench');

describe(`export.csv of ${N.toLocaleString('en-US')} inboxes`, () => {
  afterAll(async () => {
    await cleanup();
    out.remove();
  });

  bench('accounts export to a file', async () => {
    const before = process.memoryUsage().heapUsed;
    const file = path.join(out.dir, 'accounts.csv');
    const r = await call(core, 'export.csv', { kind: 'accounts', path: file });
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    console.log(`rows ${r.rows}, file ${(statSync(file).size / 1e6).toFixed(1)} MB, heap growth ${grown.toFixed(1)} MB`);
  }, { iterations: 2, warmupIterations: 0 });
});
