import { describe, expect, it } from 'vitest';
import { checkMx, detectProviderFromMx } from '../../../electron/core/audit/index';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';
import { GOOGLE_ZONE, MICROSOFT_ZONE } from './setups';

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('checkMx', () => {
  it('lists Google Workspace MX hosts by priority with their addresses', async () => {
    const r = await checkMx('example.com', createMemoryZone(GOOGLE_ZONE));
    expect(r.status).toBe('ok');
    expect(r.provider).toBe('google');
    expect(r.null_mx).toBe(false);
    expect(r.records).toEqual([
      { exchange: 'aspmx.l.google.com', priority: 1, addresses: ['142.250.0.26', '2607:f8b0:4023::1a'], cname: null },
      { exchange: 'alt1.aspmx.l.google.com', priority: 5, addresses: ['142.250.1.26'], cname: null },
      { exchange: 'aspmx2.googlemail.com', priority: 10, addresses: ['142.250.2.26'], cname: null },
    ]);
  });

  it('recognises Microsoft 365', async () => {
    const r = await checkMx('contoso.com', createMemoryZone(MICROSOFT_ZONE));
    expect(r).toMatchObject({ status: 'ok', provider: 'microsoft' });
  });

  it('reports a null MX as an error for a sending domain', async () => {
    const r = await checkMx('nomail.com', createMemoryZone({ 'nomail.com': { MX: [{ exchange: '', priority: 0 }] } }));
    expect(r).toMatchObject({ status: 'error', null_mx: true, provider: 'none' });
    expect(codes(r)).toEqual(['null_mx']);
    expect(r.findings[0]?.message).toContain('bounces');
  });

  it('warns when an MX target is a CNAME, still resolving its address', async () => {
    const zone = createMemoryZone({
      'alias.com': { MX: [{ exchange: 'mx.alias.com', priority: 10 }] },
      'mx.alias.com': { CNAME: ['real-mx.host.net'] },
      'real-mx.host.net': { A: ['198.51.100.25'] },
    });
    const r = await checkMx('alias.com', zone);
    expect(r.status).toBe('warning');
    expect(r.records[0]).toEqual({ exchange: 'mx.alias.com', priority: 10, addresses: ['198.51.100.25'], cname: 'real-mx.host.net' });
    expect(codes(r)).toEqual(['mx_cname']);
  });

  it('reports an MX target that resolves to nothing as an error', async () => {
    const zone = createMemoryZone({ 'dead.com': { MX: [{ exchange: 'mx.gone.net.', priority: 10 }] } });
    const r = await checkMx('dead.com', zone);
    expect(r.status).toBe('error');
    expect(r.records[0]?.exchange).toBe('mx.gone.net');
    expect(r.findings.find((f) => f.code === 'mx_no_address')?.message).toContain('mx.gone.net');
  });

  it('warns when there is no MX and mail would fall back to the A record', async () => {
    const r = await checkMx('web.com', createMemoryZone({ 'web.com': { A: ['203.0.113.80'] } }));
    expect(r).toMatchObject({ status: 'warning', implicit_mx: true, provider: 'none', records: [] });
    expect(codes(r)).toEqual(['mx_missing']);
  });

  it('is an error when there is neither MX nor address, and when the domain does not exist', async () => {
    const empty = await checkMx('empty.com', createMemoryZone({ 'empty.com': { TXT: ['v=spf1 -all'] } }));
    expect(empty.status).toBe('error');
    expect(codes(empty)).toEqual(['mx_missing']);
    const gone = await checkMx('gone.com', createMemoryZone({}));
    expect(codes(gone)).toEqual(['domain_not_found']);
  });

  it('is unknown when an MX host cannot be resolved for now', async () => {
    const zone = createMemoryZone({ 'flaky.com': { MX: [{ exchange: 'mx.flaky.com', priority: 1 }] } }, { servfail: ['mx.flaky.com'] });
    const r = await checkMx('flaky.com', zone);
    expect(r.status).toBe('unknown');
    expect(codes(r)).not.toContain('mx_no_address');
  });
});

describe('detectProviderFromMx', () => {
  const mx = (...hosts: [string, number][]) => hosts.map(([exchange, priority]) => ({ exchange, priority }));
  it('names the provider of the most preferred MX', () => {
    expect(detectProviderFromMx(mx(['ASPMX.L.GOOGLE.COM.', 1]))).toBe('google');
    expect(detectProviderFromMx(mx(['smtp.google.com', 1]))).toBe('google');
    expect(detectProviderFromMx(mx(['aspmx3.googlemail.com', 10]))).toBe('google');
    expect(detectProviderFromMx(mx(['contoso-com.mail.protection.outlook.com', 0]))).toBe('microsoft');
    expect(detectProviderFromMx(mx(['contoso-com.o-v1.mx.microsoft', 0]))).toBe('microsoft');
    // A filtering service in front of Google receives the mail.
    expect(detectProviderFromMx(mx(['mx1.filter.example', 1], ['aspmx.l.google.com', 10]))).toBe('other');
    expect(detectProviderFromMx(mx(['aspmx.l.google.com', 1], ['backup.example.net', 20]))).toBe('google');
    expect(detectProviderFromMx(mx(['notgoogle.com', 1]))).toBe('other');
  });
  it('is none without real MX hosts', () => {
    expect(detectProviderFromMx([])).toBe('none');
    expect(detectProviderFromMx(mx(['', 0]))).toBe('none');
  });
});
