// DKIM discovery: cheap first (NXDOMAIN at _domainkey means no selector exists, RFC 8020),
// then the common selectors plus the user's own; keys parsed for type, size, revocation, t=y.
import { createPublicKey } from 'node:crypto';
import type { DkimCheck, DkimKey, Finding } from '../../../shared/audit';
import { DnsError, type DnsLookup } from '../dns/index';
import { ask, dnsProblem, parseTags, statusOf } from './common';

export const COMMON_SELECTORS = ['google', 'selector1', 'selector2', 'default', 'k1', 'k2', 'k3', 's1', 's2', 'mail', 'dkim', 'smtp'];

function keyFacts(tags: Map<string, string>): { key_type: string; bits: number | null; malformed: boolean } {
  const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
  const p = (tags.get('p') ?? '').replace(/\s+/g, '');
  if (!p) return { key_type: keyType, bits: null, malformed: false };
  if (keyType === 'ed25519') return { key_type: keyType, bits: 256, malformed: Buffer.from(p, 'base64').length !== 32 };
  try {
    const key = createPublicKey({ key: Buffer.from(p, 'base64'), format: 'der', type: 'spki' });
    return { key_type: keyType, bits: key.asymmetricKeyDetails?.modulusLength ?? null, malformed: false };
  } catch {
    return { key_type: keyType, bits: null, malformed: true };
  }
}

export async function checkDkim(domain: string, lookup: DnsLookup, opts: { selectors?: string[] } = {}): Promise<DkimCheck> {
  const findings: Finding[] = [];
  const base = `_domainkey.${domain}`;
  const probe = await ask(lookup, base, 'TXT');
  const selectors = [...new Set([...(opts.selectors ?? []).map((s) => s.toLowerCase()), ...COMMON_SELECTORS])];
  const none = (tried: string[]): DkimCheck => ({
    status: 'error', found: false, selectors_tried: tried, keys: [], fixes: [],
    findings: [{
      severity: 'error', code: 'dkim_missing',
      message: `No DKIM key found for ${domain}${tried.length ? ` (tried ${tried.join(', ')})` : ' (nothing exists under _domainkey)'}. Turn on DKIM signing at your mail provider and publish the key it gives you; if you use another selector, add it on the domain`,
    }],
  });
  if (probe instanceof DnsError) findings.push(dnsProblem(probe));
  else if (probe.rcode === 'NXDOMAIN') return none([]);

  const keys: DkimKey[] = [];
  let failures = 0;
  await Promise.all(
    selectors.map(async (selector) => {
      const name = `${selector}.${base}`;
      const txt = await ask(lookup, name, 'TXT');
      if (txt instanceof DnsError) {
        failures++;
        return;
      }
      const record = txt.records.find((r) => /(^|;)\s*(v\s*=\s*DKIM1|p\s*=)/i.test(r));
      if (!record) return;
      // Microsoft's selector1/2 are CNAMEs into *.onmicrosoft.com: say where the key lives.
      const cname = await ask(lookup, name, 'CNAME');
      const tags = parseTags(record);
      const facts = keyFacts(tags);
      const key: DkimKey = {
        selector, name, cname: cname instanceof DnsError ? null : (cname.records[0] ?? null), record,
        key_type: facts.key_type, bits: facts.bits, revoked: (tags.get('p') ?? '').trim() === '',
        testing: (tags.get('t') ?? '').split(':').map((f) => f.trim().toLowerCase()).includes('y'),
      };
      keys.push(key);
      if (key.revoked) findings.push({ severity: 'error', code: 'dkim_revoked', message: `DKIM key ${selector} is revoked (empty p=); mail signed with it fails DKIM. Publish a new key or stop using this selector` });
      else if (facts.malformed) findings.push({ severity: 'error', code: 'dkim_malformed', message: `DKIM key ${selector} cannot be read (p= is not a valid ${facts.key_type} public key)` });
      else if (facts.key_type === 'rsa' && facts.bits !== null && facts.bits < 1024) findings.push({ severity: 'error', code: 'dkim_weak', message: `DKIM key ${selector} is ${facts.bits}-bit RSA; receivers ignore keys under 1024 bits. Rotate to a 2048-bit key` });
      else if (facts.key_type === 'rsa' && facts.bits !== null && facts.bits < 2048) findings.push({ severity: 'warning', code: 'dkim_1024', message: `DKIM key ${selector} is ${facts.bits}-bit RSA; 2048 bits is the recommended size` });
      if (key.testing) findings.push({ severity: 'warning', code: 'dkim_testing', message: `DKIM key ${selector} is in testing mode (t=y): receivers may treat its signatures as unsigned. Remove t=y when it works` });
    }),
  );
  keys.sort((a, b) => selectors.indexOf(a.selector) - selectors.indexOf(b.selector));
  if (keys.length === 0) {
    if (failures > 0) return { status: 'unknown', found: false, selectors_tried: selectors, keys, fixes: [], findings: [...findings, { severity: 'warning', code: 'dns_failure', message: `DKIM lookups failed for ${failures} selectors; try again later` }] };
    return none(selectors);
  }
  return { status: statusOf(findings), found: keys.some((k) => !k.revoked), selectors_tried: selectors, keys, findings, fixes: [] };
}
