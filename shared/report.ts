// Deliverability reports, reputation history and exports as handlers return them.
import type { BounceCategory, BounceReason } from './bounces';

export type ScoreStatus = 'good' | 'warning' | 'bad' | 'unknown';

export interface ScoreComponentView {
  key: string;
  group: string;
  label: string;
  points: number;
  max: number;
  /** The part of max that rests on measurements (0 when unknown). */
  measured: number;
  status: ScoreStatus;
  evidence: string;
  advice?: { title: string; action: string };
}

export interface AuthResult {
  /** null when it could not be checked. */
  passed: boolean | null;
  record: string | null;
  details: string;
}

export interface DeliverabilityReport {
  account_id: string;
  email: string;
  domain: string;
  /** The score over what was measured (0–100), or null: "not enough data" (measured below the floor). */
  overall_score: number | null;
  /** Points earned, out of known_max. */
  points: number;
  /** Points that rest on measurements; 100 − known_max points are unknown. */
  known_max: number;
  /** How much was measured, in percent ("92 · 70 % measured"). */
  measured: number;
  /** Below this many percent measured the score is "not enough data". */
  score_floor: number;
  /** Why the score is held below what was measured, e.g. the inbox cannot send. */
  capped: string | null;
  checked_at: string;
  components: ScoreComponentView[];
  dns_authentication: { spf: AuthResult; dkim: AuthResult; dmarc: AuthResult };
  blacklist_check: { listed: boolean; checked_lists: number; clean_lists: string[]; flagged_lists: { list: string; answer: string; meaning: string; removal_url: string }[] };
  reputation: {
    window_days: number;
    sent: number;
    /** Address problems: user/host unknown, moved, disabled. */
    hard_bounces: number;
    /** Failures that say nothing certain about the address or the sender (full, too big, expired …). */
    soft_bounces: number;
    /** Refusals of the sender: reputation, listing, authentication, rDNS, content, policy, rate. */
    blocks: number;
    /** Delay notices (still retrying): counted apart, not bounces. */
    delays: number;
    complaints: number;
    replies: number;
    /** (hard + soft) ÷ sent. */
    bounce_rate: number | null;
    hard_bounce_rate: number | null;
    block_rate: number | null;
    complaint_rate: number | null;
    reply_rate: number | null;
  };
  /** Bounces, blocks and delays of the window by reason, most first, with evidence and the fix. */
  bounces_by_reason: BounceReasonSummary[];
  /** What the complaint rate can and cannot see (Gmail sends no per-message complaints). */
  complaints_note: string;
  /** "Fix first": only what the user can do, most urgent area first (connection, listings, DNS, rates, volume). */
  recommendations: { key: string; impact: number; title: string; action: string }[];
  /** Not measured yet, apart from fixes: what would fill in the score. */
  not_measured: { key: string; points: number; title: string; action: string }[];
  /** What the mailbox scan read, or why it could not run. */
  mailbox: MailboxEvidence;
}

export interface MailboxEvidence {
  scanned: boolean;
  message: string;
  /** Set when the scan did not finish: `timeout` when it reached its limit (the next scan goes on from there). */
  error?: 'timeout' | 'auth_failed' | 'tls_error' | 'unreachable' | 'protocol_error' | 'sign_in_expired' | 'needs_sign_in';
  /** Messages the scans could not read and skipped (still in the mailbox), with why. */
  unreadable?: { count: number; examples: { folder: string; uid: number; reason: string }[] };
}

/** One bounce as the report that brought it states it. */
export interface BounceExample {
  address: string;
  /** YYYY-MM-DD the report arrived. */
  date: string;
  /** Enhanced status code, e.g. 5.7.509; '' when the report gave none. */
  status: string;
  reply_code?: string;
  /** The receiving server's reply (or the report's explanation). */
  diagnostic?: string;
  remote_mta?: string;
  reporting_mta?: string;
}

/** What to do about a reason; blocks point at the fix inside the app. */
export interface BounceFix {
  kind: 'dns' | 'blacklist' | 'ptr' | 'tls' | 'sending' | 'content' | 'list' | 'wait';
  title: string;
  action: string;
  /** In-app link (hash route), e.g. #/domains/acme.example. */
  href?: string;
  /** A DNS record to publish, quoted from the domain audit. */
  record?: { record_name: string; value: string };
  /** The blacklist the replies name, and where to request removal when the audit knows it. */
  list?: string;
  removal_url?: string;
}

export interface BounceReasonSummary {
  reason: BounceReason;
  label: string;
  category: BounceCategory;
  /** Messages with this reason in the window. */
  count: number;
  /** A few recent ones, newest first. */
  examples: BounceExample[];
  fix: BounceFix;
}

export interface HistoryPoint {
  date: string;
  sent: number;
  hard_bounces: number;
  soft_bounces: number;
  /** Sends the receiver refused for the sender's sake (reputation, listing, authentication …). */
  blocks: number;
  /** Delay notices: counted apart, not bounces. */
  delays: number;
  complaints: number;
  replies: number;
  /** (hard + soft bounces) ÷ sent. */
  bounce_rate: number;
  block_rate: number;
  complaint_rate: number;
  reply_rate: number;
  /** Score over what was measured that day; null when too little was measured. */
  score: number | null;
}

/** accounts = Inboxfleet's own format (re-importable); smartlead and instantly write those vendors' files. */
export const EXPORT_KINDS = ['accounts', 'smartlead', 'instantly', 'reports', 'history'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportResult {
  path: string;
  rows: number;
  bytes: number;
}

/** "92 · 70 % measured", "not enough data (40 % measured)", or "not scored yet". */
export function scoreText(score: number | null, measured: number | null): string {
  if (measured === null) return 'not scored yet';
  if (score === null) return `not enough data (${measured} % measured)`;
  return `${score} · ${measured} % measured`;
}
