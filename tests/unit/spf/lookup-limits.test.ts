// The 10-lookup limit, per-include costs, the void-lookup limit, include loops and record
// problems, for both evaluation and static analysis.
import { describe, expect, it } from 'vitest';
import { analyzeSpfRecord, evaluateSpf } from '../../../electron/core/spf/index';
import { createMemoryZone, type ZoneRecords } from '../../fixtures/dns/memory-zone';

const txt = (record: string) => ({ TXT: [record] });

// example.com: include:a (1 + 4) include:b (1 + 3) mx a → 11 lookups in all.
const ELEVEN: ZoneRecords = {
  'example.com': { ...txt('v=spf1 include:a.example.net include:b.example.net mx a -all'), MX: [{ exchange: 'mx.example.com', priority: 10 }], A: ['192.0.2.1'] },
  'mx.example.com': { A: ['192.0.2.2'] },
  'a.example.net': txt('v=spf1 a:h1.example.net a:h2.example.net mx:m.example.net include:c.example.net ~all'),
  'c.example.net': txt('v=spf1 ip4:198.51.100.0/24 -all'),
  'b.example.net': txt('v=spf1 a:h1.example.net a:h2.example.net a:h3.example.net ~all'),
  'h1.example.net': { A: ['203.0.113.1'] },
  'h2.example.net': { A: ['203.0.113.2'] },
  'h3.example.net': { A: ['203.0.113.3'] },
  'm.example.net': { MX: [{ exchange: 'h3.example.net', priority: 0 }] },
};

describe('the 10-lookup limit', () => {
  it('returns permerror on the 11th lookup and says where', async () => {
    const r = await evaluateSpf({ ip: '192.0.2.99', sender: 'a@example.com', lookup: createMemoryZone(ELEVEN) });
    expect(r.result).toBe('permerror');
    expect(r.lookups).toBe(11);
    expect(r.record).toMatch(/^v=spf1 include:a\.example\.net/);
    expect(r.problems.join('\n')).toMatch(/More than 10 DNS lookups \(reached at example\.com: a\)/);
  });

  it('passes at exactly 10 lookups', async () => {
    const zone = { ...ELEVEN, 'example.com': { ...ELEVEN['example.com'], ...txt('v=spf1 include:a.example.net include:b.example.net mx -all') } };
    const r = await evaluateSpf({ ip: '192.0.2.2', sender: 'a@example.com', lookup: createMemoryZone(zone) });
    expect(r).toMatchObject({ result: 'pass', lookups: 10 });
    expect(r.path).toEqual(['example.com: mx matched']);
  });

  it('does not count terms after the one that matched', async () => {
    const r = await evaluateSpf({ ip: '203.0.113.1', sender: 'a@example.com', lookup: createMemoryZone(ELEVEN) });
    expect(r.result).toBe('pass');
    expect(r.lookups).toBe(2);
    expect(r.path).toEqual(['example.com: include:a.example.net', 'a.example.net: a:h1.example.net matched']);
  });

  it('analysis gives each include its cost and the total', async () => {
    const a = await analyzeSpfRecord('example.com', createMemoryZone(ELEVEN));
    expect(a.status).toBe('ok');
    expect(a.lookups).toBe(11);
    expect(a.includes).toEqual([
      { term: 'include:a.example.net', domain: 'a.example.net', lookups: 5 },
      { term: 'include:b.example.net', domain: 'b.example.net', lookups: 4 },
    ]);
    expect(a.problems).toContain(
      "example.com's SPF record needs 11 DNS lookups; receivers stop at 10 (permerror). include:a.example.net costs 5, include:b.example.net costs 4",
    );
  });

  it('counts a redirect and what its target pulls in', async () => {
    const zone = createMemoryZone({
      'example.org': txt('v=spf1 ip4:192.0.2.0/24 redirect=_spf.example.org'),
      '_spf.example.org': txt('v=spf1 include:c.example.net mx ~all'),
      'c.example.net': txt('v=spf1 ip4:198.51.100.0/24 -all'),
    });
    const a = await analyzeSpfRecord('example.org', zone);
    expect(a.includes).toEqual([{ term: 'redirect=_spf.example.org', domain: '_spf.example.org', lookups: 3 }]);
    expect(a.lookups).toBe(3);
  });
});

describe('void lookups', () => {
  it('permerrors on the third lookup that finds nothing', async () => {
    const zone = createMemoryZone({ 'example.com': txt('v=spf1 a:n1.example.com a:n2.example.com a:n3.example.com -all') });
    const r = await evaluateSpf({ ip: '192.0.2.1', sender: 'a@example.com', lookup: zone });
    expect(r).toMatchObject({ result: 'permerror', voidLookups: 3, lookups: 3 });
  });

  it('allows two', async () => {
    const zone = createMemoryZone({ 'example.com': txt('v=spf1 a:n1.example.com a:n2.example.com -all') });
    const r = await evaluateSpf({ ip: '192.0.2.1', sender: 'a@example.com', lookup: zone });
    expect(r).toMatchObject({ result: 'fail', voidLookups: 2 });
  });
});

describe('include loops', () => {
  const LOOP: ZoneRecords = {
    'example.com': txt('v=spf1 include:a.example.com -all'),
    'a.example.com': txt('v=spf1 ip4:192.0.2.1 include:b.example.com ~all'),
    'b.example.com': txt('v=spf1 include:A.example.com. ~all'),
  };

  it('end in permerror without recursing forever', async () => {
    const zone = createMemoryZone(LOOP);
    const r = await evaluateSpf({ ip: '192.0.2.9', sender: 'x@example.com', lookup: zone });
    expect(r.result).toBe('permerror');
    expect(r.problems).toContain('Include/redirect loop: example.com → a.example.com → b.example.com → a.example.com');
    expect(zone.asked.length).toBeLessThan(10);
  });

  it('a match before the loop is reached still decides', async () => {
    const r = await evaluateSpf({ ip: '192.0.2.1', sender: 'x@example.com', lookup: createMemoryZone(LOOP) });
    expect(r.result).toBe('pass');
  });

  it('are reported by analysis', async () => {
    const a = await analyzeSpfRecord('example.com', createMemoryZone(LOOP));
    expect(a.loops).toEqual(['example.com → a.example.com → b.example.com → a.example.com']);
    expect(a.problems.join('\n')).toMatch(/Include loop/);
  });

  it('a redirect to itself is a permerror', async () => {
    const zone = createMemoryZone({ 'example.com': txt('v=spf1 redirect=example.com') });
    expect((await evaluateSpf({ ip: '192.0.2.9', sender: 'x@example.com', lookup: zone })).result).toBe('permerror');
  });
});

describe('record problems', () => {
  it('flags +all even though the result is pass', async () => {
    const zone = createMemoryZone({ 'example.com': txt('v=spf1 mx +all') });
    const r = await evaluateSpf({ ip: '203.0.113.7', sender: 'x@example.com', lookup: zone });
    expect(r.result).toBe('pass');
    expect(r.problems.join('\n')).toMatch(/"\+all" lets every server on the internet pass/);
    const a = await analyzeSpfRecord('example.com', zone);
    expect(a.problems.join('\n')).toMatch(/"\+all" lets every server/);
  });

  it('flags all without a qualifier the same way', async () => {
    const zone = createMemoryZone({ 'example.com': txt('v=spf1 all') });
    expect((await analyzeSpfRecord('example.com', zone)).problems.join('\n')).toMatch(/"all" lets every server/);
  });

  it('does not flag ~all or -all', async () => {
    const zone = createMemoryZone({ 'example.com': txt('v=spf1 ip4:192.0.2.1 ~all') });
    expect((await analyzeSpfRecord('example.com', zone)).problems).toEqual([]);
  });

  it('reports no record, several records and syntax errors', async () => {
    const zone = createMemoryZone({
      'none.example': txt('google-site-verification=x'),
      'two.example': { TXT: ['v=spf1 include:_spf.google.com ~all', 'v=spf1 ip4:192.0.2.1 -all'] },
      'bad.example': txt('v=spf1 ip4:192.0.2.300 -all'),
    });
    expect(await analyzeSpfRecord('none.example', zone)).toMatchObject({ status: 'none', lookups: 0 });
    const two = await analyzeSpfRecord('two.example', zone);
    expect(two).toMatchObject({ status: 'multiple', records: ['v=spf1 include:_spf.google.com ~all', 'v=spf1 ip4:192.0.2.1 -all'], providers: ['google'] });
    expect(two.record).toBeUndefined();
    const bad = await analyzeSpfRecord('bad.example', zone);
    expect(bad.status).toBe('invalid');
    expect(bad.problems.join('\n')).toMatch(/192\.0\.2\.300/);
    const r = await evaluateSpf({ ip: '192.0.2.1', domain: 'two.example', lookup: zone });
    expect(r.result).toBe('permerror');
    expect(r.problems.join('\n')).toMatch(/2 SPF records/);
  });
});
