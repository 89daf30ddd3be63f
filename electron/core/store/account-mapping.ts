// Row ↔ domain mapping for accounts: SQLite integers become booleans, tags JSON becomes a list.
import type { Account, AccountStatus, ImapSecurity, Provider, SmtpSecurity } from '../../../shared/domain';
import type { AuthMethod, SignInState } from '../../../shared/oauth';
import type { ProbeResult } from '../../../shared/connection';
import { HEALTHS, type Health, type HealthReason } from '../../../shared/health';
import type { AccountRow } from './schema';

export type AccountRowWithClient = AccountRow & { client_name: string | null; smtp_test: string | null; imap_test: string | null };

export function toAccount(row: AccountRowWithClient): Account {
  const usesSmtp = row.imap_uses_smtp_password === 1;
  return {
    id: row.id,
    email: row.email,
    display_name: row.display_name,
    provider: row.provider as Provider,
    smtp_host: row.smtp_host,
    smtp_port: row.smtp_port,
    smtp_security: row.smtp_security as SmtpSecurity,
    smtp_username: row.smtp_username,
    smtp_password_stored: row.smtp_password_stored === 1,
    imap_host: row.imap_host,
    imap_port: row.imap_port,
    imap_security: row.imap_security as ImapSecurity,
    imap_username: row.imap_username,
    imap_uses_smtp_password: usesSmtp,
    imap_password_stored: usesSmtp ? row.smtp_password_stored === 1 : row.imap_password_stored === 1,
    daily_limit: row.daily_limit,
    min_minutes_between_sends: row.min_minutes_between_sends,
    signature_html: row.signature_html,
    reply_to: row.reply_to,
    bcc: row.bcc,
    tracking_domain: row.tracking_domain,
    tags: parseTags(row.tags),
    warmup_enabled: row.warmup_enabled === 1,
    warmup_per_day: row.warmup_per_day,
    warmup_daily_rampup: row.warmup_daily_rampup,
    warmup_target_reply_rate: row.warmup_target_reply_rate,
    client_id: row.client_id,
    client_name: row.client_name,
    status: row.status as AccountStatus,
    created_at: row.created_at,
    updated_at: row.updated_at,
    allow_self_signed: row.allow_self_signed === 1,
    smtp_test: parseProbe(row.smtp_test),
    imap_test: parseProbe(row.imap_test),
    last_tested_at: row.last_tested_at,
    score: row.score,
    auth_method: row.auth_method as AuthMethod,
    oauth_app_id: row.oauth_app_id,
    sign_in: signInState(row),
    score_measured: row.score_measured,
    health: (HEALTHS as readonly string[]).includes(row.health) ? (row.health as Health) : 'unknown',
    health_reasons: parseReasons(row.health_reasons),
  };
}

/** A signed-in inbox's state (null for a password inbox); health reads it too. */
export function signInState(row: Pick<AccountRow, 'auth_method' | 'sign_in_expired_at' | 'oauth_token_stored' | 'oauth_app_id'>): SignInState | null {
  if (row.auth_method !== 'oauth') return null;
  if (row.sign_in_expired_at !== null) return 'expired';
  return row.oauth_token_stored === 1 && row.oauth_app_id !== null ? 'connected' : 'needs_sign_in';
}

function parseReasons(json: string): HealthReason[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as HealthReason[]) : [];
  } catch {
    return [];
  }
}

function parseProbe(json: string | null): ProbeResult | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as ProbeResult;
  } catch {
    return null;
  }
}

function parseTags(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}
