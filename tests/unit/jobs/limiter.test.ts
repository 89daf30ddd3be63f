import { describe, expect, it } from 'vitest';
import { Cancelled, createLimiter } from '../../../electron/core/jobs/index';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('limiter', () => {
  it('never runs more than the per-host and overall limits at once, and runs everything', async () => {
    const limiter = createLimiter(() => ({ overall: 3, perHost: 2 }));
    let maxOverall = 0;
    const maxPerHost: Record<string, number> = {};
    const gates = Array.from({ length: 12 }, deferred);
    const hosts = ['smtp.gmail.com', 'smtp.gmail.com', 'smtp.office365.com'];
    const runs = gates.map((g, i) =>
      limiter.run(hosts[i % 3]!, async () => {
        const a = limiter.active();
        maxOverall = Math.max(maxOverall, a.overall);
        for (const [h, n] of Object.entries(a.perHost)) maxPerHost[h] = Math.max(maxPerHost[h] ?? 0, n);
        await g.promise;
        return i;
      }),
    );
    // Release in order, letting queued tasks start between releases.
    for (const g of gates) {
      g.resolve();
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(runs)).toEqual(gates.map((_, i) => i));
    expect(maxOverall).toBe(3);
    expect(maxPerHost['smtp.gmail.com']).toBe(2);
    expect(limiter.active().overall).toBe(0);
  });

  it('treats host names case-insensitively', async () => {
    const limiter = createLimiter(() => ({ overall: 10, perHost: 1 }));
    const g = deferred();
    const first = limiter.run('SMTP.gmail.com', () => g.promise);
    let secondStarted = false;
    const second = limiter.run('smtp.GMAIL.com', async () => {
      secondStarted = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(secondStarted).toBe(false);
    g.resolve();
    await Promise.all([first, second]);
    expect(secondStarted).toBe(true);
  });

  it('a cancelled waiter never starts and rejects with Cancelled', async () => {
    const limiter = createLimiter(() => ({ overall: 1, perHost: 1 }));
    const g = deferred();
    const running = limiter.run('h', () => g.promise);
    const controller = new AbortController();
    let started = false;
    const waiting = limiter.run('h', async () => {
      started = true;
    }, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(Cancelled);
    g.resolve();
    await running;
    expect(started).toBe(false);
  });

  it('frees the slot when a task throws', async () => {
    const limiter = createLimiter(() => ({ overall: 1, perHost: 1 }));
    await expect(limiter.run('h', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('h', async () => 'next')).toBe('next');
  });
});

describe('limiter slots are released on every path', () => {
  it('a task that throws before it returns a promise frees its slot (no hang after a few)', async () => {
    const limiter = createLimiter(() => ({ overall: 2, perHost: 1 }));
    for (let i = 0; i < 5; i++) {
      await expect(limiter.run('h', () => { throw new Error(`sync boom ${i}`); })).rejects.toThrow(`sync boom ${i}`);
    }
    expect(limiter.active()).toEqual({ overall: 0, perHost: {} });
    expect(await limiter.run('h', async () => 'still works')).toBe('still works');
  });
});
