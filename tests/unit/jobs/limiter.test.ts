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

describe('limiter at bulk scale', () => {
  it('does constant work per release however many wait (10,000 waiters on one host)', async () => {
    let looks = 0;
    const limiter = createLimiter(() => {
      looks++;
      return { overall: 4, perHost: 1 };
    });
    const n = 10_000;
    const runs = Array.from({ length: n }, (_, i) => limiter.run('smtp.gmail.com', async () => i));
    expect(await Promise.all(runs)).toEqual(runs.map((_, i) => i));
    // A rescan of the waiting list per release would look at the limits ~n²/2 times.
    expect(looks).toBeLessThan(4 * n);
  });

  it('keeps arrival order among waiters that may start: a blocked host\'s oldest goes first when it frees', async () => {
    const limiter = createLimiter(() => ({ overall: 2, perHost: 1 }));
    const order: string[] = [];
    const gates = new Map<string, ReturnType<typeof deferred>>();
    const run = (host: string, name: string) => {
      const g = deferred();
      gates.set(name, g);
      return limiter.run(host, async () => {
        order.push(name);
        await g.promise;
      });
    };
    const all = [run('a', 'a1'), run('a', 'a2'), run('b', 'b1'), run('a', 'a3'), run('c', 'c1')];
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['a1', 'b1']);
    gates.get('a1')!.resolve();
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['a1', 'b1', 'a2']);
    gates.get('b1')!.resolve();
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['a1', 'b1', 'a2', 'c1']);
    gates.get('a2')!.resolve();
    await new Promise((r) => setImmediate(r));
    for (const g of gates.values()) g.resolve();
    await Promise.all(all);
    expect(order).toEqual(['a1', 'b1', 'a2', 'c1', 'a3']);
  });
});
