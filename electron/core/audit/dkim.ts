// DKIM discovery. Cheap first: NXDOMAIN at _domainkey.<domain> means no selector can exist
// below it (RFC 8020), so the selector list is skipped. Otherwise the user's own selectors and
// the common ones are asked, CNAMEs (Microsoft 365's selector1/selector2) reported, and each key
// read for type, size, revocation and testing mode. The selectors are asked all at once: the
// resolver bounds how many questions are out overall.
import type { Finding } from '../../../shared/audit';
import { DnsError, type DnsLookup } from '../dns/index';
import { ask, normName, statusOf } from './common';
import { looksLikeDkim, parseDkimKey } from './dkim-key';
import type { DkimKeyResult, DkimResult, MailProvider } from './types';

export const DEFAULT_DKIM_SELECTORS: readonly string[] = [
  'google', 'selector1', 'selector2', 'default', 'k1', 'k2', 'k3', 's1', 's2', 'mail', 'dkim', 'smtp',
];

/** Microsoft 365 publishes these as CNAMEs into <tenant>.onmicrosoft.com. */
const MICROSOFT_SELECTORS = new Set(['selector1', 'selector2']);

export interface CheckDkimOptions {
  /** The user's own selectors; asked first. */
  selectors?: string[];
  /** Tailors the "how to turn DKIM on" advice. */
  provider?: MailProvider;
}

/** Accepts "s1", "S1." or a pasted "s1._domainkey.example.com"; null when not a DNS label path. */
function cleanSelector(raw: string, domain: string): string | null {
  let s = normName(raw);
  const suffix = `._domainkey.${domain}`;
  if (s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  else if (s.endsWith('._domainkey')) s = s.slice(0, -'._domainkey'.length);
  return /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(s) ? s : null;
}

function howToEnable(domain: string, provider: MailProvider | undefined): string {
  if (provider === 'google') return `In the Google Admin console open Apps › Google Workspace › Gmail › Authenticate email, generate a 2048-bit key for ${domain}, publish the TXT record it shows, then click Start authentication.`;
  if (provider === 'microsoft') return `In the Microsoft Defender portal open Email authentication settings › DKIM, select ${domain}, publish the two selector1/selector2 CNAME records it shows, then enable signing.`;
  return 'Turn on DKIM signing at your mail provider and publish the TXT (or CNAME) record it gives you. If you already sign with a selector not listed here, add it to the domain so it can be checked.';
}

interface SelectorOutcome {
  selector: string;
  failed: boolean;
  key: DkimKeyResult | null;
  multiple: boolean;
  /** A CNAME published without a key at its target (typical of Microsoft 365 before signing is enabled). */
  danglingCname: string | null;
  failures: DnsError[];
  /** Findings about the key, before the check decides how severe "revoked" is. */
  notes: Finding[];
}

async function askSelector(selector: string, domain: string, lookup: DnsLookup): Promise<SelectorOutcome> {
  const name = `${selector}._domainkey.${domain}`;
  const out: SelectorOutcome = { selector, failed: false, key: null, multiple: false, danglingCname: null, failures: [], notes: [] };
  const txt = await ask(lookup, name, 'TXT');
  if (txt instanceof DnsError) {
    out.failed = true;
    out.failures.push(txt);
    return out;
  }
  const dkim = txt.records.filter(looksLikeDkim);
  const record = dkim[0];
  if (record === undefined && !MICROSOFT_SELECTORS.has(selector)) return out;
  const alias = await ask(lookup, name, 'CNAME');
  const cname = alias instanceof DnsError ? null : (alias.records[0] ? normName(alias.records[0]) : null);
  if (record === undefined) {
    out.danglingCname = cname;
    return out;
  }
  const facts = parseDkimKey(record);
  out.multiple = dkim.length > 1;
  out.key = {
    selector, name, cname, record,
    key_type: facts.key_type, bits: facts.bits, revoked: facts.revoked, testing: facts.testing,
    malformed: facts.malformed.length > 0,
    weak: facts.key_type === 'rsa' && facts.bits !== null && facts.bits < 1024,
    tags: facts.tags,
  };
  out.notes = keyFindings(out.key, facts.malformed, facts.sha1_only, facts.not_for_email, out.multiple);
  return out;
}

function keyFindings(key: DkimKeyResult, malformed: string[], sha1Only: boolean, notForEmail: boolean, multiple: boolean): Finding[] {
  const at = `DKIM selector "${key.selector}" (${key.name})`;
  const f: Finding[] = [];
  if (multiple) f.push({ severity: 'warning', code: 'dkim_multiple_records', message: `${at} has more than one DKIM record; receivers may pick either. Keep only one.` });
  if (key.revoked) {
    f.push({ severity: 'warning', code: 'dkim_revoked', message: `${at} is revoked (empty p=): mail signed with it fails DKIM. Stop signing with this selector, or publish a new key for it.` });
    return f;
  }
  if (malformed.length) {
    f.push({ severity: 'error', code: 'dkim_malformed', message: `${at} cannot be used: ${malformed.join('; ')}. Copy the record again from your mail provider, as one TXT value.` });
    return f;
  }
  if (key.weak) f.push({ severity: 'error', code: 'dkim_weak_key', message: `${at} is a ${key.bits}-bit RSA key. Keys under 1024 bits are ignored by Gmail and others and can be broken to forge your mail. Rotate to a 2048-bit key.` });
  else if (key.key_type === 'rsa' && key.bits !== null && key.bits < 2048) f.push({ severity: 'warning', code: 'dkim_1024_key', message: `${at} is a ${key.bits}-bit RSA key. It still works, but 2048 bits is the recommended size: rotate when you can.` });
  if (key.testing) f.push({ severity: 'warning', code: 'dkim_testing', message: `${at} is in testing mode (t=y): receivers may treat its signatures as if the mail were unsigned. Remove t=y once signing works.` });
  if (sha1Only) f.push({ severity: 'error', code: 'dkim_sha1_only', message: `${at} allows only SHA-1 (h=sha1), which receivers no longer accept (RFC 8301). Remove the h= tag or set h=sha256.` });
  if (notForEmail) f.push({ severity: 'error', code: 'dkim_not_for_email', message: `${at} is restricted by s= to services other than email. Remove the s= tag.` });
  return f;
}

const usable = (k: DkimKeyResult) => !k.revoked && !k.malformed && !k.weak;

export async function checkDkim(domainIn: string, lookup: DnsLookup, opts: CheckDkimOptions = {}): Promise<DkimResult> {
  const domain = normName(domainIn);
  const findings: Finding[] = [];
  const own = (opts.selectors ?? []).map((s) => ({ raw: s, clean: cleanSelector(s, domain) }));
  for (const s of own) if (s.clean === null) findings.push({ severity: 'warning', code: 'dkim_bad_selector', message: `"${s.raw}" is not a valid DKIM selector name and was skipped.` });
  const selectors = [...new Set([...own.flatMap((s) => (s.clean ? [s.clean] : [])), ...DEFAULT_DKIM_SELECTORS])];

  const missing = (tried: string[], extra: Finding[] = []): DkimResult => ({
    status: 'error', found: false, selectors_tried: tried, selectors_failed: [], keys: [], fixes: [],
    findings: [...findings, ...extra, {
      severity: 'error', code: 'dkim_missing',
      message: `No DKIM key was found for ${domain}${tried.length ? ` (selectors tried: ${tried.join(', ')})` : ' (nothing at all exists under _domainkey, so no selector can)'}. Without DKIM, Gmail and Yahoo reject or junk bulk mail. ${howToEnable(domain, opts.provider)}`,
    }],
  });

  const probe = await ask(lookup, `_domainkey.${domain}`, 'TXT');
  if (!(probe instanceof DnsError) && probe.rcode === 'NXDOMAIN') return missing([]);
  // A failed probe just means asking every selector, whose own answers then decide.

  const outcomes = await Promise.all(selectors.map((s) => askSelector(s, domain, lookup)));
  const keys = outcomes.flatMap((o) => (o.key ? [o.key] : []));
  const failed = outcomes.filter((o) => o.failed).map((o) => o.selector);
  const dangling = outcomes.filter((o) => o.danglingCname !== null && !o.key);
  const danglingFindings: Finding[] = dangling.map((o) => ({
    severity: keys.length ? 'warning' : 'error', code: 'dkim_cname_without_key',
    message: `${o.selector}._domainkey.${domain} points to ${o.danglingCname}, but no DKIM key is published there yet. In Microsoft 365 this means DKIM signing has not been enabled for ${domain}: enable it in the Defender portal (Email authentication settings › DKIM).`,
  }));
  const selectorFailures: Finding[] = failed.length
    ? [{ severity: 'warning', code: 'dns_failure', message: `The DKIM lookup failed for selector${failed.length > 1 ? 's' : ''} ${failed.join(', ')} (${outcomes.find((o) => o.failed)?.failures[0]?.kind ?? 'error'}); a key there could not be checked. Try again later.` }]
    : [];

  if (keys.length === 0) {
    if (failed.length > 0) {
      return { status: 'unknown', found: false, selectors_tried: selectors, selectors_failed: failed, keys, fixes: [], findings: [...findings, ...selectorFailures, ...danglingFindings] };
    }
    return missing(selectors, danglingFindings);
  }

  const anyUsable = keys.some(usable);
  for (const o of outcomes) {
    for (const f of o.notes) {
      // A revoked or unreadable old selector is harmless beside a working key, fatal without one.
      const severe = !anyUsable && (f.code === 'dkim_revoked' || f.code === 'dkim_malformed');
      findings.push(severe ? { ...f, severity: 'error' } : f);
    }
  }
  findings.push(...danglingFindings, ...selectorFailures);
  if (anyUsable) {
    const good = keys.filter(usable).map((k) => `${k.selector} (${k.key_type}${k.bits ? ` ${k.bits}-bit` : ''}${k.cname ? `, via ${k.cname}` : ''})`);
    findings.push({ severity: 'info', code: 'dkim_found', message: `DKIM key${good.length > 1 ? 's' : ''} published for ${domain}: ${good.join(', ')}.` });
  }
  return {
    status: statusOf(findings, !anyUsable && failed.length > 0),
    found: anyUsable,
    selectors_tried: selectors,
    selectors_failed: failed,
    keys,
    findings,
    fixes: [],
  };
}
