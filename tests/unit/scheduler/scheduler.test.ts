// The scheduler with a fake clock and fake timers over a real SQLite file: rounds as jobs, the
// next run an hour after the last start, catch-up after a missed or interrupted round, wake-up
// after sleep, spreading over 45 minutes above 200 inboxes, waiting while offline, cancel.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newAccountRow } from '../../../electron/core/accounts/account-input';
import { createEvents } from '../../../electron/core/events';
import { createJobs, type Jobs } from '../../../electron/core/jobs/index';
import { silentLogger } from '../../../electron/core/log';
import { createPacer, createScheduler, dueSince, nextRound, spacingMs, type Scheduler } from '../../../electron/core/scheduler/index';
import { openStore, type Store } from '../../../electron/core/store/index';
import type { SchedulerRun } from '../../../shared/alerts';
import { accountCreateSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';
import { fakeTime, settle, type FakeTime } from '../../fixtures/fake-time';

const run = (over: Partial<SchedulerRun>): SchedulerRun => ({
  id: 'r', reason: 'scheduled', job_id: null, started_at: '2026-06-01T09:00:00.000Z', finished_at: '2026-06-01T09:02:00.000Z', status: 'done', total: 1, done: 1, failed: 0, ...over,
});
const T = Date.parse('2026-06-01T09:30:00Z');

describe('round planning (pure)', () => {
  it('spreads rounds over 200 inboxes evenly across 45 minutes', () => {
    expect([spacingMs(0), spacingMs(200), spacingMs(201), spacingMs(10_000)]).toEqual([0, 0, 13_432, 270]);
  });

  it('the next round starts an hour after the last one started; a missed one runs shortly', () => {
    expect(nextRound(null, T, 30_000)).toEqual({ at: T + 30_000, reason: 'scheduled', overdue: false });
    expect(nextRound(run({}), T, 30_000)).toEqual({ at: Date.parse('2026-06-01T10:00:00Z'), reason: 'scheduled', overdue: false });
    const later = Date.parse('2026-06-01T13:00:00Z');
    expect(nextRound(run({}), later, 30_000)).toEqual({ at: later + 30_000, reason: 'catch_up', overdue: true });
    expect(nextRound(run({ status: 'interrupted', finished_at: null }), T, 30_000)).toEqual({ at: T + 30_000, reason: 'catch_up', overdue: true });
    // A round that ran past its successor's time is no miss: the next one starts at once.
    expect(nextRound(run({ finished_at: '2026-06-01T10:10:00.000Z' }), Date.parse('2026-06-01T10:10:00Z'), 30_000).reason).toBe('scheduled');
  });

  it('due: a hand-started round checks everything, a scheduled one skips the last 10 minutes, a resumed one what it already did', () => {
    expect(dueSince('manual', T, null)).toBe(T);
    expect(dueSince('scheduled', T, null)).toBe(T - 600_000);
    expect(dueSince('catch_up', T, run({ status: 'interrupted', started_at: '2026-06-01T09:05:00.000Z' }))).toBe(Date.parse('2026-06-01T09:05:00Z'));
    expect(dueSince('catch_up', T, run({ status: 'interrupted', started_at: '2026-06-01T05:00:00.000Z' }))).toBe(T - 600_000);
  });

  it('the pacer releases callers in order, one spacing apart, and stops on cancel', async () => {
    const time = fakeTime('2026-06-01T09:00:00Z');
    const ctl = new AbortController();
    const pacer = createPacer(1000, time.timers, ctl.signal);
    const released: number[] = [];
    const turns = [0, 1, 2, 3].map((i) => pacer.next().then(() => released.push(i), () => released.push(-i)));
    await time.advance(0);
    expect(released).toEqual([0]);
    await time.advance(1000);
    expect(released).toEqual([0, 1]);
    await time.advance(1000);
    ctl.abort();
    await Promise.all(turns);
    expect(released).toEqual([0, 1, 2, -3]);
  });
});

describe('scheduler (fake clock)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let time: FakeTime;
  let jobs: Jobs;
  let scheduler: Scheduler;
  let online: boolean;
  const checked: string[] = [];

  async function addInboxes(n: number) {
    const now = time.clock.now().toISOString();
    const rows = Array.from({ length: n }, (_, i) => newAccountRow(randomUUID(), accountCreateSchema.parse(accountInput(i, { email: `s${i}-${randomUUID().slice(0, 6)}@sched.test` })), now));
    for (let i = 0; i < rows.length; i += 200) await store.db.insertInto('accounts').values(rows.slice(i, i + 200)).execute();
    return rows.map((r) => r.id);
  }
  const make = () =>
    createScheduler({
      db: store.db, clock: time.clock, jobs, log: silentLogger, timers: time.timers, isOnline: () => online,
      // A check writes the inbox's report, which is what "last checked" reads.
      checkInbox: async (id) => {
        checked.push(id);
        const at = time.clock.now().toISOString();
        await store.db.insertInto('reports').values({ account_id: id, report: '{}', created_at: at })
          .onConflict((oc) => oc.column('account_id').doUpdateSet({ created_at: at })).execute();
      },
    });

  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.dir);
    time = fakeTime('2026-06-01T09:00:00Z');
    jobs = createJobs({ events: createEvents(), clock: time.clock, log: silentLogger });
    online = true;
    checked.length = 0;
    scheduler = make();
  });
  afterEach(async () => {
    scheduler.stop();
    await jobs.cancelAll();
    await store.close();
    tmp.remove();
  });

  it('the first round runs shortly after start as a job; the next an hour after it started; fresh inboxes are skipped', async () => {
    await addInboxes(3);
    await scheduler.start();
    expect(await scheduler.status()).toMatchObject({ running: false, next_run_at: '2026-06-01T09:00:30.000Z', due: 3, overdue: false, last_run: null });
    await time.advance(30_000);
    await scheduler.settled();
    expect(checked).toHaveLength(3);
    const s = await scheduler.status();
    expect(s).toMatchObject({ running: false, next_run_at: '2026-06-01T10:00:30.000Z', due: 0, interval_minutes: 60 });
    expect(s.last_run).toMatchObject({ reason: 'scheduled', status: 'done', total: 3, done: 3, failed: 0, started_at: '2026-06-01T09:00:30.000Z' });
    expect(jobs.get(s.last_run!.job_id!)).toMatchObject({ kind: 'scheduler.check', status: 'done', total: 3 });

    const [late] = await addInboxes(1);
    await time.advance(60 * 60_000);
    await scheduler.settled();
    expect(checked).toHaveLength(7);
    expect(checked.at(-1)).not.toBe(late); // the new inbox was due first (never checked)
    expect(checked[3]).toBe(late);
  });

  it('a round missed while the app was closed runs at the next start; so does one the app quit in the middle of', async () => {
    const ids = await addInboxes(4);
    await store.db.insertInto('scheduler_runs').values({ ...run({ id: 'old', started_at: '2026-05-31T20:00:00.000Z', finished_at: '2026-05-31T20:01:00.000Z' }) }).execute();
    await scheduler.start();
    expect(await scheduler.status()).toMatchObject({ overdue: true, next_run_at: '2026-06-01T09:00:30.000Z' });
    await time.advance(30_000);
    expect((await scheduler.settled())?.reason).toBe('catch_up');
    expect(checked).toHaveLength(4);

    // Quit in the middle of a round at 09:40 that had checked two inboxes; restart at 09:50.
    scheduler.stop();
    checked.length = 0;
    await store.db.insertInto('scheduler_runs').values(run({ id: 'cut', started_at: '2026-06-01T09:40:00.000Z', finished_at: null, status: 'running' })).execute();
    time.clock.set('2026-06-01T09:41:00Z');
    await store.db.updateTable('reports').set({ created_at: '2026-06-01T09:41:00.000Z' }).where('account_id', 'in', ids.slice(0, 2)).execute();
    time.clock.set('2026-06-01T09:50:00Z');
    await store.db.updateTable('reports').set({ created_at: '2026-06-01T09:00:30.000Z' }).where('account_id', 'in', ids.slice(2)).execute();
    scheduler = make();
    await scheduler.start();
    expect((await scheduler.status()).overdue).toBe(true);
    await time.advance(30_000);
    const resumed = await scheduler.settled();
    expect(resumed).toMatchObject({ reason: 'catch_up', total: 2 });
    expect([...checked].sort()).toEqual(ids.slice(2).sort());
    const cut = await store.db.selectFrom('scheduler_runs').select('status').where('id', '=', 'cut').executeTakeFirstOrThrow();
    expect(cut.status).toBe('interrupted');
  });

  it('a round cut short by quitting the app is recorded as interrupted and the next start does the rest', async () => {
    await addInboxes(300);
    await scheduler.runNow();
    await time.advance(60_000);
    scheduler.stop();
    await jobs.cancelAll();
    const cut = await scheduler.settled();
    expect(cut).toMatchObject({ status: 'interrupted' });
    const before = checked.length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(300);

    time.clock.set('2026-06-01T09:05:00Z');
    jobs = createJobs({ events: createEvents(), clock: time.clock, log: silentLogger });
    scheduler = make();
    await scheduler.start();
    expect(await scheduler.status()).toMatchObject({ overdue: true, next_run_at: '2026-06-01T09:05:30.000Z' });
    await time.advance(30_000);
    expect((await scheduler.status()).last_run).toMatchObject({ reason: 'catch_up', total: 300 - before });
    await time.advance(46 * 60_000);
    expect(await scheduler.settled()).toMatchObject({ status: 'done', done: 300 - before });
    expect(new Set(checked).size).toBe(300);
  });

  it('after the computer sleeps past a round, waking runs it a minute later', async () => {
    await addInboxes(2);
    await scheduler.start();
    await time.advance(30_000);
    await scheduler.settled();
    time.clock.set('2026-06-01T14:00:00Z'); // asleep: no timer fired
    await scheduler.wake();
    expect(await scheduler.status()).toMatchObject({ overdue: true, next_run_at: '2026-06-01T14:01:00.000Z' });
    await time.advance(60_000);
    expect((await scheduler.settled())?.reason).toBe('catch_up');
    expect(checked).toHaveLength(4);
  });

  it('spreads 500 inboxes one every 5.4 s, so the round takes 45 minutes rather than one burst', async () => {
    await addInboxes(500);
    await scheduler.runNow();
    await time.advance(0);
    expect(checked).toHaveLength(1);
    await time.advance(54_000);
    expect(checked).toHaveLength(11);
    expect((await scheduler.status()).spacing_ms).toBe(5_400);
    await time.advance(45 * 60_000);
    expect((await scheduler.settled())).toMatchObject({ status: 'done', done: 500 });
  });

  it('waits while offline (hand-started rounds say so); cancel stops a round, which stays cancelled', async () => {
    await addInboxes(300);
    online = false;
    await scheduler.start();
    await time.advance(30_000);
    expect(await scheduler.status()).toMatchObject({ running: false, waiting_for_network: true, next_run_at: '2026-06-01T09:01:30.000Z' });
    await expect(scheduler.runNow()).rejects.toMatchObject({ code: 'unreachable' });
    online = true;
    await time.advance(60_000);
    const s = await scheduler.status();
    expect(s).toMatchObject({ running: true, waiting_for_network: false });
    await time.advance(60_000);
    jobs.cancel(s.last_run!.job_id!);
    const end = await scheduler.settled();
    expect(end?.status).toBe('cancelled');
    expect(end!.done).toBeLessThan(300);
    expect((await scheduler.runNow()).started).toBe(true); // a new round checks every inbox again
    const again = await scheduler.runNow();
    expect(again.started).toBe(false); // joins the running one
    await settle();
  });
});
