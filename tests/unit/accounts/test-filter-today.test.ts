// accounts.test by filter reads "today" from the core's clock, as bulk actions do: the readiness
// filter (which turns on Microsoft's SMTP AUTH date) must select by the app's date, not the wall clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccountRow } from '../../../electron/core/accounts/account-input';
import { accountTestHandlers } from '../../../electron/core/accounts/test-handlers';
import type { AccountTester } from '../../../electron/core/accounts/testing';
import { createJobs } from '../../../electron/core/jobs/index';
import { createEvents } from '../../../electron/core/events';
import { silentLogger } from '../../../electron/core/log';
import { openStore, type Store } from '../../../electron/core/store/index';
import { basicAuthReadiness } from '../../../shared/basic-auth';
import { accountCreateSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';

describe('accounts.test by filter', () => {
  const tmp = tempDir();
  let store: Store;
  const login = { email: 'ops@corp.example', provider: 'microsoft', smtp_host: '127.0.0.1', imap_host: '127.0.0.1', auth_method: 'password' as const };

  beforeAll(async () => {
    store = await openStore(tmp.dir);
    const row = newAccountRow('m365', accountCreateSchema.parse(accountInput(1)), '2026-01-01T00:00:00.000Z');
    await store.db.insertInto('accounts').values({ ...row, ...login }).execute();
  });
  afterAll(async () => {
    await store.close();
    tmp.remove();
  });

  // One of the two dates always differs from the wall clock's side of 2026-12-31.
  it.each(['2026-06-01', '2027-06-01'])('selects by readiness as of the clock (%s)', async (today) => {
    const clock = { now: () => new Date(`${today}T12:00:00.000Z`) };
    const events = createEvents();
    const jobs = createJobs({ events, clock, log: silentLogger });
    const tested: string[] = [];
    const tester = {
      test: async (account) => {
        tested.push(account.id);
        return { account_id: account.id, email: account.email, ok: true, smtp: null, imap: null, tested_at: today } as never;
      },
      sendTestEmail: async () => { throw new Error('unused'); },
    } satisfies AccountTester;
    const handlers = accountTestHandlers({ db: store.db, tester, jobs, clock });
    const level = basicAuthReadiness(login, today).level;
    const r = await handlers['accounts.test']({ filter: { readiness: level } });
    await jobs.settled(r.job_id!);
    expect(tested).toEqual(['m365']);
  });
});
