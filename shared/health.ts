// Computed health of an inbox, apart from its status (the user's active/paused choice). The rules
// live in electron/core/health/rules.ts; these are the names and shapes both processes share.

/**
 * Worst first: the order lists and sorts use (unknown always last). `sign_in_expired` is its own
 * state (the provider refused a signed-in inbox's token: the fix is "sign in again", not a
 * password) and ranks with failing: neither inbox can send until the user acts.
 */
export const HEALTHS = ['failing', 'sign_in_expired', 'at_risk', 'watch', 'healthy', 'unknown'] as const;
export type Health = (typeof HEALTHS)[number];

export const HEALTH_LABEL: Record<Health, string> = {
  failing: 'Failing', sign_in_expired: 'Sign-in expired', at_risk: 'At risk', watch: 'Watch', healthy: 'Healthy', unknown: 'Unknown',
};

/** Sort key stored with each inbox: failing and sign-in expired 0 … healthy 3, unknown 4. */
export const HEALTH_RANK: Record<Health, number> = { failing: 0, sign_in_expired: 0, at_risk: 1, watch: 2, healthy: 3, unknown: 4 };

/** What an unknown health reads as when the only thing missing is the first sign-in. */
export const NOT_CONNECTED_LABEL = 'Not connected yet';

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
  'sign_in_expired',
  'blocks_high',
  'blocks_elevated',
  'blocks_rising',
  'needs_sign_in',
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
  sign_in_expired: 'sign-in expired — sign in again',
  needs_sign_in: 'not signed in yet',
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
  sign_in_expired: 'sign-in expired',
  blocks_high: 'over 3 % blocks',
  blocks_elevated: '1–3 % blocks',
  blocks_rising: 'rising block rate',
  needs_sign_in: 'not connected yet (sign in)',
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
