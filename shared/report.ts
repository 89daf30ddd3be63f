// Deliverability reports, reputation history and exports as handlers return them.

export type ScoreStatus = 'good' | 'warning' | 'bad' | 'unknown';

export interface ScoreComponentView {
  key: string;
  group: string;
  label: string;
  points: number;
  max: number;
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
  overall_score: number;
  /** Points that rest on known inputs; 100 − known_max points are unknown. */
  known_max: number;
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
  recommendations: { key: string; impact: number; title: string; action: string }[];
  /** What the mailbox scan read, or why it could not run. */
  mailbox: { scanned: boolean; message: string };
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
