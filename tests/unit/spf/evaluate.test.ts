// check_host() behaviour beyond the conformance suite: DNS failures, the decision path,
// IPv6 and IPv4-mapped clients, null MX and MX via CNAME, and the macro helpers.
import { describe, expect, it } from 'vitest';
import { evaluateSpf } from '../../../electron/core/spf/index';
import { parseIp, readableIp, reverseName } from '../../../electron/core/spf/ip';
import { expandMacros, parseMacroString, SpfSyntaxError, truncateDomain } from '../../../electron/core/spf/macro';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';

const zone = createMemoryZone(
  {
    'example.com': {
      TXT: ['v=spf1 include:_spf.example.com mx ip6:2001:db8::/32 -all exp=why.example.com'],
      MX: [
        { exchange: '', priority: 0 },
        { exchange: 'alias.example.com', priority: 10 },
      ],
    },
    '_spf.example.com': { TXT: ['v=spf1 ip4:192.0.2.0/28 ~all'] },
    'alias.example.com': { CNAME: ['host.example.com'] },
    'host.example.com': { A: ['198.51.100.7'] },
    'why.example.com': { TXT: ['%{c} may not send for %{d} (%{v}, %{ir})'] },
    'slow.example.com': { TXT: ['v=spf1 include:timeout.example.net -all'] },
    'broken.example.com': { TXT: ['v=spf1 a:servfail.example.net -all'] },
  },
  { timeout: ['timeout.example.net'], servfail: ['servfail.example.net'] },
);

describe('evaluateSpf', () => {
  it('passes through an include and says so in the path', async () => {
    const r = await evaluateSpf({ ip: '192.0.2.5', sender: 'me@example.com', helo: 'mail.example.com', lookup: zone });
    expect(r).toMatchObject({ result: 'pass', lookups: 1, voidLookups: 0, problems: [] });
    expect(r.record).toBe('v=spf1 include:_spf.example.com mx ip6:2001:db8::/32 -all exp=why.example.com');
    expect(r.path).toEqual(['example.com: include:_spf.example.com', '_spf.example.com: ip4:192.0.2.0/28 matched']);
  });

  it('skips a null MX and follows an MX that names a CNAME', async () => {
    const r = await evaluateSpf({ ip: '198.51.100.7', domain: 'example.com', lookup: zone });
    expect(r.result).toBe('pass');
    expect(r.path).toEqual(['example.com: mx matched']);
  });

  it('treats an IPv4-mapped IPv6 client as IPv4', async () => {
    expect((await evaluateSpf({ ip: '::ffff:192.0.2.5', domain: 'example.com', lookup: zone })).result).toBe('pass');
  });

  it('fails with the domain owner explanation, expanded', async () => {
    const r = await evaluateSpf({ ip: '2001:db9::1', sender: 'me@example.com', lookup: zone });
    expect(r.result).toBe('fail');
    expect(r.explanation).toBe(
      '2001:db9::1 may not send for example.com (ip6, 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.9.b.d.0.1.0.0.2)',
    );
    expect(r.path).toEqual(['example.com: -all matched']);
    expect((await evaluateSpf({ ip: '2001:db8::1', sender: 'me@example.com', lookup: zone })).result).toBe('pass');
  });

  it('gives temperror when a lookup times out or SERVFAILs', async () => {
    const slow = await evaluateSpf({ ip: '192.0.2.5', domain: 'slow.example.com', lookup: zone });
    expect(slow.result).toBe('temperror');
    expect(slow.path).toEqual(['slow.example.com: include:timeout.example.net', 'timeout.example.net: DNS TXT lookup for timeout.example.net failed (timeout)']);
    const broken = await evaluateSpf({ ip: '192.0.2.5', domain: 'broken.example.com', lookup: zone });
    expect(broken.result).toBe('temperror');
    expect(broken.path.join(' ')).toMatch(/servfail/);
  });

  it('gives none for a domain without a record and for a malformed domain', async () => {
    expect((await evaluateSpf({ ip: '192.0.2.5', domain: 'host.example.com', lookup: zone })).result).toBe('none');
    expect((await evaluateSpf({ ip: '192.0.2.5', domain: 'localhost', lookup: zone })).result).toBe('none');
    expect((await evaluateSpf({ ip: '192.0.2.5', sender: `a@${'x'.repeat(64)}.com`, lookup: zone })).result).toBe('none');
  });

  it('rejects an input that is not an IP address without asking DNS', async () => {
    const z = createMemoryZone({});
    const r = await evaluateSpf({ ip: 'not-an-ip', domain: 'example.com', lookup: z });
    expect(r.result).toBe('permerror');
    expect(z.asked).toEqual([]);
  });
});

describe('addresses and macros', () => {
  it('parses IPv6 with an embedded IPv4 tail and writes it back compressed', () => {
    const ip = parseIp('CAFE:BABE::192.168.218.40');
    expect(ip?.family).toBe(6);
    expect(readableIp(ip!)).toBe('cafe:babe::c0a8:da28');
    expect(readableIp(parseIp('2001:db8:0:0:1:0:0:1')!)).toBe('2001:db8::1:0:0:1');
    expect(reverseName(parseIp('192.0.2.4')!)).toBe('4.2.0.192.in-addr.arpa');
    expect(parseIp('01.2.3.4')).toBeNull();
  });

  it('expands transformers, delimiters and URL escaping', async () => {
    const ctx = {
      sender: 'strong-bad@email.example.com',
      local: 'strong-bad',
      senderDomain: 'email.example.com',
      domain: 'email.example.com',
      ip: parseIp('192.0.2.3')!,
      helo: 'mx.example.org',
      receiver: 'checker.example.net',
      now: new Date('2026-01-01T00:00:00Z'),
      validatedName: async () => 'unknown',
    };
    const x = (s: string, explanation = false) => expandMacros(parseMacroString(s, { explanation }), ctx);
    expect(await x('%{s}')).toBe('strong-bad@email.example.com');
    expect(await x('%{d4}')).toBe('email.example.com');
    expect(await x('%{d2}')).toBe('example.com');
    expect(await x('%{dr}')).toBe('com.example.email');
    expect(await x('%{d2r}')).toBe('example.email');
    expect(await x('%{l-}')).toBe('strong.bad');
    expect(await x('%{lr-}')).toBe('bad.strong');
    expect(await x('%{ir}.%{v}._spf.%{d2}')).toBe('3.2.0.192.in-addr._spf.example.com');
    expect(await x('%{S}')).toBe('strong-bad%40email.example.com');
    expect(await x('%%%_%-')).toBe('% %20');
    expect(await x('%{r} at %{t}', true)).toBe(`checker.example.net at ${Date.parse('2026-01-01T00:00:00Z') / 1000}`);
  });

  it('rejects bad macros and letters allowed only in explanations', () => {
    expect(() => parseMacroString('%{x}')).toThrow(SpfSyntaxError);
    expect(() => parseMacroString('%(ir)')).toThrow(SpfSyntaxError);
    expect(() => parseMacroString('foo%')).toThrow(SpfSyntaxError);
    expect(() => parseMacroString('%{c}')).toThrow(SpfSyntaxError);
    expect(() => parseMacroString('%{d0}')).toThrow(SpfSyntaxError);
    expect(() => parseMacroString('a b')).toThrow(SpfSyntaxError);
    expect(() => parseMacroString('a %{c}', { explanation: true })).not.toThrow();
  });

  it('truncates a long domain from the left', () => {
    const long = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example.com`;
    expect(truncateDomain(long)).toBe(`${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example.com`);
  });
});
