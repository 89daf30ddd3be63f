// The scheduler: hourly rounds that check every inbox (connection test, mailbox scan, domain
// audit, score) as one job with progress and cancel. Rounds missed while the app was closed or
// the computer slept run at the next start or wake-up; a round over many inboxes is spread
// across the hour; rounds wait while the computer is offline rather than alert on every inbox.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SchedulerRun, SchedulerStatus } from '../../../shared/alerts';
import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import type { Jobs } from '../jobs/index';
import type { Logger } from '../log';
import type { Database } from '../store/index';
import { realTimers, type Timers } from '../timers';
import { createPacer } from './pacer';
import { dueSince, FRESH_MS, INTERVAL_MS, nextRound, OFFLINE_RETRY_MS, RESUME_DELAY_MS, spacingMs, START_DELAY_MS, type NextRound } from './plan';
import { countDue, dueInboxes, insertRun, lastRun, markInterrupted, updateRun } from './runs';

export { spacingMs, nextRound, dueSince, INTERVAL_MS, SPREAD_WINDOW_MS, BURST_MAX, FRESH_MS } from './plan';
export { createPacer } from './pacer';

/** One round's shared state, e.g. which domains it already audited. */
export interface RoundContext {
  once<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export interface SchedulerDeps {
  db: Kysely<Database>;
  clock: Clock;
  jobs: Jobs;
  log: Logger;
  /** Checks one inbox completely; throws only when the check itself could not run. */
  checkInbox(id: string, round: RoundContext, signal: AbortSignal): Promise<void>;
  /** After each round (tidying that needs the whole fleet checked). */
  afterRound?(): Promise<void>;
  /** Main knows whether the computer is online; core assumes it is. */
  isOnline?(): boolean;
  timers?: Timers;
  intervalMs?: number;
}

export interface Scheduler {
  /** Arms the timer: a missed round runs shortly. Main calls it once the window is up. */
  start(): Promise<void>;
  /** The computer woke up (or came back online): re-plan; a missed round runs shortly. */
  wake(): Promise<void>;
  /** Starts a round of every inbox now, or returns the running one. */
  runNow(): Promise<{ job_id: string; started: boolean }>;
  /** The running round once it has finished, else the last one. */
  settled(): Promise<SchedulerRun | null>;
  status(): Promise<SchedulerStatus>;
  handlers: Pick<Handlers, 'scheduler.status' | 'scheduler.runNow'>;
  stop(): void;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { db, clock, jobs, log } = deps;
  const timers = deps.timers ?? realTimers;
  const interval = deps.intervalMs ?? INTERVAL_MS;
  const online = () => deps.isOnline?.() ?? true;
  let timer: unknown = null;
  let plan: NextRound | null = null;
  let current: { run: SchedulerRun; done: Promise<SchedulerRun> } | null = null;
  // Set while a round is being planned (its inboxes read), so two callers never start two.
  let starting: Promise<SchedulerRun> | null = null;
  let waitingForNetwork = false;
  let stopped = false;

  const now = () => clock.now().getTime();

  function arm(p: NextRound | null): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    plan = p;
    if (!p || stopped) return;
    timer = timers.setTimeout(() => {
      timer = null;
      void fire(p.reason);
    }, p.at - now());
  }

  async function replan(delayMs: number): Promise<void> {
    if (current || starting || stopped) return;
    arm(nextRound(await lastRun(db), now(), delayMs, interval));
  }

  async function fire(reason: SchedulerRun['reason']): Promise<void> {
    if (current || starting || stopped) return;
    if (!online()) {
      waitingForNetwork = true;
      arm({ at: now() + OFFLINE_RETRY_MS, reason, overdue: true });
      return;
    }
    waitingForNetwork = false;
    try {
      await startRound(reason);
    } catch (err) {
      log.error('scheduled round could not start', { error: err instanceof Error ? err.message : String(err) });
      arm({ at: now() + OFFLINE_RETRY_MS, reason, overdue: true });
    }
  }

  function startRound(reason: SchedulerRun['reason']): Promise<SchedulerRun> {
    if (current) return Promise.resolve(current.run);
    starting ??= beginRound(reason).finally(() => (starting = null));
    return starting;
  }

  async function beginRound(reason: SchedulerRun['reason']): Promise<SchedulerRun> {
    arm(null);
    const started = clock.now();
    const ids = await dueInboxes(db, new Date(dueSince(reason, started.getTime(), await lastRun(db), interval)).toISOString());
    const spacing = spacingMs(ids.length);
    const run: SchedulerRun = { id: randomUUID(), reason, job_id: null, started_at: started.toISOString(), finished_at: null, status: 'running', total: ids.length, done: 0, failed: 0 };
    const memo = new Map<string, Promise<unknown>>();
    const round: RoundContext = {
      once: <T>(key: string, fn: () => Promise<T>) => {
        if (!memo.has(key)) memo.set(key, fn());
        return memo.get(key) as Promise<T>;
      },
    };
    await insertRun(db, run);
    let pacer: ReturnType<typeof createPacer> | null = null;
    const job = jobs.start('scheduler.check', ids, async (id, signal) => {
      pacer ??= createPacer(spacing, timers, signal);
      await pacer.next();
      await deps.checkInbox(id, round, signal);
      return { result: { account_id: id }, failed: false };
    });
    run.job_id = job.id;
    await updateRun(db, run.id, { job_id: job.id });
    log.info('scheduler round started', { reason, inboxes: ids.length, spacing_ms: spacing });
    const done = jobs.settled(job.id).then(async (info) => {
      // Cancelled by the app shutting down (not by the user): the next start resumes it.
      const status = info.status !== 'cancelled' ? 'done' : stopped ? 'interrupted' : 'cancelled';
      Object.assign(run, { status, finished_at: clock.now().toISOString(), done: info.done, failed: info.failed } satisfies Partial<SchedulerRun>);
      await updateRun(db, run.id, { status: run.status, finished_at: run.finished_at, done: run.done, failed: run.failed }).catch(() => undefined);
      await deps.afterRound?.().catch((err: unknown) => log.error('after-round tidying failed', { error: String(err) }));
      log.info('scheduler round finished', { status: run.status, done: run.done, failed: run.failed });
      current = null;
      await replan(START_DELAY_MS).catch(() => undefined);
      return run;
    });
    current = { run, done };
    return run;
  }

  async function runNow(): Promise<{ job_id: string; started: boolean }> {
    if (current || starting) return { job_id: (await startRound('manual')).job_id!, started: false };
    if (!online()) throw new AppError('unreachable', 'This computer is offline: check again once it is back online.');
    const run = await startRound('manual');
    return { job_id: run.job_id!, started: true };
  }

  async function status(): Promise<SchedulerStatus> {
    let last = current?.run ?? (await lastRun(db));
    if (current && current.run.job_id) {
      const j = jobs.get(current.run.job_id);
      last = { ...current.run, done: j.done, failed: j.failed };
    }
    const due = await countDue(db, new Date(now() - FRESH_MS).toISOString());
    return {
      interval_minutes: interval / 60_000,
      last_run: last ? { ...last } : null,
      running: !!current,
      next_run_at: current || !plan ? null : new Date(plan.at).toISOString(),
      due,
      overdue: !current && !!plan?.overdue,
      waiting_for_network: waitingForNetwork,
      spacing_ms: spacingMs(current ? current.run.total : due),
    };
  }

  return {
    async start() {
      stopped = false;
      const n = await markInterrupted(db);
      if (n) log.warn('a scheduled round was interrupted when the app closed; it resumes', { rounds: n });
      await replan(START_DELAY_MS);
    },
    wake: () => replan(RESUME_DELAY_MS),
    runNow,
    async settled() {
      await starting;
      return current ? current.done : lastRun(db);
    },
    status,
    handlers: {
      'scheduler.status': () => status(),
      'scheduler.runNow': () => runNow(),
    },
    stop() {
      stopped = true;
      arm(null);
    },
  };
}
