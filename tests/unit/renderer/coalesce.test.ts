// Change events from a check of many inboxes: one refetch per window, never one per event.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '../../../renderer/src/coalesce';

describe('coalesced refetches', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns 1,000 events in a burst into one flush of the union of their keys, at the end of the window', () => {
    const flushes: string[][] = [];
    const c = coalesce<string>((keys) => flushes.push(keys), 500);
    for (let i = 0; i < 1000; i++) c.add(i % 2 ? ['accounts', 'overview'] : ['domains', 'overview']);
    expect(flushes).toEqual([]);
    vi.advanceTimersByTime(499);
    expect(flushes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(flushes).toEqual([['domains', 'overview', 'accounts']]);
  });

  it('flushes at most once per window while events keep coming, and never loses the last one', () => {
    const flushes: string[][] = [];
    const c = coalesce<string>((keys) => flushes.push(keys), 500);
    // One event every 100 ms for 2 s.
    for (let t = 0; t < 2000; t += 100) {
      c.add([t === 1900 ? 'alerts' : 'accounts']);
      vi.advanceTimersByTime(100);
    }
    expect(flushes.length).toBe(4);
    vi.advanceTimersByTime(500);
    expect(flushes.length).toBe(4);
    expect(flushes.at(-1)).toContain('alerts');
    vi.advanceTimersByTime(5000);
    expect(flushes.length).toBe(4);
  });

  it('drops what is pending when cancelled (the app unmounted)', () => {
    const flush = vi.fn();
    const c = coalesce<string>(flush, 500);
    c.add(['accounts']);
    c.cancel();
    vi.advanceTimersByTime(1000);
    expect(flush).not.toHaveBeenCalled();
  });
});
