// Results of SPF evaluation (RFC 7208 check_host()) and of a record's static analysis.
import type { DnsLookup } from '../dns/types';

export type SpfResultCode = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

export interface SpfInput {
  /** The SMTP client's address, IPv4 or IPv6 (an IPv4-mapped IPv6 address counts as IPv4). */
  ip: string;
  /** The domain whose policy is checked; defaults to the sender's domain, or the HELO name. */
  domain?: string;
  /** MAIL FROM; empty or missing means postmaster@<helo> (RFC 7208 §2.4). */
  sender?: string;
  /** HELO/EHLO name, for the %{h} macro and for an empty MAIL FROM. */
  helo?: string;
  lookup: DnsLookup;
  /** The checking host's name for %{r} in explanations (default 'unknown'). */
  receiver?: string;
  /** Clock for %{t} in explanations. */
  now?: () => Date;
}

export interface SpfResult {
  result: SpfResultCode;
  /** The domain owner's explanation (exp=), only with a fail. */
  explanation?: string;
  /** The checked domain's own SPF record, when it has exactly one. */
  record?: string;
  /** What decided the result, outermost first, e.g. ['example.com: include:_spf.google.com', '_spf.google.com: ip4:… matched']. */
  path: string[];
  /** Terms that cost a DNS lookup (include, a, mx, ptr, exists, redirect); the limit is 10. */
  lookups: number;
  /** Lookups that found no records (NXDOMAIN or NODATA); the limit is 2. */
  voidLookups: number;
  /** Everything worth fixing that was seen on the way, in words for a user. */
  problems: string[];
}

export type SpfProvider = 'google' | 'microsoft';

export interface SpfIncludeCost {
  /** The term as written, e.g. 'include:_spf.google.com' or 'redirect=_spf.example.com'. */
  term: string;
  domain: string;
  /** Lookups this term costs in total: itself plus everything its record pulls in. */
  lookups: number;
  provider?: SpfProvider;
}

export interface SpfAnalysis {
  domain: string;
  /** 'ok': one valid record; 'none': no record; 'multiple': several, 'invalid': a syntax error (both permerrors for receivers); 'temperror': DNS failed. */
  status: 'ok' | 'none' | 'multiple' | 'invalid' | 'temperror';
  /** The one record, when there is exactly one. */
  record?: string;
  /** Every v=spf1 record found at the domain. */
  records: string[];
  /** Lookups the whole tree costs when every term is evaluated (the worst case; limit 10). */
  lookups: number;
  /** The record's include and redirect terms with what each costs. */
  includes: SpfIncludeCost[];
  /** Include/redirect cycles, e.g. 'a.example → b.example → a.example'. */
  loops: string[];
  /** Big providers whose include the record has (directly or nested). */
  providers: SpfProvider[];
  problems: string[];
}
