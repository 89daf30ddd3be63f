// Deliverability reports, reputation history and exports as handlers return them.

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
    hard_bounces: number;
    soft_bounces: number;
    complaints: number;
    replies: number;
    bounce_rate: number | null;
    complaint_rate: number | null;
    reply_rate: number | null;
  };
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
  error?: 'timeout' | 'auth_failed' | 'tls_error' | 'unreachable' | 'protocol_error';
  /** Messages the scans could not read and skipped (still in the mailbox), with why. */
  unreadable?: { count: number; examples: { folder: string; uid: number; reason: string }[] };
}

export interface HistoryPoint {
  date: string;
  sent: number;
  hard_bounces: number;
  soft_bounces: number;
  complaints: number;
  replies: number;
  bounce_rate: number;
  complaint_rate: number;
  reply_rate: number;
  /** Score over what was measured that day; null when too little was measured. */
  score: number | null;
}

export const EXPORT_KINDS = ['accounts', 'reports', 'history'] as const;
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
