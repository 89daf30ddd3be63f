// Computed health of an inbox, apart from its status (the user's active/paused choice). The rules
// live in electron/core/health/rules.ts; these are the names and shapes both processes share.

/** Worst first: the order lists and sorts use (unknown always last). */
export const HEALTHS = ['failing', 'at_risk', 'watch', 'healthy', 'unknown'] as const;
export type Health = (typeof HEALTHS)[number];

export const HEALTH_LABEL: Record<Health, string> = {
  failing: 'Failing', at_risk: 'At risk', watch: 'Watch', healthy: 'Healthy', unknown: 'Unknown',
};

/** Sort key stored with each inbox: failing 0 … healthy 3, unknown 4. */
export const HEALTH_RANK: Record<Health, number> = { failing: 0, at_risk: 1, watch: 2, healthy: 3, unknown: 4 };

/** What a reason does to health: a problem of that level, or missing evidence (unknown). */
export type HealthLevel = Exclude<Health, 'healthy'>;

export const HEALTH_REASON_CODES = [
  'login_failed',
  'listed',
  'bounces_high',
  'complaints_high',
  'bounces_elevated',
  'complaints_elevated',
  'bounces_rising',
  'complaints_rising',
  'spf_missing',
  'spf_fail',
  'dkim_missing',
  'dmarc_missing',
  'spf_weak',
  'dkim_weak',
  'not_tested',
  'domain_not_checked',
  'stale',
] as const;
export type HealthReasonCode = (typeof HEALTH_REASON_CODES)[number];

export interface HealthReason {
  code: HealthReasonCode;
  level: HealthLevel;
  /** Groups reasons of one code: the error code of a failed login, the list of a listing; '' otherwise. */
  detail: string;
  /** 'domain' when the cause is the sending domain or its IP (fixed once for all its inboxes). */
  scope: 'inbox' | 'domain';
  /** In words, with the evidence (rates, list names, when it was seen). */
  message: string;
}

export const PROBE_ERROR_LABEL: Record<string, string> = {
  auth_failed: 'password or username rejected',
  tls_error: 'TLS or certificate problem',
  timeout: 'server did not answer in time',
  unreachable: 'server unreachable',
  protocol_error: 'unexpected answer from the server',
};

/** Short words for a reason, e.g. in the filter chip "Problem: over 0.3 % complaints". */
export const HEALTH_REASON_LABEL: Record<HealthReasonCode, string> = {
  login_failed: 'cannot log in',
  listed: 'listed on a blocklist',
  bounces_high: 'over 5 % bounces',
  complaints_high: 'over 0.3 % complaints',
  bounces_elevated: '2–5 % bounces',
  complaints_elevated: '0.1–0.3 % complaints',
  bounces_rising: 'rising bounce rate',
  complaints_rising: 'rising complaint rate',
  spf_missing: 'no SPF record',
  spf_fail: 'SPF fails for the sending server',
  dkim_missing: 'no DKIM key',
  dmarc_missing: 'no DMARC record',
  spf_weak: 'SPF does not vouch for the sending server',
  dkim_weak: 'DKIM key under 2048 bits',
  not_tested: 'not tested yet',
  domain_not_checked: 'domain not checked yet',
  stale: 'not checked for over a week',
};
