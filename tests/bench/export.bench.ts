// Target: export.csv of 100,000 inboxes streams with flat memory (RSS grows by less than the
// file it writes) and finishes in seconds. Rows are inserted directly to keep set-up short.
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createMemoryVault } from '../../electron/core/vault/index';
import { bulkAccounts } from '../fixtures/bulk-accounts';
import { call, openTestCore } from '../fixtures/core';
import { below, bench, timed, withPeakRss } from './harness';

const N = 100_000;

describe(`export.csv of ${N.toLocaleString('en-US')} inboxes`, () => {
  let t: Awaited<ReturnType<typeof openTestCore>>;
  beforeAll(async () => {
    t = await openTestCore(createMemoryVault());
    const bulk = await bulkAccounts(t.core, t.dir);
    bulk.raw.transaction(() => {
      for (let n = 1; n < N; n++) bulk.insert({ id: `bench-${n}`, email: `sender${n}@bench.example` });
    })();
    bulk.raw.close();
  });
  afterAll(() => t?.cleanup());

  it('accounts export to a file', async () => {
    const fig = bench(`export of ${N.toLocaleString('en-US')} inboxes`);
    const file = path.join(t.dir, 'accounts.csv');
    const { result: { ms, result }, beforeMb, peakMb } = await withPeakRss(() => timed(() => call(t.core, 'export.csv', { kind: 'accounts', path: file })));
    const mb = statSync(file).size / 1e6;
    fig('time', ms / 1000, 's', undefined, `${result.rows} rows, ${mb.toFixed(1)} MB`);
    fig('peak RSS growth', peakMb - beforeMb, 'MB', below(mb), 'sampled every 20 ms; target: less than the file it writes');
  });
});
