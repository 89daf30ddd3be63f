// DMARC discovery (RFC 7489 §6.6.3): _dmarc.<domain>, else _dmarc.<organisational domain>
// (public-suffix aware via tldts), then the policy's strength and the fixes a user can paste.
import { getDomain } from 'tldts';
import type { DmarcCheck, Finding, Fix } from '../../../shared/audit';
import { DnsError, type DnsLookup } from '../dns/index';
import { ask, dnsFailure, normName, statusOf } from './common';
import { isDmarcRecord, parseDmarcRecord, type DmarcPolicy } from './dmarc-record';
import type { DmarcResult } from './types';

/** The registrable domain (mail.example.co.uk → example.co.uk); the name itself when it has none. */
export function organisationalDomain(domain: string): string {
  const name = normName(domain);
  // Private suffixes count (foo.github.io is its own organisation), as in the DMARC ecosystem.
  return getDomain(name, { allowPrivateDomains: true }) ?? name;
}

const STRENGTH: Record<DmarcPolicy, DmarcCheck['strength']> = { none: 'weak', quarantine: 'moderate', reject: 'strong' };
const WEAKER: Record<DmarcCheck['strength'], DmarcCheck['strength']> = { strong: 'moderate', moderate: 'weak', weak: 'weak', none: 'none' };

export function dmarcStrength(policy: DmarcPolicy | null, pct: number | null): DmarcCheck['strength'] {
  if (policy === null) return 'none';
  const base = STRENGTH[policy];
  return pct !== null && pct < 100 ? WEAKER[base] : base;
}

const starterRecord = (domain: string) => `v=DMARC1; p=none; rua=mailto:dmarc@${domain}`;

function withRua(record: string, domain: string): string {
  return `${record.trim().replace(/;\s*$/, '')}; rua=mailto:dmarc@${domain}`;
}

export async function checkDmarc(domainIn: string, lookup: DnsLookup): Promise<DmarcResult> {
  const domain = normName(domainIn);
  const org = organisationalDomain(domain);
  const base = {
    organisational_domain: org, record: null, records: [] as string[], found_at: null, inherited: false,
    policy: null, effective_policy: null, subdomain_policy: null, pct: null, rua: [] as string[], ruf: [] as string[],
    adkim: null, aspf: null, fo: null, strength: 'none' as const, fixes: [] as Fix[],
  };

  let foundAt = domain;
  let answer = await ask(lookup, `_dmarc.${domain}`, 'TXT');
  let records = answer instanceof DnsError ? [] : answer.records.filter(isDmarcRecord);
  if (!(answer instanceof DnsError) && records.length === 0 && org !== domain) {
    foundAt = org;
    answer = await ask(lookup, `_dmarc.${org}`, 'TXT');
    records = answer instanceof DnsError ? [] : answer.records.filter(isDmarcRecord);
  }
  if (answer instanceof DnsError) {
    return { ...base, status: 'unknown', findings: [dnsFailure(answer)] };
  }

  if (records.length === 0) {
    const fix: Fix = {
      record_name: `_dmarc.${domain}`, record_type: 'TXT', value: starterRecord(domain),
      note: 'Start with p=none to receive reports without affecting delivery. Once the reports show all your real mail passing SPF or DKIM in alignment (usually a few weeks), change p=none to p=quarantine, then to p=reject.',
    };
    return {
      ...base, status: 'error', fixes: [fix], fix,
      findings: [{
        severity: 'error', code: 'dmarc_missing',
        message: `${domain} has no DMARC record${org !== domain ? ` (nor does ${org})` : ''}. Gmail and Yahoo require one from bulk senders, and without it anyone can send mail as ${domain}. Publish the record below.`,
      }],
    };
  }

  const inherited = foundAt !== domain;
  if (records.length > 1) {
    return {
      ...base, status: 'error', records, found_at: foundAt, inherited,
      findings: [{
        severity: 'error', code: 'dmarc_multiple',
        message: `_dmarc.${foundAt} has ${records.length} DMARC records. Receivers then ignore DMARC entirely (RFC 7489 §6.6.3). Merge them into one record and delete the others.`,
      }],
    };
  }

  const record = records[0] as string;
  const facts = parseDmarcRecord(record);
  const findings: Finding[] = [...facts.problems];
  const fixes: Fix[] = [];
  // Without a valid p=, a record with rua= still counts as p=none (RFC 7489 §6.6.3).
  const policy = facts.policy ?? (facts.rua.length ? 'none' : null);
  const effective = inherited ? (facts.subdomain_policy ?? policy) : policy;

  if (inherited) {
    findings.push({
      severity: 'info', code: 'dmarc_inherited',
      message: `${domain} has no DMARC record of its own; the record of its organisational domain ${org} applies${effective ? `, with policy ${effective}${facts.subdomain_policy ? ' (from sp=)' : ''}` : ''}.`,
    });
  }
  if (effective === 'none') {
    findings.push({
      severity: 'warning', code: 'dmarc_policy_none',
      message: `The DMARC policy for ${domain} is none: it only collects reports, and mail forged as ${domain} is still delivered. Once the reports show your real mail passing, move to p=quarantine, then p=reject.`,
    });
    if (facts.rua.length === 0) {
      const fix: Fix = {
        record_name: `_dmarc.${foundAt}`, record_type: 'TXT', value: withRua(record, foundAt),
        note: 'Replace the existing DMARC record with this one (keep a single record). The reports show who sends as your domain and whether it passes, which you need before tightening the policy.',
      };
      fixes.push(fix);
      findings.push({
        severity: 'warning', code: 'dmarc_no_rua',
        message: `The DMARC record at _dmarc.${foundAt} has p=none and no rua= address, so it does nothing at all: no protection and no reports. Add a rua= address to receive aggregate reports.`,
      });
    }
  } else if (facts.rua.length === 0 && effective !== null) {
    findings.push({ severity: 'info', code: 'dmarc_no_rua', message: `The DMARC record has no rua= address, so you get no reports of mail failing authentication. Consider adding rua=mailto:dmarc@${foundAt}.` });
  }
  if (facts.pct !== null && facts.pct < 100 && effective !== 'none' && effective !== null) {
    findings.push({ severity: 'warning', code: 'dmarc_pct', message: `pct=${facts.pct}: the ${effective} policy applies to only ${facts.pct}% of failing mail. Raise it to 100 (or remove pct=) once you are confident.` });
  }
  if (!inherited && policy !== null && policy !== 'none' && facts.subdomain_policy === 'none') {
    findings.push({ severity: 'warning', code: 'dmarc_subdomains_open', message: `sp=none leaves subdomains of ${domain} unprotected while the domain itself uses ${policy}. Remove sp= or set it to ${policy} unless a subdomain still needs monitoring.` });
  }
  if (effective === 'quarantine' || effective === 'reject') {
    findings.push({ severity: 'info', code: 'dmarc_enforced', message: `DMARC is enforced for ${domain} (policy ${effective}).` });
  }

  const result: DmarcResult = {
    ...base,
    status: statusOf(findings),
    findings,
    fixes,
    record,
    records,
    found_at: foundAt,
    inherited,
    policy: facts.policy,
    effective_policy: effective,
    subdomain_policy: facts.subdomain_policy,
    pct: facts.pct,
    rua: facts.rua,
    ruf: facts.ruf,
    adkim: facts.adkim,
    aspf: facts.aspf,
    fo: facts.fo,
    strength: dmarcStrength(effective, facts.pct),
  };
  if (fixes[0]) result.fix = fixes[0];
  return result;
}
