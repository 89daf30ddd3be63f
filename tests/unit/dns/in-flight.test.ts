// The gate behind the resolver's bound on DNS questions in flight.
import { describe, expect, it } from 'vitest';
import { createInFlightGate } from '../../../electron/core/dns/in-flight';

const deferred = () => {
  let resolve!: (v: number) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<number>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('createInFlightGate', () => {
  it('runs at most the bound at once, the rest first come first served', async () => {
    const gate = createInFlightGate(2);
    const tasks = Array.from({ length: 5 }, () => deferred());
    const started: number[] = [];
    const results = tasks.map((t, i) => gate.run(() => (started.push(i), t.promise)));
    expect(started).toEqual([0, 1]);
    tasks[1]!.resolve(1);
    await results[1];
    expect(started).toEqual([0, 1, 2]);
    tasks[0]!.resolve(0);
    tasks[2]!.resolve(2);
    await Promise.all([results[0], results[2]]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    tasks[3]!.resolve(3);
    tasks[4]!.resolve(4);
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
    expect(gate.inFlight()).toEqual({ now: 0, peak: 2 });
  });

  it('gives the slot back when a question fails or throws at once', async () => {
    const gate = createInFlightGate(1);
    await expect(gate.run(() => Promise.reject(new Error('servfail')))).rejects.toThrow('servfail');
    await expect(gate.run(() => { throw new Error('bad name'); })).rejects.toThrow('bad name');
    expect(await gate.run(async () => 7)).toBe(7);
    expect(gate.inFlight().now).toBe(0);
  });

  it('waits in constant time per question: 20,000 queued behind a bound of 1', async () => {
    const gate = createInFlightGate(1);
    let done = 0;
    await Promise.all(Array.from({ length: 20_000 }, () => gate.run(async () => void done++)));
    expect(done).toBe(20_000);
    expect(gate.inFlight()).toEqual({ now: 0, peak: 1 });
  });
});
