import { describe, expect, it } from 'vitest';
import { createEvents } from '../../../electron/core/events';
import { jobsHandlers } from '../../../electron/core/jobs/handlers';
import { createJobs, createLimiter } from '../../../electron/core/jobs/index';
import { jobGetSchema } from '../../../shared/validation';
import { silentLogger } from '../../../electron/core/log';
import { AppError } from '../../../shared/errors';

const clock = { now: () => new Date('2026-11-23T10:00:00Z') };

describe('jobs', () => {
  it('reports progress for each item and finishes with results and failures counted', async () => {
    const events = createEvents();
    const seen: { done: number; status: string }[] = [];
    events.on('job.progress', (e) => seen.push({ done: e.done, status: e.status }));
    const jobs = createJobs({ events, clock, log: silentLogger });
    const job = jobs.start('accounts.test', [1, 2, 3, 4], async (n) => ({ result: n * 10, failed: n % 2 === 0 }));
    expect(job.status).toBe('running');
    const end = await jobs.settled(job.id);
    expect(end).toMatchObject({ status: 'done', total: 4, done: 4, failed: 2 });
    expect([...(end.results as number[])].sort((a, b) => a - b)).toEqual([10, 20, 30, 40]);
    expect(seen[0]).toEqual({ done: 0, status: 'running' });
    expect(seen.at(-1)).toEqual({ done: 4, status: 'done' });
  });

  it('cancel stops items that have not started and ends as cancelled', async () => {
    const jobs = createJobs({ events: createEvents(), clock, log: silentLogger });
    const limiter = createLimiter(() => ({ overall: 1, perHost: 1 }));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    const job = jobs.start('accounts.test', [1, 2, 3, 4, 5], (n, signal) =>
      limiter.run('h', async () => {
        started++;
        if (n === 1) await gate;
        return { result: n, failed: false };
      }, signal),
    );
    await new Promise((r) => setImmediate(r));
    jobs.cancel(job.id);
    release();
    const end = await jobs.settled(job.id);
    expect(end.status).toBe('cancelled');
    expect(started).toBe(1);
    expect(end.done).toBe(1);
  });

  it('a throwing item counts as failed without stopping the others', async () => {
    const jobs = createJobs({ events: createEvents(), clock, log: silentLogger });
    const job = jobs.start('accounts.test', [1, 2], async (n) => {
      if (n === 1) throw new Error('boom');
      return { result: n, failed: false };
    });
    expect(await jobs.settled(job.id)).toMatchObject({ status: 'done', done: 2, failed: 1 });
  });

  it('keeps at most `concurrency` items in flight, runs them all, and sends progress in steps', async () => {
    const events = createEvents();
    let progressEvents = 0;
    events.on('job.progress', () => progressEvents++);
    const jobs = createJobs({ events, clock, log: silentLogger });
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const job = jobs.start('accounts.test', items, async (n) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      return { result: n, failed: false };
    }, { concurrency: 20 });
    const end = await jobs.settled(job.id);
    expect(end).toMatchObject({ status: 'done', total: 5000, done: 5000 });
    expect(most).toBe(20);
    // One event per 0.5 % of the work (plus start and end), not one per item.
    expect(progressEvents).toBeLessThanOrEqual(203);
  });

  it('jobs.get leaves the item results out unless asked (a 10,000-inbox test would copy them all)', async () => {
    const jobs = createJobs({ events: createEvents(), clock, log: silentLogger });
    const handlers = jobsHandlers(jobs);
    const job = jobs.start('accounts.test', [1, 2, 3], async (n) => ({ result: { n }, failed: false }));
    await jobs.settled(job.id);
    const plain = await handlers['jobs.get'](jobGetSchema.parse({ id: job.id }));
    expect(plain).toMatchObject({ status: 'done', done: 3, results: [] });
    const full = await handlers['jobs.get'](jobGetSchema.parse({ id: job.id, include_results: true }));
    expect(full.results).toHaveLength(3);
    expect((await handlers['jobs.cancel']({ id: job.id })).results).toEqual([]);
    expect(jobGetSchema.safeParse({ id: job.id, include_results: 'yes' }).success).toBe(false);
  });

  it('an unknown job id is not_found', () => {
    const jobs = createJobs({ events: createEvents(), clock, log: silentLogger });
    expect(() => jobs.get('nope')).toThrow(AppError);
  });
});

describe('jobs that walk their own items (run)', () => {
  it('sets the total late, sends progress in steps, keeps failures and ends with the task’s result', async () => {
    const events = createEvents();
    const seen: number[] = [];
    events.on('job.progress', (e) => seen.push(e.done));
    const jobs = createJobs({ events, clock, log: silentLogger });
    const job = jobs.run('accounts.import', 0, async (ctx) => {
      ctx.setTotal(1000);
      for (let i = 0; i < 1000; i++) ctx.advance(1, i === 7 ? 1 : 0, i === 7 ? [{ id: 'x', email: null, reason: 'bad' }] : []);
      return { job_id: null, total: 1000, changed: 999, failed: 1, failures: [] };
    });
    const end = await jobs.settled(job.id);
    expect(end).toMatchObject({ status: 'done', total: 1000, done: 1000, failed: 1, results: [{ id: 'x', email: null, reason: 'bad' }] });
    expect(end.result).toMatchObject({ changed: 999 });
    // At most one event per 0.5 % of the work, plus start, total and end.
    expect(seen.length).toBeLessThanOrEqual(204);
    expect(seen.at(-1)).toBe(1000);
  });

  it('cancel is seen by the task, which returns what it did; the job ends cancelled', async () => {
    const jobs = createJobs({ events: createEvents(), clock, log: silentLogger });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const job = jobs.run('accounts.setStatus', 10, async (ctx) => {
      let done = 0;
      for (let i = 0; i < 10 && !ctx.signal.aborted; i++) {
        if (i === 3) await gate;
        done++;
        ctx.advance(1);
      }
      return { job_id: null, total: 10, changed: done, failed: 0, failures: [] };
    });
    await new Promise((r) => setImmediate(r));
    jobs.cancel(job.id);
    release();
    const end = await jobs.settled(job.id);
    expect(end.status).toBe('cancelled');
    expect(end.result).toMatchObject({ changed: 4 });
  });

  it('a task that throws fails the job with a user-facing message only for AppErrors', async () => {
    const jobs = createJobs({ events: createEvents(), clock, log: silentLogger });
    const a = jobs.run('accounts.import', 1, async () => {
      throw new AppError('invalid_input', 'The file changed while importing');
    });
    expect(await jobs.settled(a.id)).toMatchObject({ status: 'failed', message: 'The file changed while importing', result: null });
    const b = jobs.run('accounts.import', 1, async () => {
      throw new Error('SQLITE_FULL: secret detail');
    });
    expect((await jobs.settled(b.id)).message).toBe('The job stopped on an unexpected error; the log has details.');
  });
});
