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

export interface Jobs {
  start<T, R>(
    kind: JobInfo['kind'],
    items: T[],
    work: (item: T, signal: AbortSignal) => Promise<{ result: R; failed: boolean }>,
  ): JobInfo;
  get(id: string): JobInfo;
  cancel(id: string): JobInfo;
  /** Resolves when the job has finished (tests and shutdown). */
  settled(id: string): Promise<JobInfo>;
  cancelAll(): Promise<void>;
  /** Jobs running now (alert digests wait for them). */
  running(): number;
}

export function createJobs(deps: { events: CoreEvents; clock: Clock; log: Logger }): Jobs {
  const jobs = new Map<string, { info: JobInfo; controller: AbortController; done: Promise<void> }>();

  const snapshot = (info: JobInfo): JobInfo => ({ ...info, results: [...info.results] });
  const emit = (info: JobInfo) =>
    deps.events.emit('job.progress', {
      id: info.id, kind: info.kind, status: info.status, total: info.total, done: info.done, failed: info.failed,
    });

  const prune = () => {
    const finished = [...jobs.values()].filter((j) => j.info.status !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(j.info.id);
  };

  const find = (id: string) => {
    const job = jobs.get(id);
    if (!job) throw new AppError('not_found', `job ${id} not found`, { field: 'id' });
    return job;
  };

  return {
    start(kind, items, work) {
      const controller = new AbortController();
      const info: JobInfo = {
        id: randomUUID(), kind, status: 'running', total: items.length, done: 0, failed: 0,
        started_at: deps.clock.now().toISOString(), finished_at: null, results: [], message: null,
      };
      const run = async () => {
        await Promise.all(
          items.map(async (item) => {
            try {
              const { result, failed } = await work(item, controller.signal);
              info.results.push(result);
              info.done++;
              if (failed) info.failed++;
              emit(info);
            } catch (err) {
              if (err instanceof Cancelled || controller.signal.aborted) return;
              info.done++;
              info.failed++;
              deps.log.error('job item failed', { job: info.id, error: err instanceof Error ? err.message : String(err) });
              emit(info);
            }
          }),
        );
        info.status = controller.signal.aborted ? 'cancelled' : 'done';
        info.finished_at = deps.clock.now().toISOString();
        emit(info);
        prune();
      };
      const done = run().catch((err: unknown) => {
        info.status = 'failed';
        info.message = err instanceof Error ? err.message : String(err);
        info.finished_at = deps.clock.now().toISOString();
        emit(info);
      });
      jobs.set(info.id, { info, controller, done });
      emit(info);
      return snapshot(info);
    },
    get: (id) => snapshot(find(id).info),
    cancel(id) {
      const job = find(id);
      if (job.info.status === 'running') job.controller.abort();
      return snapshot(job.info);
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
