// Domain types returned by handlers. Timestamps are ISO-8601 UTC strings.
import type { ProbeResult } from './connection';
import type { AuthMethod, SignInState } from './oauth';

export const PROVIDERS = ['google', 'microsoft', 'smtp'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** Daily sending cap each provider enforces; an account's daily limit may not exceed it. */
export const PROVIDER_DAILY_CAP: Record<Provider, number> = {
  google: 2000,
  microsoft: 5000,
  smtp: 100000,
};

export const SMTP_SECURITIES = ['starttls', 'tls', 'none'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITIES)[number];

export const IMAP_SECURITIES = ['tls', 'starttls', 'none'] as const;
export type ImapSecurity = (typeof IMAP_SECURITIES)[number];

export const ACCOUNT_STATUSES = ['active', 'paused', 'error', 'warming'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Statuses a user may set; `error` is set by connection tests only. */
export const SETTABLE_STATUSES = ['active', 'paused', 'warming'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

export const ACCOUNT_SORT_FIELDS = ['email', 'provider', 'created_at', 'score'] as const;
export type AccountSortField = (typeof ACCOUNT_SORT_FIELDS)[number];

export interface Account {
  id: string;
  email: string;
  display_name: string;
  provider: Provider;
  smtp_host: string;
  smtp_port: number;
  smtp_security: SmtpSecurity;
  smtp_username: string;
  /** Whether an SMTP password is in the keychain. The password itself never leaves core. */
  smtp_password_stored: boolean;
  imap_host: string;
  imap_port: number;
  imap_security: ImapSecurity;
  imap_username: string;
  /** True when the IMAP login uses the SMTP password (no separate IMAP password was given). */
  imap_uses_smtp_password: boolean;
  imap_password_stored: boolean;
  daily_limit: number;
  min_minutes_between_sends: number;
  signature_html: string;
  reply_to: string | null;
  bcc: string | null;
  tracking_domain: string | null;
  tags: string[];
  warmup_enabled: boolean;
  warmup_per_day: number;
  warmup_daily_rampup: number;
  warmup_target_reply_rate: number;
  client_id: string | null;
  client_name: string | null;
  status: AccountStatus;
  created_at: string;
  updated_at: string;
  /** The user accepts a self-signed certificate from this inbox's servers (hostname and dates still checked). */
  allow_self_signed: boolean;
  smtp_test: ProbeResult | null;
  imap_test: ProbeResult | null;
  last_tested_at: string | null;
  /** Last deliverability score, 0–100; null before the first report. */
  score: number | null;
  /** password: keychain passwords; oauth: signs in with Google or Microsoft (XOAUTH2). */
  auth_method: AuthMethod;
  /** The sign-in app (Settings) its refresh token belongs to. */
  oauth_app_id: string | null;
  /** For oauth inboxes: connected, needs_sign_in (no token yet) or expired (refused by the provider). */
  sign_in: SignInState | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  per_page: number;
  has_next: boolean;
  has_prev: boolean;
}

export interface Client {
  id: string;
  name: string;
  account_count: number;
  created_at: string;
}

export interface KeychainStatus {
  available: boolean;
  /** What is wrong and what to install, when unavailable. */
  message: string | null;
}

export interface AppInfo {
  version: string;
  data_dir: string;
  database_path: string;
  keychain: KeychainStatus;
}
