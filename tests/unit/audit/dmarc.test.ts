import { describe, expect, it } from 'vitest';
import { checkDmarc, dmarcStrength, organisationalDomain, parseDmarcRecord } from '../../../electron/core/audit/index';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';
import { GOOGLE_ZONE, MICROSOFT_ZONE } from './setups';

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('checkDmarc', () => {
  it('reads an enforced policy at the domain itself', async () => {
    const r = await checkDmarc('example.com', createMemoryZone(GOOGLE_ZONE));
    expect(r).toMatchObject({
      status: 'ok', found_at: 'example.com', inherited: false, policy: 'reject', effective_policy: 'reject',
      strength: 'strong', rua: ['mailto:dmarc@example.com'], adkim: 's', aspf: 'r', pct: null,
    });
    expect(r.fix).toBeUndefined();
  });

  it('rates quarantine as moderate', async () => {
    const r = await checkDmarc('contoso.com', createMemoryZone(MICROSOFT_ZONE));
    expect(r).toMatchObject({ status: 'ok', policy: 'quarantine', pct: 100, strength: 'moderate' });
  });

  it('falls back to the organisational domain under a multi-label public suffix', async () => {
    const zone = createMemoryZone({
      'mail.example.co.uk': { A: ['192.0.2.1'] },
      '_dmarc.example.co.uk': { TXT: ['v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.co.uk'] },
      // A record at the public suffix must never be used.
      '_dmarc.co.uk': { TXT: ['v=DMARC1; p=none'] },
    });
    const r = await checkDmarc('Mail.Example.co.uk.', zone);
    expect(zone.asked).toEqual(['TXT _dmarc.mail.example.co.uk', 'TXT _dmarc.example.co.uk']);
    expect(r).toMatchObject({
      found_at: 'example.co.uk', inherited: true, organisational_domain: 'example.co.uk',
      policy: 'reject', subdomain_policy: 'quarantine', effective_policy: 'quarantine', strength: 'moderate',
    });
    expect(codes(r)).toContain('dmarc_inherited');
  });

  it('offers a starter record when there is none anywhere', async () => {
    const zone = createMemoryZone({ '_dmarc.bare.org': { TXT: ['google-site-verification=abc'] } });
    const r = await checkDmarc('bare.org', zone);
    expect(r.status).toBe('error');
    expect(r.strength).toBe('none');
    expect(codes(r)).toEqual(['dmarc_missing']);
    expect(r.fix).toEqual({
      record_name: '_dmarc.bare.org', record_type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:dmarc@bare.org',
      note: expect.stringContaining('p=quarantine'),
    });
    expect(r.fixes).toEqual([r.fix]);
  });

  it('warns about p=none without rua and offers the record with rua added', async () => {
    const zone = createMemoryZone({ '_dmarc.quiet.net': { TXT: ['v=DMARC1; p=none;'] } });
    const r = await checkDmarc('quiet.net', zone);
    expect(r.status).toBe('warning');
    expect(r.strength).toBe('weak');
    expect(codes(r)).toEqual(expect.arrayContaining(['dmarc_policy_none', 'dmarc_no_rua']));
    expect(r.fix).toMatchObject({ record_name: '_dmarc.quiet.net', record_type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:dmarc@quiet.net' });
  });

  it('treats two DMARC records as invalid', async () => {
    const zone = createMemoryZone({ '_dmarc.twice.com': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none; rua=mailto:a@twice.com'] } });
    const r = await checkDmarc('twice.com', zone);
    expect(r.status).toBe('error');
    expect(r.records).toHaveLength(2);
    expect(r.policy).toBeNull();
    expect(r.strength).toBe('none');
    expect(codes(r)).toEqual(['dmarc_multiple']);
  });

  it('does not fall back to the organisational domain when the subdomain has two records', async () => {
    const zone = createMemoryZone({
      '_dmarc.a.twice.com': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none'] },
      '_dmarc.twice.com': { TXT: ['v=DMARC1; p=reject'] },
    });
    const r = await checkDmarc('a.twice.com', zone);
    expect(zone.asked).toEqual(['TXT _dmarc.a.twice.com']);
    expect(codes(r)).toEqual(['dmarc_multiple']);
  });

  it('reports invalid and unknown tags', async () => {
    const zone = createMemoryZone({ '_dmarc.typo.com': { TXT: ['v=DMARC1; p=block; pct=150; adkim=x; rua=dmarc@typo.com; polcy=reject'] } });
    const r = await checkDmarc('typo.com', zone);
    expect(r.status).toBe('error');
    const messages = r.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('p=block');
    expect(messages).toContain('pct=150');
    expect(messages).toContain('adkim=x');
    expect(messages).toContain('polcy=');
    expect(r.findings.find((f) => f.code === 'dmarc_unknown_tag')?.severity).toBe('warning');
  });

  it('weakens the rating when pct is under 100', async () => {
    const r = await checkDmarc('half.com', createMemoryZone({ '_dmarc.half.com': { TXT: ['v=DMARC1; p=reject; pct=50; rua=mailto:d@half.com'] } }));
    expect(r.strength).toBe('moderate');
    expect(r.status).toBe('warning');
    expect(codes(r)).toContain('dmarc_pct');
  });

  it('is unknown when the question times out', async () => {
    const r = await checkDmarc('slow.com', createMemoryZone({}, { timeout: ['_dmarc.slow.com'] }));
    expect(r.status).toBe('unknown');
    expect(codes(r)).toEqual(['dns_failure']);
  });
});

describe('DMARC helpers', () => {
  it('finds the organisational domain with the public suffix list', () => {
    expect(organisationalDomain('a.b.example.co.uk')).toBe('example.co.uk');
    expect(organisationalDomain('news.example.com')).toBe('example.com');
    expect(organisationalDomain('team.github.io')).toBe('team.github.io');
  });

  it('rates policies', () => {
    expect(dmarcStrength('none', null)).toBe('weak');
    expect(dmarcStrength('quarantine', 100)).toBe('moderate');
    expect(dmarcStrength('quarantine', 20)).toBe('weak');
    expect(dmarcStrength('reject', null)).toBe('strong');
    expect(dmarcStrength(null, null)).toBe('none');
  });

  it('parses tags tolerant of case and spacing', () => {
    const d = parseDmarcRecord('v=DMARC1 ;  p = Quarantine ; rua=mailto:a@x.com, mailto:b@y.com!10m ; fo=1:d');
    expect(d).toMatchObject({ policy: 'quarantine', rua: ['mailto:a@x.com', 'mailto:b@y.com!10m'], fo: '1:d', problems: [] });
  });
});
