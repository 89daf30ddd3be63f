import { describe, expect, it } from 'vitest';
import { checkReverseDns, reverseName } from '../../../electron/core/auth-records/index';
import { checkBlacklists, DNSBLS } from '../../../electron/core/dnsbl/index';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';

const list = (id: string) => DNSBLS.find((l) => l.id === id)!;

describe('DNSBL catalogue', () => {
  it('has at least 12 lists, IP and domain lists, and no SORBS', () => {
    expect(DNSBLS.length).toBeGreaterThanOrEqual(12);
    expect(DNSBLS.some((l) => l.kind === 'ip')).toBe(true);
    expect(DNSBLS.some((l) => l.kind === 'domain')).toBe(true);
    expect(DNSBLS.some((l) => /sorbs/i.test(l.zone))).toBe(false);
    expect(new Set(DNSBLS.map((l) => l.zone)).size).toBe(DNSBLS.length);
    for (const l of DNSBLS) expect(l.removal_url).toMatch(/^https:\/\//);
  });

  it.each([
    ['spamhaus-zen', '127.0.0.2', 'listed', /SBL/],
    ['spamhaus-zen', '127.0.0.4', 'listed', /XBL/],
    ['spamhaus-zen', '127.0.0.10', 'listed', /PBL/],
    ['spamhaus-zen', '127.255.255.254', 'unknown', /public\/open resolvers/],
    ['spamhaus-zen', '127.255.255.255', 'unknown', /too many queries/],
    ['spamhaus-zen', '127.255.255.252', 'unknown', /typing error/],
    ['spamhaus-dbl', '127.0.1.4', 'listed', /phishing/],
    ['spamhaus-dbl', '127.255.255.254', 'unknown', /resolvers/],
    ['uribl', '127.0.0.1', 'unknown', /refused/],
    ['uribl', '127.0.0.6', 'listed', /black.*grey/],
    ['surbl', '127.0.0.24', 'listed', /phishing, malware/],
    ['spamrats', '127.0.0.37', 'listed', /NoPtr/],
    ['mailspike', '127.0.0.10', 'listed', /L5/],
  ])('%s answering %s → %s', (id, answer, kind, meaning) => {
    const d = list(id).decode(answer);
    expect(d.kind).toBe(kind);
    expect(d.kind === 'listed' ? d.meaning : d.reason).toMatch(meaning);
  });

  it('an answer outside 127/8 and a timeout are unknown, never listed; IPv6 senders are not queried on IP lists', async () => {
    const zone = createMemoryZone({ '2.2.0.192.bl.spamcop.net': { A: ['198.51.100.7'] } }, { timeout: ['2.2.0.192.psbl.surriel.com'] });
    const r = await checkBlacklists({ ips: ['192.0.2.2', '2001:db8::1'], domains: [] }, zone, { lists: [list('spamcop'), list('psbl')] });
    expect(r.listed).toBe(false);
    expect(r.unknown_lists.map((u) => u.list)).toEqual(['SpamCop', 'PSBL (Passive Spam Block List)']);
    expect(r.unknown_lists[0]!.reason).toMatch(/outside 127/);
    expect(r.unknown_lists[1]!.reason).toMatch(/timeout/);
    expect(zone.asked.some((q) => q.includes('ip6') || q.includes(':'))).toBe(false);
  });
});

describe('reverse DNS', () => {
  it('builds in-addr.arpa and ip6.arpa names', () => {
    expect(reverseName('192.0.2.1')).toBe('1.2.0.192.in-addr.arpa');
    expect(reverseName('2001:db8::1')).toBe('1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
  });

  it('confirms an IPv6 PTR that resolves back in another spelling', async () => {
    const zone = createMemoryZone({
      [reverseName('2001:db8::25')]: { PTR: ['mx.example.test'] },
      'mx.example.test': { AAAA: ['2001:0db8:0000:0000:0000:0000:0000:0025'] },
    });
    expect(await checkReverseDns('2001:db8::25', zone)).toMatchObject({ status: 'ok', forward_confirmed: true });
  });
});
