// Target: a filtered, sorted page of accounts.list over 10,000 inboxes answers in < 20 ms
// (the Accounts table refetches on every filter keystroke after a debounce).
import { afterAll, bench, describe } from 'vitest';
import { createMemoryVault } from '../../electron/core/vault/index';
import { accountInput } from '../fixtures/accounts';
import { call, openTestCore } from '../fixtures/core';

const N = 10_000;
const { core, cleanup } = await openTestCore(createMemoryVault());
for (let n = 0; n < N; n++) await call(core, 'accounts.create', accountInput(n, { warmup_enabled: n % 3 === 0 }));

describe(`accounts.list over ${N} accounts`, () => {
  afterAll(() => cleanup());

  bench('first page, newest first', async () => {
    await call(core, 'accounts.list', {});
  });
  bench('search + filter + sort by email, page 40', async () => {
    await call(core, 'accounts.list', { search: 'agency-2', warmup: true, sort: 'email', order: 'asc', page: 40, per_page: 25 });
  });
});
