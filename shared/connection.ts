// Connection tests, test emails, autoconfig, settings and jobs: the types handlers return.
import type { Provider, SmtpSecurity, ImapSecurity } from './domain';
import type { BulkOutcome, ImportResult } from './import';

export const PROBE_ERROR_CODES = [
  'auth_failed', 'tls_error', 'timeout', 'unreachable', 'protocol_error',
  // Signed-in inboxes: the provider refused the refresh token / the inbox was never signed in.
  'sign_in_expired', 'needs_sign_in',
] as const;
export type ProbeErrorCode = (typeof PROBE_ERROR_CODES)[number];

/** What the server presented, shown when TLS fails (and kept when it succeeds). */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  alt_names: string[];
  valid_from: string;
  valid_to: string;
  self_signed: boolean;
  fingerprint_sha256: string;
}

export interface ProbeResult {
  protocol: 'smtp' | 'imap';
  ok: boolean;
  /** Null when ok. */
  error: ProbeErrorCode | null;
  /** Human words: what failed and what to do. Never contains a password. */
  message: string;
  /** Which step failed or timed out: connect, tls, greeting, auth, mailbox. */
  step: string | null;
  host: string;
  port: number;
  greeting: string | null;
  /** The server's own reply to the failing command, when it sent one. */
  server_response: string | null;
  tls_version: string | null;
  auth_methods: string[];
  capabilities: string[];
  certificate: CertificateInfo | null;
  /** True when the certificate was trusted only because the user allowed self-signed on this inbox. */
  self_signed_allowed: boolean;
  latency_ms: number;
  tested_at: string;
}

export interface AccountTestResult {
  account_id: string;
  email: string;
  ok: boolean;
  smtp: ProbeResult;
  imap: ProbeResult;
  tested_at: string;
}

export interface SendTestEmailResult {
  ok: boolean;
  message_id: string | null;
  /** The server's final reply, e.g. "250 2.0.0 Ok: queued as …". */
  response: string | null;
  accepted: string[];
  rejected: string[];
  error: ProbeErrorCode | null;
  message: string;
}

export interface AutoconfigResult {
  domain: string;
  provider: Provider;
  /** mx: decided from the domain's MX records; guess: host names on the domain; none: lookup failed. */
  source: 'mx' | 'guess';
  mx: string[];
  smtp_host: string;
  smtp_port: number;
  smtp_security: SmtpSecurity;
  imap_host: string;
  imap_port: number;
  imap_security: ImapSecurity;
  /** Why, in a sentence (also says when the MX lookup failed). */
  note: string;
}

export interface Settings {
  /** TCP connect (and implicit-TLS handshake) limit per connection, ms. */
  connect_timeout_ms: number;
  /** Time the server may take to greet (and to finish a STARTTLS upgrade), ms. */
  greeting_timeout_ms: number;
  /** Longest silence allowed during TLS and login, ms. */
  socket_timeout_ms: number;
  /** Hard cap on one whole SMTP or IMAP check, ms. */
  probe_deadline_ms: number;
  /** Connection tests running at once, overall. */
  test_concurrency: number;
  /** Connection tests running at once against one server host. */
  test_per_host_concurrency: number;
  /** DNS servers as "ip" or "ip:port"; empty = the system's. */
  dns_servers: string[];
  dns_timeout_ms: number;
  dns_tries: number;
  /** Hard cap on one whole mailbox scan of one inbox, ms; the next scan goes on where it stopped. */
  scan_deadline_ms: number;
  /** Alert when an inbox's 30-day bounce rate goes over this many percent. */
  alert_bounce_pct: number;
  /** Alert when an inbox's 30-day block rate (receivers refusing the sender) goes over this many percent. */
  alert_block_pct: number;
  /** Alert when an inbox's 30-day complaint rate goes over this many percent. */
  alert_complaint_pct: number;
  /** Alert when an inbox's score falls by at least this many points between checks. */
  alert_score_drop: number;
  /** Clients whose inboxes are paused automatically when they cross the bounce, block or complaint threshold. */
  alert_auto_pause_client_ids: string[];
  /** How long a sign-in waits for the user to finish in the browser, ms. */
  sign_in_timeout_ms: number;
  /** DNS questions out at once, over every audit (sized for a home router; see dns/resolver.ts). */
  dns_max_in_flight: number;
}

/** A saved setting that could not be used, and what the app uses instead (shown in Settings). */
export interface SettingWarning {
  field: keyof Settings;
  message: string;
}

/** What settings.get and settings.update answer: the settings in force and any warnings. */
export interface SettingsView extends Settings {
  warnings: SettingWarning[];
}

export const DEFAULT_SETTINGS: Settings = {
  connect_timeout_ms: 10_000,
  greeting_timeout_ms: 15_000,
  socket_timeout_ms: 20_000,
  probe_deadline_ms: 45_000,
  test_concurrency: 10,
  test_per_host_concurrency: 4,
  dns_servers: [],
  dns_timeout_ms: 3_000,
  dns_tries: 2,
  scan_deadline_ms: 300_000,
  alert_bounce_pct: 5,
  alert_complaint_pct: 0.3,
  alert_block_pct: 3,
  alert_score_drop: 15,
  alert_auto_pause_client_ids: [],
  sign_in_timeout_ms: 600_000,
  // A run asks ~25–40 questions per domain, so 64 out at once audits 100 domains in ~2 s at
  // 50 ms per answer. It stays under half of what home routers forward at once (dnsmasq's
  // dns-forward-max is 150, and Pi-hole's FTL uses the same), leaving the household's own
  // lookups room; and an audit going at that pace (~0.3 ms of CPU per question, all checks
  // included) keeps about a third of one core busy, so a 2-core machine stays responsive.
  dns_max_in_flight: 64,
};

export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

export type JobKind =
  | 'accounts.test'
  | 'domains.check'
  | 'scheduler.check'
  | 'accounts.signIn'
  | 'accounts.import'
  | 'accounts.setStatus'
  | 'accounts.delete'
  | 'accounts.setClient'
  | 'accounts.tag'
  | 'accounts.setDailyLimit';

export interface JobInfo {
  id: string;
  kind: JobKind;
  status: JobStatus;
  total: number;
  done: number;
  failed: number;
  started_at: string;
  finished_at: string | null;
  /**
   * Item results so far, in completion order (bulk changes list only their failures); empty from
   * jobs.get and jobs.cancel unless `include_results` asked for them.
   */
  results: unknown[];
  message: string | null;
  /** How the job ended, for jobs that sum up (accounts.import: ImportResult; bulk changes: BulkOutcome). */
  result: ImportResult | BulkOutcome | null;
}
