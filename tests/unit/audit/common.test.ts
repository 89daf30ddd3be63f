import { describe, expect, it } from 'vitest';
import { mapLimit, statusOf, worst } from '../../../electron/core/audit/index';
import { parseTagList } from '../../../electron/core/audit/common';

describe('audit helpers', () => {
  it('ranks statuses and findings', () => {
    expect(worst([])).toBe('ok');
    expect(worst(['ok', 'unknown'])).toBe('unknown');
    expect(worst(['unknown', 'warning', 'ok'])).toBe('warning');
    expect(worst(['warning', 'error'])).toBe('error');
    const warn = { severity: 'warning' as const, code: 'w', message: 'w' };
    const err = { severity: 'error' as const, code: 'e', message: 'e' };
    expect(statusOf([warn])).toBe('warning');
    expect(statusOf([warn], true)).toBe('unknown');
    expect(statusOf([warn, err], true)).toBe('error');
  });

  it('parses tag lists, reporting duplicates and junk', () => {
    const t = parseTagList(' v=DKIM1 ;K=rsa; p=ab\r\n cd;; junk ; k=ed25519 ;');
    expect(Object.fromEntries(t.tags)).toEqual({ v: 'DKIM1', k: 'rsa', p: 'ab cd' });
    expect(t.order).toEqual(['v', 'k', 'p']);
    expect(t.errors).toEqual(['"junk" is not a tag=value pair', 'tag k= appears more than once']);
  });

  it('maps with bounded concurrency, keeping order', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, n));
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
