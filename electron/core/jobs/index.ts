// Long work (testing many inboxes, checking many domains) runs as a job: the call returns the
// job id at once, progress goes out as `job.progress` events, and the job can be cancelled.
import { randomUUID } from 'node:crypto';
import type { JobInfo } from '../../../shared/connection';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { Logger } from '../log';
import { Cancelled } from './limiter';

export { createLimiter, Cancelled, type Limiter } from './limiter';

const KEEP_FINISHED = 50;

/** What a `run` task uses to report: progress goes out in at most ~200 events per job. */
export interface JobContext {
  signal: AbortSignal;
  /** Sets the total once it is known (e.g. after counting a file's rows). */
  setTotal(total: number): void;
  /** Counts finished items; `failures` are kept as the job's item results. */
  advance(done: number, failed?: number, failures?: unknown[]): void;
}

export interface Jobs {
  /**
   * One `work` per item. At most `concurrency` items are in flight (default: all): a job of
   * 10,000 inboxes must not start 10,000 keychain reads and limiter waits at once.
   */
  start<T, R>(
    kind: JobInfo['kind'],
    items: T[],
    work: (item: T, signal: AbortSignal) => Promise<{ result: R; failed: boolean }>,
    opts?: { concurrency?: number },
  ): JobInfo;
  /**
   * A job whose task walks its items itself (in order, in chunks): it checks `signal` between
   * items, reports through `advance`, and what it returns becomes the job's `result`.
   */
  run(kind: JobInfo['kind'], total: number, task: (ctx: JobContext) => Promise<NonNullable<JobInfo['result']>>): JobInfo;
  /** The job; its item results only with `includeResults` (a copy of 10,000 results is not free). */
  get(id: string, opts?: { includeResults?: boolean }): JobInfo;
  cancel(id: string): JobInfo;
  /** Resolves when the job has finished (tests and shutdown). */
  settled(id: string): Promise<JobInfo>;
  cancelAll(): Promise<void>;
  /** Jobs running now (alert digests wait for them). */
  running(): number;
}

export function createJobs(deps: { events: CoreEvents; clock: Clock; log: Logger }): Jobs {
  const jobs = new Map<string, { info: JobInfo; controller: AbortController; done: Promise<void> }>();

  const snapshot = (info: JobInfo, withResults = true): JobInfo => ({ ...info, results: withResults ? [...info.results] : [] });
  const emit = (info: JobInfo) =>
    deps.events.emit('job.progress', {
      id: info.id, kind: info.kind, status: info.status, total: info.total, done: info.done, failed: info.failed,
    });
  /** Progress of a long job goes out in at most ~200 events (one per 0.5 % of the work), and at its end. */
  const throttled = (info: JobInfo) => {
    let lastEmitted = 0;
    return () => {
      const step = Math.max(1, Math.floor(info.total / 200));
      if (info.done - lastEmitted >= step || info.done >= info.total) {
        lastEmitted = info.done;
        emit(info);
      }
    };
  };

  const prune = () => {
    const finished = [...jobs.values()].filter((j) => j.info.status !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(j.info.id);
  };

  const find = (id: string) => {
    const job = jobs.get(id);
    if (!job) throw new AppError('not_found', `job ${id} not found`, { field: 'id' });
    return job;
  };

  const create = (kind: JobInfo['kind'], total: number): JobInfo => ({
    id: randomUUID(), kind, status: 'running', total, done: 0, failed: 0,
    started_at: deps.clock.now().toISOString(), finished_at: null, results: [], message: null, result: null,
  });

  const finish = (info: JobInfo, controller: AbortController) => {
    info.status = controller.signal.aborted ? 'cancelled' : 'done';
    info.finished_at = deps.clock.now().toISOString();
    emit(info);
    prune();
  };

  const failWith = (info: JobInfo) => (err: unknown) => {
    info.status = 'failed';
    // AppError messages are written for users; anything else is logged, not shown.
    info.message = err instanceof AppError ? err.message : 'The job stopped on an unexpected error; the log has details.';
    if (!(err instanceof AppError)) deps.log.error('job failed', { job: info.id, error: err instanceof Error ? err.stack : String(err) });
    info.finished_at = deps.clock.now().toISOString();
    emit(info);
  };

  const register = (info: JobInfo, controller: AbortController, done: Promise<void>) => {
    jobs.set(info.id, { info, controller, done });
    emit(info);
    return snapshot(info, false);
  };

  return {
    run(kind, total, task) {
      const controller = new AbortController();
      const info = create(kind, total);
      const progress = throttled(info);
      const ctx: JobContext = {
        signal: controller.signal,
        setTotal(n) {
          info.total = n;
          emit(info);
        },
        advance(done, failed = 0, failures = []) {
          info.done += done;
          info.failed += failed;
          info.results.push(...failures);
          // A 100,000-row import must not send 100,000 events.
          progress();
        },
      };
      const done = (async () => {
        // Start on a later turn, so the caller holds the job id before any progress goes out.
        await Promise.resolve();
        info.result = await task(ctx);
        finish(info, controller);
      })().catch((err: unknown) => failWith(info)(err));
      return register(info, controller, done);
    },

    start(kind, items, work, opts = {}) {
      const controller = new AbortController();
      const info = create(kind, items.length);
      const progress = throttled(info);
      const one = async (item: (typeof items)[number]) => {
        try {
          const { result, failed } = await work(item, controller.signal);
          info.results.push(result);
          info.done++;
          if (failed) info.failed++;
          progress();
        } catch (err) {
          if (err instanceof Cancelled || controller.signal.aborted) return;
          info.done++;
          info.failed++;
          deps.log.error('job item failed', { job: info.id, error: err instanceof Error ? err.message : String(err) });
          progress();
        }
      };
      // A few workers take the items in order; a cancelled job starts no more.
      let next = 0;
      const worker = async () => {
        while (next < items.length && !controller.signal.aborted) await one(items[next++]!);
      };
      const width = Math.max(1, Math.min(items.length, opts.concurrency ?? items.length));
      const run = async () => {
        await Promise.all(Array.from({ length: width }, worker));
        finish(info, controller);
      };
      return register(info, controller, run().catch(failWith(info)));
    },
    get: (id, opts = {}) => snapshot(find(id).info, opts.includeResults === true),
    cancel(id) {
      const job = find(id);
      if (job.info.status === 'running') job.controller.abort();
      return snapshot(job.info, false);
    },
    async settled(id) {
      const job = find(id);
      await job.done;
      return snapshot(job.info);
    },
    running: () => [...jobs.values()].filter((j) => j.info.status === 'running').length,
    async cancelAll() {
      for (const j of jobs.values()) j.controller.abort();
      await Promise.all([...jobs.values()].map((j) => j.done));
    },
  };
}
