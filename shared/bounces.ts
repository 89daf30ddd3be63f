// The closed list of bounce reasons, what each means for the sender, and what the app shows for
// it. Shared by core (classifier, report) and the renderer (labels).

export const BOUNCE_REASONS = [
  'user_unknown',
  'host_unknown',
  'mailbox_disabled',
  'has_moved',
  'mailbox_full',
  'message_too_big',
  'blocked_ip_reputation',
  'blocked_listed',
  'auth_failed',
  'rdns_missing',
  'spam_content',
  'policy',
  'rate_limited',
  'too_many_connections',
  'tls_required',
  'relay_denied',
  'expired',
  'network',
  'system',
  'syntax',
  'unknown',
] as const;
export type BounceReason = (typeof BOUNCE_REASONS)[number];

/**
 * hard: the address is bad, remove it. block: the receiver refused the sender (the
 * deliverability alarm). soft: a failure that says nothing certain about either. delay: not a
 * failure yet, the sending server keeps trying.
 */
export type BounceCategory = 'hard' | 'block' | 'soft' | 'delay';

export const BOUNCE_REASON_LABELS: Record<BounceReason, string> = {
  user_unknown: 'User unknown',
  host_unknown: 'Domain does not accept mail',
  mailbox_disabled: 'Mailbox disabled',
  has_moved: 'Address has moved',
  mailbox_full: 'Mailbox full',
  message_too_big: 'Message too big',
  blocked_ip_reputation: 'Blocked: sender reputation',
  blocked_listed: 'Blocked: blacklist listing',
  auth_failed: 'Blocked: SPF/DKIM/DMARC failed',
  rdns_missing: 'Blocked: no reverse DNS (PTR)',
  spam_content: 'Blocked: content',
  policy: 'Blocked: receiver policy',
  rate_limited: 'Rate limited',
  too_many_connections: 'Too many connections',
  tls_required: 'TLS required',
  relay_denied: 'Relay denied',
  expired: 'Gave up after retries',
  network: 'Network error',
  system: 'Receiving system error',
  syntax: 'Protocol error',
  unknown: 'Unknown',
};
