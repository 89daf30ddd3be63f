import { describe, expect, it } from 'vitest';
import { canonicalIp, checkReverseDns, reverseDnsName } from '../../../electron/core/audit/index';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('checkReverseDns', () => {
  it('passes forward-confirmed reverse DNS for IPv4', async () => {
    const zone = createMemoryZone({
      '7.113.0.203.in-addr.arpa': { PTR: ['mail.example.com.'] },
      'mail.example.com': { A: ['203.0.113.7'] },
    });
    const r = await checkReverseDns('203.0.113.7', zone);
    expect(zone.asked).toEqual(['PTR 7.113.0.203.in-addr.arpa', 'A mail.example.com']);
    expect(r).toMatchObject({ status: 'ok', ip: '203.0.113.7', ptr: ['mail.example.com'], forward_confirmed: true, confirmed_names: ['mail.example.com'] });
    expect(r.findings.find((f) => f.code === 'fcrdns_ok')?.message).toContain('Gmail');
  });

  it('builds the ip6.arpa name and confirms through AAAA', async () => {
    const rev = '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa';
    const zone = createMemoryZone({ [rev]: { PTR: ['mx6.example.com'] }, 'mx6.example.com': { AAAA: ['2001:0db8:0000::0025'] } });
    const r = await checkReverseDns('2001:DB8::25', zone);
    expect(r.reverse_name).toBe(rev);
    expect(r.forward_confirmed).toBe(true);
    expect(zone.asked).toContain('AAAA mx6.example.com');
  });

  it('treats an IPv4-mapped IPv6 address as IPv4', async () => {
    const zone = createMemoryZone({ '7.113.0.203.in-addr.arpa': { PTR: ['mail.example.com'] }, 'mail.example.com': { A: ['203.0.113.7'] } });
    const r = await checkReverseDns('::ffff:203.0.113.7', zone);
    expect(r).toMatchObject({ ip: '203.0.113.7', forward_confirmed: true });
  });

  it('reports a missing PTR as an error, with a fix when the host name is known', async () => {
    const r = await checkReverseDns('198.51.100.9', createMemoryZone({}), { hostname: 'mail.acme.io' });
    expect(r.status).toBe('error');
    expect(codes(r)).toEqual(['ptr_missing']);
    expect(r.findings[0]?.message).toContain('Gmail requires');
    expect(r.fix).toMatchObject({ record_name: '9.100.51.198.in-addr.arpa', record_type: 'PTR', value: 'mail.acme.io' });
  });

  it('fails FCrDNS when the PTR name resolves elsewhere or nowhere', async () => {
    const elsewhere = createMemoryZone({ '9.100.51.198.in-addr.arpa': { PTR: ['mail.acme.io'] }, 'mail.acme.io': { A: ['198.51.100.10'] } });
    const r1 = await checkReverseDns('198.51.100.9', elsewhere);
    expect(r1).toMatchObject({ status: 'error', forward_confirmed: false, ptr: ['mail.acme.io'] });
    expect(r1.findings.find((f) => f.code === 'fcrdns_failed')?.message).toContain('198.51.100.10');
    expect(r1.fix).toBeUndefined();

    const nowhere = createMemoryZone({ '9.100.51.198.in-addr.arpa': { PTR: ['ghost.acme.io'] } });
    const r2 = await checkReverseDns('198.51.100.9', nowhere);
    expect(codes(r2)).toEqual(['fcrdns_failed']);
    expect(r2.findings[0]?.message).toContain('no A record');
  });

  it("warns when the PTR looks like an ISP's generic name", async () => {
    const zone = createMemoryZone({ '9.100.51.198.in-addr.arpa': { PTR: ['198-51-100-9.dsl.isp.example'] }, '198-51-100-9.dsl.isp.example': { A: ['198.51.100.9'] } });
    const r = await checkReverseDns('198.51.100.9', zone);
    expect(r.forward_confirmed).toBe(true);
    expect(r.status).toBe('warning');
    expect(codes(r)).toContain('ptr_generic');
  });

  it('is unknown on timeout and an error for something that is not an IP', async () => {
    const r = await checkReverseDns('198.51.100.9', createMemoryZone({}, { timeout: ['9.100.51.198.in-addr.arpa'] }));
    expect(r.status).toBe('unknown');
    const bad = await checkReverseDns('mail.example.com', createMemoryZone({}));
    expect(bad.status).toBe('error');
    expect(codes(bad)).toEqual(['invalid_ip']);
  });
});

describe('IP helpers', () => {
  it('canonicalises and reverses addresses', () => {
    expect(canonicalIp('2001:db8::1')).toBe('2001:0db8:0000:0000:0000:0000:0000:0001');
    expect(canonicalIp('::ffff:c633:6409')).toBe('198.51.100.9');
    expect(canonicalIp('::1.2.3.4')).toBe('0000:0000:0000:0000:0000:0000:0102:0304');
    expect(canonicalIp('1.2.3')).toBeNull();
    expect(reverseDnsName('192.0.2.1')).toBe('1.2.0.192.in-addr.arpa');
    expect(reverseDnsName('::1')).toBe(`1.${'0.'.repeat(31)}ip6.arpa`);
  });
});
