// Alerts, their digests, the webhook and the scheduler as handlers return them.

export const ALERT_KINDS = ['connection', 'listing', 'spf_record', 'dkim_record', 'dmarc_record', 'bounce_rate', 'complaint_rate', 'score_drop', 'sign_in_expired', 'block_rate'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export type AlertSeverity = 'critical' | 'warning';

export interface Alert {
  id: string;
  kind: AlertKind;
  severity: AlertSeverity;
  /** What the alert is about: one inbox, or one sending domain (and so every inbox on it). */
  subject_type: 'account' | 'domain';
  account_id: string | null;
  email: string | null;
  domain: string;
  /** The inbox's client; null for a domain (its alerts show under every client sending from it). */
  client_id: string | null;
  /** The inbox's client, or for a domain the clients sending from it, comma-separated. */
  client_name: string | null;
  title: string;
  detail: string;
  /** The facts seen at the last check (the failing reply, the listing answer, the records, the rates). */
  observed: Record<string, unknown>;
  opened_at: string;
  updated_at: string;
  resolved_at: string | null;
  /** Why it closed: the condition cleared at a check, the user accepted a DNS change, the inbox was removed. */
  resolution: string | null;
  acknowledged_at: string | null;
}

export interface AlertCounts {
  open: number;
  /** Open and not acknowledged: the app's badge. */
  unacknowledged: number;
}

export interface AlertList extends AlertCounts {
  items: Alert[];
}

/** One line of a digest. */
export interface DigestItem {
  alert_id: string;
  change: 'opened' | 'resolved';
  kind: AlertKind;
  severity: AlertSeverity;
  title: string;
  /** Hash route of the inbox or domain, e.g. #/accounts/<id>. */
  link: string;
}

/** Changes of one check (or of a few minutes of a long one) told at once: one notification, one POST. */
export interface AlertDigest {
  id: string;
  created_at: string;
  title: string;
  body: string;
  opened: number;
  resolved: number;
  items: DigestItem[];
}

export interface WebhookDelivery {
  id: string;
  created_at: string;
  /** The digest's title, or "Test message". */
  title: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
}

export interface WebhookStatus {
  configured: boolean;
  /** Scheme, host and a shortened path: the full URL is a credential and stays in the keychain. */
  url_hint: string | null;
  deliveries: WebhookDelivery[];
}

export interface WebhookTestResult {
  ok: boolean;
  status: number | null;
  message: string;
}

export interface SchedulerRun {
  id: string;
  reason: 'scheduled' | 'catch_up' | 'manual';
  job_id: string | null;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'done' | 'cancelled' | 'interrupted';
  total: number;
  done: number;
  failed: number;
}

export interface SchedulerStatus {
  interval_minutes: number;
  /** The round now running, else the last one. */
  last_run: SchedulerRun | null;
  running: boolean;
  /** When the next round starts (null while one runs). */
  next_run_at: string | null;
  /** Inboxes a round started now would check (not checked in the last few minutes). */
  due: number;
  /** A round was missed (app closed or computer asleep) and runs at once. */
  overdue: boolean;
  /** Rounds wait while main says the computer is offline. */
  waiting_for_network: boolean;
  /** With many inboxes a round is spread: one inbox starts every spacing_ms. */
  spacing_ms: number;
}
