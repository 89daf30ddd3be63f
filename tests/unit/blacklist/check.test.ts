import { describe, expect, it } from 'vitest';
import { checkBlacklists, DNSBL_CATALOGUE, selectDnsbls } from '../../../electron/core/blacklist/index';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';

const IP = '203.0.113.7';
const REV = '7.113.0.203';

describe('checkBlacklists', () => {
  it('reports a 127.0.0.2 answer as a listing, with the list TXT reason', async () => {
    const zone = createMemoryZone({
      [`${REV}.bl.spamcop.net`]: { A: ['127.0.0.2'], TXT: ['Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7'] },
    });
    const r = await checkBlacklists({ ips: [IP], domains: [] }, zone, { lists: selectDnsbls(['spamcop', 'psbl']) });
    expect(r.listed).toBe(true);
    expect(r.status).toBe('error');
    expect(r.checked_lists).toBe(2);
    expect(r.clean_lists).toEqual(['PSBL']);
    expect(r.flagged_lists).toEqual([{
      list: 'SpamCop', list_id: 'spamcop', zone: 'bl.spamcop.net', target: IP, query: `${REV}.bl.spamcop.net`, answer: '127.0.0.2',
      meaning: expect.stringContaining('spam'), removal_url: 'https://www.spamcop.net/bl.shtml',
      reason: 'Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
    }]);
    expect(r.unknown_lists).toEqual([]);
  });

  it('treats Spamhaus 127.255.255.254 (public resolver blocked) as unknown, not listed', async () => {
    const zone = createMemoryZone({ [`${REV}.zen.spamhaus.org`]: { A: ['127.255.255.254'] } });
    const r = await checkBlacklists({ ips: [IP], domains: [] }, zone, { lists: selectDnsbls(['spamhaus-zen']) });
    expect(r.listed).toBe(false);
    expect(r.flagged_lists).toEqual([]);
    expect(r.status).toBe('unknown');
    expect(r.unknown_lists).toHaveLength(1);
    expect(r.unknown_lists[0]).toMatchObject({ list: 'Spamhaus ZEN', list_id: 'spamhaus-zen' });
    expect(r.unknown_lists[0]?.reason).toContain('public or open resolvers');
  });

  it('decodes each Spamhaus ZEN code in a multi-answer', async () => {
    const zone = createMemoryZone({ [`${REV}.zen.spamhaus.org`]: { A: ['127.0.0.4', '127.0.0.10'] } });
    const r = await checkBlacklists({ ips: [IP], domains: [] }, zone, { lists: selectDnsbls(['spamhaus-zen']), fetchReasons: false });
    expect(r.flagged_lists.map((f) => [f.answer, f.meaning.split(':')[0]])).toEqual([['127.0.0.4', 'XBL'], ['127.0.0.10', 'PBL (listed by the ISP)']]);
    expect(zone.asked).not.toContain(`TXT ${REV}.zen.spamhaus.org`);
  });

  it('turns a timeout into unknown with its reason, and keeps the status ok when other lists answered', async () => {
    const zone = createMemoryZone({}, { timeout: [`${REV}.b.barracudacentral.org`] });
    const r = await checkBlacklists({ ips: [IP], domains: [] }, zone, { lists: selectDnsbls(['barracuda', 'spamcop']) });
    expect(r.listed).toBe(false);
    expect(r.clean_lists).toEqual(['SpamCop']);
    expect(r.unknown_lists).toHaveLength(1);
    expect(r.unknown_lists[0]?.list).toBe('Barracuda BRBL');
    expect(r.unknown_lists[0]?.reason).toMatch(/timed out.*registered/);
    expect(r.status).toBe('ok');
  });

  it('distrusts answers outside 127.0.0.0/8 (a resolver that rewrites NXDOMAIN)', async () => {
    const zone = createMemoryZone({ [`${REV}.psbl.surriel.com`]: { A: ['198.51.100.1'] } });
    const r = await checkBlacklists({ ips: [IP], domains: [] }, zone, { lists: selectDnsbls(['psbl']) });
    expect(r.listed).toBe(false);
    expect(r.unknown_lists[0]?.reason).toContain('outside 127.0.0.0/8');
  });

  it('asks every IP list once per IP and reports all clean on NXDOMAIN', async () => {
    const zone = createMemoryZone({});
    const r = await checkBlacklists({ ips: [IP, ` ${IP} `], domains: [] }, zone);
    const ipLists = DNSBL_CATALOGUE.filter((l) => l.kind === 'ip');
    expect(r.checked_lists).toBe(ipLists.length);
    expect(r.clean_lists).toEqual(ipLists.map((l) => l.name));
    expect(zone.asked.sort()).toEqual(ipLists.map((l) => `A ${REV}.${l.zone}`).sort());
    expect(r.status).toBe('ok');
  });

  it('asks IPv6 only of lists that publish IPv6, and says which it skipped', async () => {
    const zone = createMemoryZone({});
    const r = await checkBlacklists({ ips: ['2001:db8::25'], domains: [] }, zone, { lists: selectDnsbls(['spamhaus-zen', 'spamcop']) });
    const nibbles = '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2';
    expect(zone.asked).toEqual([`A ${nibbles}.zen.spamhaus.org`]);
    expect(r.checked_lists).toBe(1);
    expect(r.skipped).toEqual([{ list: 'SpamCop', target: '2001:0db8:0000:0000:0000:0000:0000:0025', reason: expect.stringContaining('IPv4 listings only') }]);
  });

  it('checks domains: DBL listing, URIBL refusal (127.0.0.1) and SURBL bitmask', async () => {
    const zone = createMemoryZone({
      'example.co.uk.dbl.spamhaus.org': { A: ['127.0.1.2'] },
      'example.co.uk.multi.uribl.com': { A: ['127.0.0.1'] },
      'example.co.uk.multi.surbl.org': { A: ['127.0.0.72'] },
    });
    const r = await checkBlacklists({ ips: [], domains: ['Mail.Example.co.uk.'] }, zone, { lists: selectDnsbls(['spamhaus-dbl', 'uribl', 'surbl']), fetchReasons: false });
    // DBL is asked for the name and its registrable domain; URIBL/SURBL only the registrable domain.
    expect(zone.asked.sort()).toEqual([
      'A example.co.uk.dbl.spamhaus.org', 'A example.co.uk.multi.surbl.org', 'A example.co.uk.multi.uribl.com', 'A mail.example.co.uk.dbl.spamhaus.org',
    ]);
    expect(r.flagged_lists.map((f) => [f.list, f.target, f.meaning])).toEqual([
      ['Spamhaus DBL', 'example.co.uk', 'spam domain'],
      ['SURBL', 'example.co.uk', 'SURBL PH: phishing domain; SURBL ABUSE: spam domain'],
    ]);
    expect(r.unknown_lists.map((u) => u.list)).toEqual(['URIBL']);
    expect(r.unknown_lists[0]?.reason).toContain('refused');
  });

  it('skips targets that are not IPs or domains, and checks nothing when there is nothing to check', async () => {
    const r = await checkBlacklists({ ips: ['not-an-ip'], domains: ['localhost'] }, createMemoryZone({}));
    expect(r.checked_lists).toBe(0);
    expect(r.skipped.map((s) => s.target)).toEqual(['not-an-ip', 'localhost']);
    expect(r).toMatchObject({ listed: false, status: 'ok', clean_lists: [], flagged_lists: [], unknown_lists: [] });
  });
});
