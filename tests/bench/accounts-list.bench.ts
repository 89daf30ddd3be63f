// Target: a filtered, sorted page of accounts.list over 10,000 inboxes answers in < 20 ms
// (the Accounts table refetches on every filter keystroke after a debounce).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createMemoryVault } from '../../electron/core/vault/index';
import { accountInput } from '../fixtures/accounts';
import { call, openTestCore } from '../fixtures/core';
import { below, bench, quantile, sample } from './harness';

const N = 10_000;

describe(`accounts.list over ${N} accounts`, () => {
  let t: Awaited<ReturnType<typeof openTestCore>>;
  beforeAll(async () => {
    t = await openTestCore(createMemoryVault());
    for (let n = 0; n < N; n++) await call(t.core, 'accounts.create', accountInput(n, { warmup_enabled: n % 3 === 0 }));
  });
  afterAll(() => t?.cleanup());

  it('first page, and search + filter + sort by email, page 40', async () => {
    const fig = bench(`accounts.list at ${N.toLocaleString('en-US')} inboxes`);
    const first = await sample(() => call(t.core, 'accounts.list', {}));
    fig('first page, newest first p95', quantile(first, 0.95), 'ms', below(20));
    const searched = await sample(() => call(t.core, 'accounts.list', { search: 'agency-2', warmup: true, sort: 'email', order: 'asc', page: 40, per_page: 25 }));
    fig('search + filter + sort by email, page 40 p95', quantile(searched, 0.95), 'ms', below(20));
  });
});
