// accounts.test and accounts.sendTestEmail. One inbox is answered when its test is done; many
// become a job (progress events, cancel) whose items share the limiter.
import type { Kysely } from 'kysely';
import type { Handlers } from '../../../shared/contract';
import type { Account } from '../../../shared/domain';
import { isoToday, type Clock } from '../clock';
import type { Jobs } from '../jobs/index';
import { accountsRepo, type Database } from '../store/index';
import { resolveTarget } from './bulk';
import type { AccountTester } from './testing';

type TestHandlers = Pick<Handlers, 'accounts.test' | 'accounts.sendTestEmail'>;

export interface TestHandlerDeps {
  db: Kysely<Database>;
  tester: AccountTester;
  jobs: Jobs;
  clock: Clock;
  /** Inboxes of a bulk test in flight at once (core: twice the overall test limit, so the limiter stays fed). */
  concurrency?: () => number;
}

export function accountTestHandlers(deps: TestHandlerDeps): TestHandlers {
  const { db, tester, jobs, clock, concurrency } = deps;

  const mustGet = (id: string): Promise<Account> => accountsRepo.requireAccount(db, id);

  return {
    'accounts.test': async ({ id, ids, filter }) => {
      if (id !== undefined) return { job_id: null, results: [await tester.test(await mustGet(id))] };
      // Date-dependent filters (readiness) read the core's clock, as bulk actions do.
      const unique = await resolveTarget(db, { ids, filter }, isoToday(clock));
      const job = jobs.start('accounts.test', unique, async (accountId, signal) => {
        const account = await mustGet(accountId);
        const result = await tester.test(account, signal);
        return { result, failed: !result.ok };
      }, { concurrency: concurrency?.() });
      return { job_id: job.id, results: [] };
    },

    'accounts.sendTestEmail': async ({ id, to, subject }) => tester.sendTestEmail(await mustGet(id), to, subject),
  };
}
