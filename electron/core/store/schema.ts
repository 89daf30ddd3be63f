// Kysely table interfaces: the one description of what SQLite holds. No secrets, ever.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ClientsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface AccountsTable {
  id: string;
  email: string;
  display_name: string;
  provider: string;
  smtp_host: string;
  smtp_port: number;
  smtp_security: string;
  smtp_username: string;
  /** 1 when the keychain holds the SMTP password (kept true by the start-up reconcile pass). */
  smtp_password_stored: number;
  imap_host: string;
  imap_port: number;
  imap_security: string;
  imap_username: string;
  /** 1 when the IMAP login reuses the SMTP password. */
  imap_uses_smtp_password: number;
  /** 1 when the keychain holds a separate IMAP password. */
  imap_password_stored: number;
  daily_limit: number;
  min_minutes_between_sends: number;
  signature_html: string;
  reply_to: string | null;
  bcc: string | null;
  tracking_domain: string | null;
  /** JSON array of strings. */
  tags: string;
  warmup_enabled: number;
  warmup_per_day: number;
  warmup_daily_rampup: number;
  warmup_target_reply_rate: number;
  client_id: string | null;
  status: string;
  created_at: string;
  updated_at: string;
  allow_self_signed: Generated<number>;
  /** JSON ProbeResult of the last SMTP test; null before the first. */
  smtp_test: string | null;
  imap_test: string | null;
  last_tested_at: string | null;
  /** Score over what was measured (0–100), for sorting; null before the first report or below the floor. */
  score: number | null;
  /** 'password' or 'oauth'. */
  auth_method: Generated<string>;
  oauth_app_id: string | null;
  /** 1 when the keychain holds the inbox's OAuth refresh token. */
  oauth_token_stored: Generated<number>;
  /** When the provider refused the refresh token (revoked, expired); null otherwise. */
  sign_in_expired_at: string | null;
  /** Percent of the score's points that rest on measurements. */
  score_measured: Generated<number | null>;
  /** Computed (health/rules.ts): failing, sign_in_expired, at_risk, watch, healthy, unknown. */
  health: Generated<string>;
  /** 0 failing and sign_in_expired … 3 healthy, 4 unknown: sorts worst first, unknown last. */
  health_rank: Generated<number>;
  /** JSON HealthReason[]. */
  health_reasons: Generated<string>;
  health_at: Generated<string | null>;
  health_expires_at: Generated<string | null>;
  /** Error code of the last SMTP/IMAP test; null when it passed or never ran. */
  smtp_error: Generated<string | null>;
  imap_error: Generated<string | null>;
}

/** The agency's OAuth client per provider (and optionally per client). Its secret is in the keychain. */
export interface OAuthAppsTable {
  id: string;
  provider: string;
  label: string;
  client_id: string;
  tenant: string | null;
  issuer: string | null;
  agency_client_id: string | null;
  secret_stored: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** The rate counts health was last derived from (written at each report refresh). */
export interface AccountRatesTable {
  account_id: string;
  measured_at: string;
  sent_30d: number;
  bounced_30d: number;
  complaints_30d: number;
  sent_7d: number;
  bounced_7d: number;
  complaints_7d: number;
  /** Blocks (the receiver refused the sender), apart from bounces: migration 0012. */
  blocked_30d: Generated<number>;
  blocked_7d: Generated<number>;
}

/** One row per reason of an inbox's health, for counting by cause. */
export interface HealthReasonsTable {
  account_id: string;
  code: string;
  detail: string;
  level: string;
  /** The inbox's sending domain. */
  domain: string;
}

/** Fleet-wide totals per day, kept by triggers on snapshots. */
export interface FleetDailyTable {
  date: string;
  sent: number;
  bounced: number;
  complaints: number;
}

export interface MailboxFoldersTable {
  account_id: string;
  folder: string;
  role: string;
  /** UIDVALIDITY as a decimal string (it is a 32-bit unsigned number). */
  uidvalidity: string;
  last_uid: number;
  scanned_at: string;
}

export interface SentMessagesTable {
  account_id: string;
  message_id: string;
  /** YYYY-MM-DD (UTC) the message was sent. */
  date: string;
}

export interface MailboxEventsTable {
  account_id: string;
  folder: string;
  uidvalidity: string;
  uid: number;
  date: string;
  /** hard_bounce, soft_bounce, block, delay, complaint, reply, auto_reply */
  kind: string;
  detail: Generated<string>;
  /** For bounces, blocks and delays: the reason (shared/bounces.ts BOUNCE_REASONS). */
  reason: string | null;
}

export interface SnapshotsTable {
  account_id: string;
  date: string;
  sent: number;
  hard_bounces: number;
  soft_bounces: number;
  complaints: number;
  replies: number;
  /** Rejections of the sender (reputation, listing, authentication, content, policy, rate). */
  blocks: Generated<number>;
  /** Delay notices: not bounces, the sending server still retries. */
  delays: Generated<number>;
  /** (hard + soft bounces) ÷ sent; blocks are counted apart. */
  bounce_rate: number;
  block_rate: Generated<number>;
  complaint_rate: number;
  reply_rate: number;
  score: number | null;
}

export interface ReportsTable {
  account_id: string;
  report: string;
  created_at: string;
}

export interface DomainsTable {
  domain: string;
  /** JSON array of the user's own DKIM selectors. */
  dkim_selectors: Generated<string>;
  /** JSON DomainReport of the last audit; null before the first. */
  report: string | null;
  checked_at: string | null;
}

export interface SettingsTable {
  key: string;
  /** JSON value. */
  value: string;
}

export interface AlertsTable {
  id: string;
  kind: string;
  severity: string;
  /** 'account:<id>' or 'domain:<name>'. */
  subject: string;
  key: string;
  account_id: string | null;
  domain: string;
  title: string;
  detail: string;
  /** JSON object: what the check saw. */
  observed: Generated<string>;
  opened_at: string;
  updated_at: string;
  resolved_at: string | null;
  resolution: string | null;
  acknowledged_at: string | null;
}

export interface AlertStateTable {
  subject: string;
  account_id: string | null;
  /** JSON SubjectState (alerts/machine.ts). */
  state: string;
  checked_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  created_at: string;
  title: string;
  payload: string;
  status: string;
  attempts: Generated<number>;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
}

export interface SchedulerRunsTable {
  id: string;
  reason: string;
  job_id: string | null;
  started_at: string;
  finished_at: string | null;
  status: string;
  total: Generated<number>;
  done: Generated<number>;
  failed: Generated<number>;
}

export interface Database {
  clients: ClientsTable;
  accounts: AccountsTable;
  settings: SettingsTable;
  domains: DomainsTable;
  mailbox_folders: MailboxFoldersTable;
  sent_messages: SentMessagesTable;
  mailbox_events: MailboxEventsTable;
  snapshots: SnapshotsTable;
  reports: ReportsTable;
  account_rates: AccountRatesTable;
  health_reasons: HealthReasonsTable;
  fleet_daily: FleetDailyTable;
  export_partials: ExportPartialsTable;
  alerts: AlertsTable;
  alert_state: AlertStateTable;
  webhook_deliveries: WebhookDeliveriesTable;
  scheduler_runs: SchedulerRunsTable;
  oauth_apps: OAuthAppsTable;
}

/** An export being written: its temporary file, removed at the next start if the app died. */
export interface ExportPartialsTable {
  path: string;
  started_at: string;
}

export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type AccountRowUpdate = Updateable<AccountsTable>;
export type ClientRow = Selectable<ClientsTable>;
export type OAuthAppRow = Selectable<OAuthAppsTable>;
export type AccountRatesRow = Selectable<AccountRatesTable>;
