// Target: export.csv of 100,000 inboxes streams with flat memory (RSS grows by less than the
// file it writes) and finishes in seconds. Rows are inserted directly to keep set-up short.
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createMemoryVault } from '../../electron/core/vault/index';
import { accountInput } from '../fixtures/accounts';
import { cloneAccounts } from '../fixtures/clone-accounts';
import { call, openTestCore, tempDir } from '../fixtures/core';
import { below, bench, timed, withPeakRss } from './harness';

const N = 100_000;

describe(`export.csv of ${N.toLocaleString('en-US')} inboxes`, () => {
  let t: Awaited<ReturnType<typeof openTestCore>>;
  // Exports are refused inside the data folder: write beside it.
  const out = tempDir('inboxfleet-bench-export-');
  beforeAll(async () => {
    t = await openTestCore(createMemoryVault());
    const template = await call(t.core, 'accounts.create', accountInput(0));
    cloneAccounts(t.dir, template.id, N, 'bench');
  });
  afterAll(async () => {
    await t?.cleanup();
    out.remove();
  });

  it('accounts export to a file', async () => {
    const fig = bench(`export of ${N.toLocaleString('en-US')} inboxes`);
    const file = path.join(out.dir, 'accounts.csv');
    const { result: { ms, result }, beforeMb, peakMb } = await withPeakRss(() => timed(() => call(t.core, 'export.csv', { kind: 'accounts', path: file })));
    const mb = statSync(file).size / 1e6;
    fig('time', ms / 1000, 's', undefined, `${result.rows} rows, ${mb.toFixed(1)} MB`);
    fig('peak RSS growth', peakMb - beforeMb, 'MB', below(mb), 'sampled every 20 ms; target: less than the file it writes');
  });
});
