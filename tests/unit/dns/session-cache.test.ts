// The per-audit DNS cache: one question per (name, type), shared in-flight promises, cached
// failures, and copies so callers cannot change each other's answers.
import { describe, expect, it } from 'vitest';
import { classifyDnsError, DnsError, withSessionCache, type DnsLookup } from '../../../electron/core/dns/index';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';

const zone = () =>
  createMemoryZone(
    { 'example.com': { A: ['192.0.2.1'], TXT: ['v=spf1 -all'] }, 'loop.example.com': { CNAME: ['loop.example.com'] } },
    { timeout: ['slow.example.com'] },
  );

describe('withSessionCache', () => {
  it('asks each (name, type) once, whatever the case or trailing dot', async () => {
    const z = zone();
    const s = withSessionCache(z);
    const names = ['example.com', 'EXAMPLE.com', 'example.com.'];
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => s.query(names[i % 3] ?? '', i % 2 ? 'A' : 'TXT')));
    expect(answers.filter((a) => a.records[0] === '192.0.2.1')).toHaveLength(15);
    expect(z.asked).toEqual(['TXT example.com', 'A example.com']);
    expect(s.counters()).toEqual({ questions: 2, cacheHits: 28 });
  });

  it('shares one in-flight question between concurrent callers', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const inner: DnsLookup = {
      async query() {
        calls += 1;
        await gate;
        return { rcode: 'NOERROR', records: [] };
      },
    };
    const s = withSessionCache(inner);
    const pending = [s.query('a.example', 'MX'), s.query('A.example', 'MX')];
    release();
    await Promise.all(pending);
    expect(calls).toBe(1);
  });

  it('a scope shares the cache and counts its own share, which the session counts too', async () => {
    const z = zone();
    const run = withSessionCache(z);
    const one = run.scope();
    const two = run.scope();
    await one.query('example.com', 'A');
    await two.query('example.com', 'A');
    await two.query('example.com', 'TXT');
    expect(z.asked).toEqual(['A example.com', 'TXT example.com']);
    expect(one.counters()).toEqual({ questions: 1, cacheHits: 0 });
    expect(two.counters()).toEqual({ questions: 1, cacheHits: 1 });
    expect(run.counters()).toEqual({ questions: 2, cacheHits: 1 });
  });

  it('keeps failures for the session', async () => {
    const z = zone();
    const s = withSessionCache(z);
    for (let i = 0; i < 3; i += 1) await expect(s.query('slow.example.com', 'TXT')).rejects.toBeInstanceOf(DnsError);
    expect(z.asked).toEqual(['TXT slow.example.com']);
    expect(s.counters()).toEqual({ questions: 1, cacheHits: 2 });
  });

  it('gives every caller its own copy of the records', async () => {
    const s = withSessionCache(zone());
    (await s.query('example.com', 'A')).records.push('203.0.113.9');
    expect((await s.query('example.com', 'A')).records).toEqual(['192.0.2.1']);
  });
});

describe('memory zone', () => {
  it('SERVFAILs a CNAME loop instead of recursing', async () => {
    await expect(zone().query('loop.example.com', 'A')).rejects.toMatchObject({ kind: 'servfail' });
  });
});

describe('classifyDnsError', () => {
  it('maps node:dns codes to answers and failure kinds', () => {
    expect(classifyDnsError('ENODATA')).toBe('NODATA');
    expect(classifyDnsError('ENOTFOUND')).toBe('NXDOMAIN');
    expect(classifyDnsError('ETIMEOUT')).toBe('timeout');
    expect(classifyDnsError('ESERVFAIL')).toBe('servfail');
    expect(classifyDnsError('EREFUSED')).toBe('refused');
    expect(classifyDnsError('ECONNREFUSED')).toBe('error');
    expect(classifyDnsError('EBADNAME')).toBe('error');
    expect(classifyDnsError(undefined)).toBe('error');
  });
});
