// The real resolver (node:dns) against dnsmasq on loopback: answers, NXDOMAIN vs NODATA,
// failures classified within the configured time, and the per-audit session cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver, DnsError, type DnsResolver } from '../../../electron/core/dns/index';
import { evaluateSpf } from '../../../electron/core/spf/index';
import { splitTxt, startDnsServer, type DnsTestServer } from '../../fixtures/dns/dnsmasq';

const LONG_SPF = `v=spf1 ${Array.from({ length: 140 }, (_, i) => `ip4:192.0.2.${i}`).join(' ')} -all`;

let dns: DnsTestServer;
let resolver: DnsResolver;

beforeAll(async () => {
  dns = await startDnsServer({
    records: {
      'example.test': {
        A: ['192.0.2.10', '192.0.2.11'],
        AAAA: ['2001:db8::10'],
        TXT: [['v=spf1 ', 'ip4:192.0.2.10 ', '-all'], 'google-site-verification=abc'],
        MX: [
          { exchange: 'mx1.example.test', priority: 10 },
          { exchange: 'mx2.example.test', priority: 20 },
        ],
      },
      'mx1.example.test': { A: ['192.0.2.20'] },
      'mx2.example.test': { A: ['192.0.2.21'] },
      'long.example.test': { TXT: [LONG_SPF] },
      'nullmx.example.test': { MX: [{ exchange: '.', priority: 0 }] },
      'cnamemx.example.test': { MX: [{ exchange: 'alias.example.test', priority: 5 }] },
      'alias.example.test': { CNAME: 'host.example.test' },
      'host.example.test': { A: ['192.0.2.30'] },
      '30.2.0.192.in-addr.arpa': { PTR: ['host.example.test'] },
      'quote.example.test': { TXT: ['say "hi", \\ then # not a comment'] },
    },
    timeout: ['slow.example.test'],
    servfail: ['broken.example.test'],
  });
  resolver = createDnsResolver({ servers: [dns.server], timeoutMs: 400, tries: 2 });
});

afterAll(async () => {
  await dns?.stop();
});

describe('answers', () => {
  it('returns A and AAAA addresses', async () => {
    expect((await resolver.query('example.test', 'A')).records.sort()).toEqual(['192.0.2.10', '192.0.2.11']);
    expect(await resolver.query('example.test', 'AAAA')).toEqual({ rcode: 'NOERROR', records: ['2001:db8::10'] });
  });

  it('joins the strings of one TXT record with nothing and keeps records apart', async () => {
    const txt = (await resolver.query('Example.Test.', 'TXT')).records.sort();
    expect(txt).toEqual(['google-site-verification=abc', 'v=spf1 ip4:192.0.2.10 -all']);
  });

  it('joins a TXT record of over 2,000 bytes sent as several 255-byte strings', async () => {
    expect(LONG_SPF.length).toBeGreaterThan(2000);
    expect(splitTxt(LONG_SPF).length).toBeGreaterThanOrEqual(8);
    expect(await resolver.query('long.example.test', 'TXT')).toEqual({ rcode: 'NOERROR', records: [LONG_SPF] });
  });

  it('keeps quotes, commas and backslashes in TXT text', async () => {
    expect((await resolver.query('quote.example.test', 'TXT')).records).toEqual(['say "hi", \\ then # not a comment']);
  });

  it('returns MX records, a null MX as an empty exchange, and an MX naming a CNAME as given', async () => {
    const mx = (await resolver.query('example.test', 'MX')).records.sort((a, b) => a.priority - b.priority);
    expect(mx).toEqual([
      { exchange: 'mx1.example.test', priority: 10 },
      { exchange: 'mx2.example.test', priority: 20 },
    ]);
    expect((await resolver.query('nullmx.example.test', 'MX')).records).toEqual([{ exchange: '', priority: 0 }]);
    expect((await resolver.query('cnamemx.example.test', 'MX')).records).toEqual([
      { exchange: 'alias.example.test', priority: 5 },
    ]);
    expect((await resolver.query('alias.example.test', 'A')).records).toEqual(['192.0.2.30']);
  });

  it('returns PTR and CNAME records', async () => {
    expect((await resolver.query('30.2.0.192.in-addr.arpa', 'PTR')).records).toEqual(['host.example.test']);
    expect((await resolver.query('alias.example.test', 'CNAME')).records).toEqual(['host.example.test']);
  });

  it('tells NXDOMAIN from NODATA', async () => {
    expect(await resolver.query('nothere.example.test', 'A')).toEqual({ rcode: 'NXDOMAIN', records: [] });
    expect(await resolver.query('host.example.test', 'TXT')).toEqual({ rcode: 'NOERROR', records: [] });
    expect(await resolver.query('host.example.test', 'MX')).toEqual({ rcode: 'NOERROR', records: [] });
  });
});

describe('failures', () => {
  const failure = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DnsError);
    return err as DnsError;
  };

  it('gives up on a name that never answers with a timeout error within timeoutMs × tries', async () => {
    const started = Date.now();
    const err = await failure(resolver.query('slow.example.test', 'TXT'));
    const took = Date.now() - started;
    expect(err.kind).toBe('timeout');
    expect(err.qname).toBe('slow.example.test');
    expect(err.qtype).toBe('TXT');
    expect(took).toBeGreaterThanOrEqual(300);
    expect(took).toBeLessThan(400 * 2 + 300);
  });

  it('classifies SERVFAIL', async () => {
    expect((await failure(resolver.query('broken.example.test', 'A'))).kind).toBe('servfail');
    expect((await failure(resolver.query('x.broken.example.test', 'TXT'))).kind).toBe('servfail');
  });

  it('classifies REFUSED (a zone this server does not serve, with no upstream)', async () => {
    expect((await failure(resolver.query('elsewhere.invalid', 'A'))).kind).toBe('refused');
  });

  it('classifies an unreachable server as an error, not an answer', async () => {
    const nobody = createDnsResolver({ servers: ['127.0.0.1:9'], timeoutMs: 300, tries: 1 });
    const err = await failure(nobody.query('example.test', 'A'));
    expect(['error', 'timeout']).toContain(err.kind);
  });
});

describe('session cache', () => {
  it('asks each question once when 50 audits ask the same 3 questions at once', async () => {
    const session = resolver.session();
    const before = resolver.counters();
    const questions = [
      ['example.test', 'TXT'],
      ['EXAMPLE.test.', 'MX'],
      ['_dmarc.example.test', 'TXT'],
    ] as const;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => questions.map(([n, t]) => session.query(i % 2 ? n : n.toLowerCase(), t))).flat(),
    );
    expect(answers).toHaveLength(150);
    expect(session.counters()).toEqual({ questions: 3, cacheHits: 147 });
    const after = resolver.counters();
    expect(after.questions - before.questions).toBe(3);
    expect(after.cacheHits - before.cacheHits).toBe(147);
    expect(answers[2]).toEqual({ rcode: 'NXDOMAIN', records: [] });
  });

  it('keeps failures for the session, and a new session asks again', async () => {
    const session = resolver.session();
    const started = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => session.query('slow.example.test', 'A')));
    expect(results.every((r) => r.status === 'rejected' && (r.reason as DnsError).kind === 'timeout')).toBe(true);
    await expect(session.query('slow.example.test', 'A')).rejects.toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(400 * 2 + 300);
    expect(session.counters()).toEqual({ questions: 1, cacheHits: 5 });
    const fresh = resolver.session();
    await fresh.query('example.test', 'A');
    expect(fresh.counters()).toEqual({ questions: 1, cacheHits: 0 });
  });

  it('without a session nothing is cached: only identical questions out at the same time share one', async () => {
    const before = resolver.counters().questions;
    await Promise.all([resolver.query('host.example.test', 'A'), resolver.query('HOST.example.test.', 'A')]);
    expect(resolver.counters().questions - before).toBe(1);
    await resolver.query('host.example.test', 'A');
    expect(resolver.counters().questions - before).toBe(2);
  });
});

describe('SPF over the real resolver', () => {
  it('evaluates records served by dnsmasq, including one split into many strings', async () => {
    const lookup = resolver.session();
    const ok = await evaluateSpf({ ip: '192.0.2.10', domain: 'example.test', lookup });
    expect(ok).toMatchObject({ result: 'pass', record: 'v=spf1 ip4:192.0.2.10 -all' });
    expect((await evaluateSpf({ ip: '192.0.2.139', domain: 'long.example.test', lookup })).result).toBe('pass');
    expect((await evaluateSpf({ ip: '203.0.113.1', domain: 'long.example.test', lookup })).result).toBe('fail');
    expect((await evaluateSpf({ ip: '192.0.2.10', domain: 'slow.example.test', lookup })).result).toBe('temperror');
    expect((await evaluateSpf({ ip: '192.0.2.10', domain: 'broken.example.test', lookup })).result).toBe('temperror');
    expect((await evaluateSpf({ ip: '192.0.2.10', domain: 'host.example.test', lookup })).result).toBe('none');
  });
});
