// Zones and DKIM keys shared by the audit unit tests: a good Google Workspace domain and a good
// Microsoft 365 domain (selector1/selector2 CNAMEs into onmicrosoft.com), with keys made here.
import { generateKeyPairSync } from 'node:crypto';
import type { ZoneRecords } from '../../fixtures/dns/memory-zone';

/** Base64 SubjectPublicKeyInfo, as published in a DKIM p= tag. */
export function rsaSpki(bits: number): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Raw 32-byte Ed25519 key (RFC 8463), as published in p=. */
export function ed25519Raw(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32).toString('base64');
}

export const KEY_2048 = rsaSpki(2048);

export const GOOGLE_ZONE: ZoneRecords = {
  'example.com': {
    // Deliberately out of order: the check must sort by priority.
    MX: [
      { exchange: 'alt1.aspmx.l.google.com', priority: 5 },
      { exchange: 'aspmx.l.google.com', priority: 1 },
      { exchange: 'aspmx2.googlemail.com', priority: 10 },
    ],
    TXT: ['v=spf1 include:_spf.google.com ~all'],
  },
  'aspmx.l.google.com': { A: ['142.250.0.26'], AAAA: ['2607:f8b0:4023::1a'] },
  'alt1.aspmx.l.google.com': { A: ['142.250.1.26'] },
  'aspmx2.googlemail.com': { A: ['142.250.2.26'] },
  'google._domainkey.example.com': { TXT: [`v=DKIM1; k=rsa; p=${KEY_2048}`] },
  '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@example.com; adkim=s; aspf=r'] },
};

export const MICROSOFT_ZONE: ZoneRecords = {
  'contoso.com': { MX: [{ exchange: 'contoso-com.mail.protection.outlook.com', priority: 0 }] },
  'contoso-com.mail.protection.outlook.com': { A: ['52.101.0.1', '52.101.0.2'] },
  'selector1._domainkey.contoso.com': { CNAME: ['selector1-contoso-com._domainkey.contoso.onmicrosoft.com'] },
  'selector2._domainkey.contoso.com': { CNAME: ['selector2-contoso-com._domainkey.contoso.onmicrosoft.com'] },
  'selector1-contoso-com._domainkey.contoso.onmicrosoft.com': { TXT: [`v=DKIM1; k=rsa; p=${KEY_2048}`] },
  'selector2-contoso-com._domainkey.contoso.onmicrosoft.com': { TXT: [`v=DKIM1; k=rsa; p=${rsaSpki(2048)}`] },
  '_dmarc.contoso.com': { TXT: ['v=DMARC1; p=quarantine; pct=100; rua=mailto:reports@contoso.com'] },
};
