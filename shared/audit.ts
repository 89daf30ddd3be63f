// Domain audit results as handlers return them: each check's status, the records as published,
// findings in words a user can act on, and copy-ready fixes.

export type CheckStatus = 'ok' | 'warning' | 'error' | 'unknown';

export interface Finding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

export interface Fix {
  record_name: string;
  record_type: 'TXT' | 'MX' | 'PTR' | 'CNAME';
  value: string;
  note: string;
}

export interface CheckBase {
  status: CheckStatus;
  findings: Finding[];
  fixes: Fix[];
}

export interface SpfIpResult {
  ip: string;
  result: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';
  path: string[];
}

export interface SpfCheck extends CheckBase {
  record: string | null;
  records: string[];
  lookups: number;
  void_lookups: number;
  includes: { term: string; lookups: number; provider?: string }[];
  results: SpfIpResult[];
}

export interface DkimKey {
  selector: string;
  name: string;
  cname: string | null;
  record: string;
  key_type: string;
  bits: number | null;
  revoked: boolean;
  testing: boolean;
}

export interface DkimCheck extends CheckBase {
  found: boolean;
  selectors_tried: string[];
  keys: DkimKey[];
}

export interface DmarcCheck extends CheckBase {
  record: string | null;
  found_at: string | null;
  inherited: boolean;
  policy: 'none' | 'quarantine' | 'reject' | null;
  /** The policy that applies to this domain (sp= when inherited from the organisational domain). */
  effective_policy?: 'none' | 'quarantine' | 'reject' | null;
  subdomain_policy: string | null;
  pct: number | null;
  rua: string[];
  ruf: string[];
  adkim: 'r' | 's' | null;
  aspf: 'r' | 's' | null;
  fo: string | null;
  strength: 'none' | 'weak' | 'moderate' | 'strong';
}

export interface MxCheck extends CheckBase {
  records: { exchange: string; priority: number; addresses: string[]; cname: string | null }[];
  null_mx: boolean;
  provider: 'google' | 'microsoft' | 'other' | 'none';
}

export interface PtrCheck extends CheckBase {
  ip: string;
  ptr: string[];
  forward_confirmed: boolean;
}

export interface BlacklistFlag {
  list: string;
  zone: string;
  query: string;
  answer: string;
  meaning: string;
  removal_url: string;
}

export interface BlacklistCheck {
  status: CheckStatus;
  listed: boolean;
  checked_lists: number;
  clean_lists: string[];
  flagged_lists: BlacklistFlag[];
  unknown_lists: { list: string; reason: string }[];
}

export interface DomainReport {
  domain: string;
  checked_at: string;
  sending_ips: string[];
  /** Each inbox SMTP host and the addresses it resolved to. */
  sending_hosts: Record<string, string[]>;
  provider: 'google' | 'microsoft' | 'smtp' | 'mixed';
  spf: SpfCheck;
  dkim: DkimCheck;
  dmarc: DmarcCheck;
  mx: MxCheck;
  ptr: PtrCheck[];
  blacklist: BlacklistCheck;
  dns: { questions: number; cache_hits: number };
  /** Audit-wide findings: limits reached (capped answers, the audit's deadline), hosts that did not resolve. */
  notes?: Finding[];
}

export interface DomainSummary {
  domain: string;
  account_count: number;
  checked_at: string | null;
  spf: CheckStatus | null;
  dkim: CheckStatus | null;
  dmarc: CheckStatus | null;
  mx: CheckStatus | null;
  ptr: CheckStatus | null;
  blacklist: CheckStatus | null;
  /** Worst of the above; null before the first check. */
  overall: CheckStatus | null;
}
