import { describe, expect, it } from 'vitest';
import { checkDkim, DEFAULT_DKIM_SELECTORS, parseDkimKey } from '../../../electron/core/audit/index';
import { createMemoryZone } from '../../fixtures/dns/memory-zone';
import { ed25519Raw, GOOGLE_ZONE, KEY_2048, MICROSOFT_ZONE, rsaSpki } from './setups';

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('checkDkim', () => {
  it('finds the Google Workspace key and reads it as 2048-bit RSA', async () => {
    const r = await checkDkim('example.com', createMemoryZone(GOOGLE_ZONE));
    expect(r.status).toBe('ok');
    expect(r.found).toBe(true);
    expect(r.keys).toHaveLength(1);
    expect(r.keys[0]).toMatchObject({ selector: 'google', name: 'google._domainkey.example.com', key_type: 'rsa', bits: 2048, revoked: false, testing: false, malformed: false, cname: null });
    expect(r.selectors_tried).toEqual([...DEFAULT_DKIM_SELECTORS]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it("follows Microsoft 365's selector CNAMEs into onmicrosoft.com and says where they point", async () => {
    const zone = createMemoryZone(MICROSOFT_ZONE);
    const r = await checkDkim('contoso.com', zone, { provider: 'microsoft' });
    expect(r.status).toBe('ok');
    expect(r.keys.map((k) => [k.selector, k.cname, k.bits])).toEqual([
      ['selector1', 'selector1-contoso-com._domainkey.contoso.onmicrosoft.com', 2048],
      ['selector2', 'selector2-contoso-com._domainkey.contoso.onmicrosoft.com', 2048],
    ]);
    expect(zone.asked).toContain('CNAME selector1._domainkey.contoso.com');
  });

  it('asks only _domainkey when it does not exist (RFC 8020) and reports no DKIM', async () => {
    const zone = createMemoryZone({ 'nodkim.com': { MX: [{ exchange: 'mx.nodkim.com', priority: 10 }] } });
    const r = await checkDkim('nodkim.com', zone, { selectors: ['mine'] });
    expect(zone.asked).toEqual(['TXT _domainkey.nodkim.com']);
    expect(r.status).toBe('error');
    expect(r.found).toBe(false);
    expect(r.selectors_tried).toEqual([]);
    expect(codes(r)).toContain('dkim_missing');
  });

  it("asks the user's own selectors first, accepting a pasted full name", async () => {
    const zone = createMemoryZone({ 'custom._domainkey.acme.io': { TXT: [`v=DKIM1; p=${KEY_2048}`] } });
    const r = await checkDkim('acme.io', zone, { selectors: ['Custom._domainkey.acme.io.', 'bad selector!'] });
    expect(r.selectors_tried[0]).toBe('custom');
    expect(zone.asked[1]).toBe('TXT custom._domainkey.acme.io');
    expect(r.keys.map((k) => k.selector)).toEqual(['custom']);
    expect(codes(r)).toContain('dkim_bad_selector');
  });

  it('reports a revoked key (empty p=) as an error when it is the only key', async () => {
    const zone = createMemoryZone({ 's1._domainkey.old.com': { TXT: ['v=DKIM1; k=rsa; p='] } });
    const r = await checkDkim('old.com', zone);
    expect(r.keys[0]).toMatchObject({ selector: 's1', revoked: true, bits: null });
    expect(r.found).toBe(false);
    expect(r.status).toBe('error');
    expect(r.findings.find((f) => f.code === 'dkim_revoked')?.severity).toBe('error');
  });

  it('treats a revoked old selector beside a working key as a warning', async () => {
    const zone = createMemoryZone({
      's1._domainkey.rot.com': { TXT: ['v=DKIM1; p='] },
      's2._domainkey.rot.com': { TXT: [`v=DKIM1; p=${KEY_2048}`] },
    });
    const r = await checkDkim('rot.com', zone);
    expect(r.found).toBe(true);
    expect(r.status).toBe('warning');
    expect(r.findings.find((f) => f.code === 'dkim_revoked')?.severity).toBe('warning');
  });

  it('flags a 512-bit key as an error and a 1024-bit key as a warning', async () => {
    const weak = await checkDkim('weak.com', createMemoryZone({ 'mail._domainkey.weak.com': { TXT: [`v=DKIM1; k=rsa; p=${rsaSpki(512)}`] } }));
    expect(weak.keys[0]).toMatchObject({ bits: 512, weak: true });
    expect(weak.status).toBe('error');
    expect(weak.found).toBe(false);
    expect(codes(weak)).toContain('dkim_weak_key');

    const mid = await checkDkim('mid.com', createMemoryZone({ 'k1._domainkey.mid.com': { TXT: [`v=DKIM1; p=${rsaSpki(1024)}`] } }));
    expect(mid.keys[0]?.bits).toBe(1024);
    expect(mid.status).toBe('warning');
    expect(codes(mid)).toContain('dkim_1024_key');
  });

  it('reads Ed25519 keys as 256 bits', async () => {
    const r = await checkDkim('ed.com', createMemoryZone({ 'k2._domainkey.ed.com': { TXT: [`v=DKIM1; k=ed25519; p=${ed25519Raw()}`] } }));
    expect(r.keys[0]).toMatchObject({ key_type: 'ed25519', bits: 256, malformed: false });
    expect(r.status).toBe('ok');
  });

  it('reports testing mode (t=y) as a warning', async () => {
    const r = await checkDkim('t.com', createMemoryZone({ 'default._domainkey.t.com': { TXT: [`v=DKIM1; t=y:s; p=${KEY_2048}`] } }));
    expect(r.keys[0]?.testing).toBe(true);
    expect(r.status).toBe('warning');
    expect(codes(r)).toContain('dkim_testing');
  });

  it('reports a key cut short as malformed', async () => {
    const r = await checkDkim('cut.com', createMemoryZone({ 'dkim._domainkey.cut.com': { TXT: [`v=DKIM1; p=${KEY_2048.slice(0, 120)}`] } }));
    expect(r.keys[0]?.malformed).toBe(true);
    expect(r.status).toBe('error');
    expect(codes(r)).toContain('dkim_malformed');
  });

  it('says so when selector1 points into onmicrosoft.com but no key is published there', async () => {
    const zone = createMemoryZone({ 'selector1._domainkey.fab.com': { CNAME: ['selector1-fab-com._domainkey.fab.onmicrosoft.com'] } });
    const r = await checkDkim('fab.com', zone);
    expect(r.status).toBe('error');
    expect(r.findings.find((f) => f.code === 'dkim_cname_without_key')?.message).toContain('selector1-fab-com._domainkey.fab.onmicrosoft.com');
  });

  it('still asks every selector when the _domainkey probe fails', async () => {
    const zone = createMemoryZone(GOOGLE_ZONE, { servfail: ['_domainkey.example.com'] });
    const r = await checkDkim('example.com', zone);
    expect(r.status).toBe('ok');
    expect(r.keys.map((k) => k.selector)).toEqual(['google']);
  });

  it('is unknown, not missing, when selector lookups time out', async () => {
    const zone = createMemoryZone({ 'x._domainkey.slow.com': { TXT: ['unrelated'] } }, { timeout: ['google._domainkey.slow.com'] });
    const r = await checkDkim('slow.com', zone);
    expect(r.status).toBe('unknown');
    expect(r.selectors_failed).toEqual(['google']);
    expect(codes(r)).not.toContain('dkim_missing');
  });
});

describe('parseDkimKey', () => {
  it('tolerates folding whitespace, including inside p=', () => {
    const folded = `v=DKIM1;\tk=rsa;\r\n  h=sha256; p=${KEY_2048.slice(0, 100)} \r\n ${KEY_2048.slice(100)} ;`;
    const k = parseDkimKey(folded);
    expect(k.malformed).toEqual([]);
    expect(k.bits).toBe(2048);
    expect(k.sha1_only).toBe(false);
  });

  it('rejects records that cannot verify mail', () => {
    expect(parseDkimKey('v=DKIM1; k=rsa').malformed.join()).toContain('no p= tag');
    expect(parseDkimKey(`v=DKIM2; p=${KEY_2048}`).malformed.join()).toContain('DKIM1');
    expect(parseDkimKey(`k=dsa; p=${KEY_2048}`).malformed.join()).toContain('k=dsa');
    expect(parseDkimKey(`h=sha1; p=${KEY_2048}`).sha1_only).toBe(true);
    expect(parseDkimKey(`s=tlsrpt; p=${KEY_2048}`).not_for_email).toBe(true);
    expect(parseDkimKey(`s=email:tlsrpt; p=${KEY_2048}`).not_for_email).toBe(false);
  });
});
