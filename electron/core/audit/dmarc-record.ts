// Reads one DMARC record (RFC 7489 §6.3, plus DMARCbis's np/psd/t): the policy and reporting
// tags, and every invalid or unknown tag as a finding a user can fix.
import type { DmarcCheck, Finding } from '../../../shared/audit';
import { parseTagList } from './common';

export type DmarcPolicy = NonNullable<DmarcCheck['policy']>;

/** The tags of one record, as the DMARC check reports them, plus what is wrong with it. */
export interface DmarcRecordFacts extends Pick<DmarcCheck, 'pct' | 'rua' | 'ruf' | 'adkim' | 'aspf' | 'fo'> {
  tags: Record<string, string>;
  /** null when p= is missing or invalid (treated as none when rua= is valid, RFC 7489 §6.6.3). */
  policy: DmarcPolicy | null;
  subdomain_policy: DmarcPolicy | null;
  problems: Finding[];
}

const POLICIES = new Set<string>(['none', 'quarantine', 'reject']);
const KNOWN = new Set(['v', 'p', 'sp', 'np', 'pct', 'rua', 'ruf', 'adkim', 'aspf', 'fo', 'rf', 'ri', 'psd', 't']);

export const isDmarcRecord = (txt: string): boolean => /^\s*v\s*=\s*DMARC1\s*(;|$)/i.test(txt);

/** mailto:addr[!size] URIs, comma separated; other schemes are legal but almost no receiver sends to them. */
function reportUris(tag: string, value: string, problems: Finding[]): string[] {
  const uris = value.split(',').map((u) => u.trim()).filter(Boolean);
  for (const uri of uris) {
    const m = /^mailto:([^@\s!]+@[^@\s!]+\.[^@\s!]+)(![0-9]+[kmgt]?)?$/i.exec(uri);
    if (m) continue;
    if (/^mailto:/i.test(uri)) problems.push({ severity: 'error', code: 'dmarc_invalid_tag', message: `${tag}= has "${uri}", which is not a valid mailto: address; reports will not arrive. Use ${tag}=mailto:you@example.com.` });
    else problems.push({ severity: 'warning', code: 'dmarc_report_uri', message: `${tag}= has "${uri}"; receivers only send reports to mailto: addresses.` });
  }
  return uris;
}

export function parseDmarcRecord(record: string): DmarcRecordFacts {
  const { tags, order, errors } = parseTagList(record);
  const problems: Finding[] = errors.map((e) => ({ severity: 'error', code: 'dmarc_syntax', message: `DMARC record syntax: ${e}.` }));
  if (order[0] !== 'v') problems.push({ severity: 'error', code: 'dmarc_syntax', message: 'v=DMARC1 must be the first tag of the DMARC record.' });

  const policyTag = (tag: 'p' | 'sp'): DmarcPolicy | null => {
    const v = tags.get(tag)?.toLowerCase();
    if (v === undefined) return null;
    if (POLICIES.has(v)) return v as DmarcPolicy;
    problems.push({ severity: 'error', code: 'dmarc_invalid_tag', message: `${tag}=${tags.get(tag)} is not a DMARC policy; use none, quarantine or reject.` });
    return null;
  };
  const policy = policyTag('p');
  if (!tags.has('p')) problems.push({ severity: 'error', code: 'dmarc_no_policy', message: 'The DMARC record has no p= tag. Receivers treat it as p=none at best (and ignore it without a valid rua=). Add p=none, p=quarantine or p=reject right after v=DMARC1.' });
  const subdomain_policy = policyTag('sp');

  let pct: number | null = null;
  const pctRaw = tags.get('pct');
  if (pctRaw !== undefined) {
    if (/^\d{1,3}$/.test(pctRaw) && Number(pctRaw) <= 100) pct = Number(pctRaw);
    else problems.push({ severity: 'error', code: 'dmarc_invalid_tag', message: `pct=${pctRaw} must be a whole number from 0 to 100.` });
  }

  const alignment = (tag: 'adkim' | 'aspf'): 'r' | 's' | null => {
    const v = tags.get(tag)?.toLowerCase();
    if (v === undefined) return null;
    if (v === 'r' || v === 's') return v;
    problems.push({ severity: 'error', code: 'dmarc_invalid_tag', message: `${tag}=${tags.get(tag)} must be r (relaxed) or s (strict).` });
    return null;
  };

  const fo = tags.get('fo') ?? null;
  if (fo !== null && !fo.split(':').every((o) => ['0', '1', 'd', 's'].includes(o.trim().toLowerCase()))) {
    problems.push({ severity: 'error', code: 'dmarc_invalid_tag', message: `fo=${fo} must be one or more of 0, 1, d, s separated by colons.` });
  }
  const ri = tags.get('ri');
  if (ri !== undefined && !/^\d+$/.test(ri)) problems.push({ severity: 'error', code: 'dmarc_invalid_tag', message: `ri=${ri} must be a number of seconds.` });

  for (const tag of order) {
    if (!KNOWN.has(tag)) problems.push({ severity: 'warning', code: 'dmarc_unknown_tag', message: `Unknown DMARC tag ${tag}= is ignored by receivers; check it for a typo.` });
  }

  return {
    tags: Object.fromEntries(tags),
    policy,
    subdomain_policy,
    pct,
    rua: tags.has('rua') ? reportUris('rua', tags.get('rua') ?? '', problems) : [],
    ruf: tags.has('ruf') ? reportUris('ruf', tags.get('ruf') ?? '', problems) : [],
    adkim: alignment('adkim'),
    aspf: alignment('aspf'),
    fo,
    problems,
  };
}
