// Scheduler rounds in SQLite, and which inboxes are due.
import { sql, type Kysely } from 'kysely';
import type { SchedulerRun } from '../../../shared/alerts';
import type { Database } from '../store/index';

const KEEP_RUNS = 500;

const toRun = (r: Awaited<ReturnType<typeof selectRuns>>[number]): SchedulerRun => ({
  id: r.id, reason: r.reason as SchedulerRun['reason'], job_id: r.job_id, started_at: r.started_at, finished_at: r.finished_at,
  status: r.status as SchedulerRun['status'], total: r.total, done: r.done, failed: r.failed,
});
const selectRuns = (db: Kysely<Database>) => db.selectFrom('scheduler_runs').selectAll().orderBy('started_at', 'desc').limit(1).execute();

export async function lastRun(db: Kysely<Database>): Promise<SchedulerRun | null> {
  const [row] = await selectRuns(db);
  return row ? toRun(row) : null;
}

/** A round still marked running at start-up ended with the app: it was interrupted. */
export async function markInterrupted(db: Kysely<Database>): Promise<number> {
  const r = await db.updateTable('scheduler_runs').set({ status: 'interrupted' }).where('status', '=', 'running').executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function insertRun(db: Kysely<Database>, run: SchedulerRun): Promise<void> {
  await db.insertInto('scheduler_runs').values(run).execute();
  await db.deleteFrom('scheduler_runs')
    .where('id', 'not in', db.selectFrom('scheduler_runs').select('id').orderBy('started_at', 'desc').limit(KEEP_RUNS))
    .execute();
}

export async function updateRun(db: Kysely<Database>, id: string, patch: Partial<Pick<SchedulerRun, 'status' | 'finished_at' | 'done' | 'failed' | 'job_id'>>): Promise<void> {
  await db.updateTable('scheduler_runs').set(patch).where('id', '=', id).execute();
}

/** Inboxes whose last full check (their stored report) is at or before `since` (so a hand-started round at `now` takes all), least recently checked first. */
export async function dueInboxes(db: Kysely<Database>, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('accounts')
    .leftJoin('reports', 'reports.account_id', 'accounts.id')
    .select('accounts.id')
    .where((eb) => eb.or([eb('reports.created_at', 'is', null), eb('reports.created_at', '<=', since)]))
    .orderBy(sql`reports.created_at is not null`)
    .orderBy('reports.created_at')
    .orderBy(sql`accounts.rowid`)
    .execute();
  return rows.map((r) => r.id);
}

export async function countDue(db: Kysely<Database>, since: string): Promise<number> {
  const r = await db
    .selectFrom('accounts')
    .leftJoin('reports', 'reports.account_id', 'accounts.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('reports.created_at', 'is', null), eb('reports.created_at', '<', since)]))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
