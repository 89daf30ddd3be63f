// DMARC: _dmarc.<domain>, falling back to the organisational domain (public suffix list), with
// policy strength and copy-ready fixes.
import { getDomain } from 'tldts';
import type { DmarcCheck, Finding, Fix } from '../../../shared/audit';
import { DnsError, type DnsLookup } from '../dns/index';
import { ask, dnsProblem, parseTags, statusOf } from './common';

const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'pct', 'rua', 'ruf', 'adkim', 'aspf', 'fo', 'rf', 'ri', 'np', 'psd', 't']);

export const organisationalDomain = (domain: string): string => getDomain(domain, { allowPrivateDomains: false }) ?? domain;

const uris = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

export async function checkDmarc(domain: string, lookup: DnsLookup): Promise<DmarcCheck> {
  const empty = {
    record: null, found_at: null, inherited: false, policy: null, subdomain_policy: null, pct: null, rua: [], ruf: [],
    adkim: null, aspf: null, fo: null, strength: 'none' as const,
  };
  const org = organisationalDomain(domain);
  const addFix: Fix = {
    record_name: `_dmarc.${domain}`, record_type: 'TXT', value: `v=DMARC1; p=none; rua=mailto:dmarc@${domain}`,
    note: 'Start with p=none to collect reports; once they show only your own senders passing, move to p=quarantine, then p=reject',
  };

  let foundAt: string | null = null;
  let records: string[] = [];
  for (const name of org !== domain ? [domain, org] : [domain]) {
    const answer = await ask(lookup, `_dmarc.${name}`, 'TXT');
    if (answer instanceof DnsError) return { ...empty, status: 'unknown', findings: [dnsProblem(answer)], fixes: [] };
    records = answer.records.filter((r) => /^v\s*=\s*DMARC1\s*(;|$)/i.test(r.trim()));
    if (records.length) {
      foundAt = name;
      break;
    }
  }
  if (!foundAt) {
    return { ...empty, status: 'error', fixes: [addFix], findings: [{ severity: 'error', code: 'dmarc_missing', message: `${domain} has no DMARC record; Gmail and Yahoo require one from bulk senders` }] };
  }
  const inherited = foundAt !== domain;
  if (records.length > 1) {
    return {
      ...empty, found_at: foundAt, inherited, status: 'error', fixes: [{ ...addFix, record_name: `_dmarc.${foundAt}`, note: 'Replace all DMARC records with this one (or merge their tags into one record)' }],
      findings: [{ severity: 'error', code: 'dmarc_multiple', message: `_dmarc.${foundAt} has ${records.length} DMARC records; receivers ignore DMARC when there is more than one` }],
    };
  }
  const record = records[0]!;
  const tags = parseTags(record);
  const findings: Finding[] = [];
  const fixes: Fix[] = [];
  const rawPolicy = (inherited ? (tags.get('sp') ?? tags.get('p')) : tags.get('p'))?.toLowerCase();
  const policy = rawPolicy === 'none' || rawPolicy === 'quarantine' || rawPolicy === 'reject' ? rawPolicy : null;
  const pctRaw = tags.get('pct');
  const pct = pctRaw === undefined ? 100 : Number(pctRaw);
  const rua = uris(tags.get('rua'));
  const ruf = uris(tags.get('ruf'));
  const adkim = tags.get('adkim')?.toLowerCase() === 's' ? 's' : tags.get('adkim') ? 'r' : null;
  const aspf = tags.get('aspf')?.toLowerCase() === 's' ? 's' : tags.get('aspf') ? 'r' : null;

  if (!policy) findings.push({ severity: 'error', code: 'dmarc_invalid_policy', message: `DMARC p= is ${tags.get('p') ? `"${tags.get('p')}", not none, quarantine or reject` : 'missing'}; the record is invalid` });
  for (const key of tags.keys()) if (!KNOWN_TAGS.has(key)) findings.push({ severity: 'info', code: 'dmarc_unknown_tag', message: `DMARC tag ${key}= is not defined and is ignored` });
  if (!Number.isInteger(pct) || pct < 0 || pct > 100) findings.push({ severity: 'warning', code: 'dmarc_bad_pct', message: `DMARC pct=${pctRaw} is not a whole number from 0 to 100` });
  if (inherited) findings.push({ severity: 'info', code: 'dmarc_inherited', message: `${domain} has no DMARC record of its own; the organisational domain ${foundAt}'s record applies${tags.get('sp') ? ' (its sp= policy)' : ''}` });
  if (policy === 'none') {
    findings.push({ severity: 'warning', code: 'dmarc_p_none', message: 'DMARC policy is p=none: it only monitors. Move to p=quarantine once reports are clean' });
    if (rua.length === 0) {
      findings.push({ severity: 'warning', code: 'dmarc_no_rua', message: 'DMARC p=none without rua= collects nothing: add a report address' });
      fixes.push({ record_name: `_dmarc.${foundAt}`, record_type: 'TXT', value: `${record.replace(/;\s*$/, '')}; rua=mailto:dmarc@${foundAt}`, note: 'Adds aggregate reports so you can see who sends as your domain' });
    }
  }
  if (policy && policy !== 'none' && pct < 100) findings.push({ severity: 'info', code: 'dmarc_pct', message: `DMARC applies to only ${pct}% of failing mail` });
  const strength = !policy || policy === 'none' ? 'weak' : policy === 'quarantine' ? (pct < 100 ? 'weak' : 'moderate') : pct < 100 ? 'moderate' : 'strong';
  return {
    status: statusOf(findings), record, found_at: foundAt, inherited, policy, subdomain_policy: tags.get('sp') ?? null,
    pct: Number.isFinite(pct) ? pct : null, rua, ruf, adkim, aspf, fo: tags.get('fo') ?? null, strength, findings, fixes,
  };
}
