import { describe, expect, it } from 'vitest';
import { createEvents } from '../../../electron/core/events';
import { createJobs, createLimiter } from '../../../electron/core/jobs/index';
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

  it('an unknown job id is not_found', () => {
    const jobs = createJobs({ events: createEvents(), clock, log: silentLogger });
    expect(() => jobs.get('nope')).toThrow(AppError);
  });
});
