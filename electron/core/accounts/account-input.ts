// Turns validated create/update input into row values, applying the IMAP-from-SMTP defaults.
import type { AccountCreate, AccountUpdate } from '../../../shared/validation';
import type { AccountRowUpdate, NewAccountRow } from '../store/index';

/** IMAP port when none is given: 993 for implicit TLS, 143 otherwise (SMTP's port would be wrong). */
export const defaultImapPort = (security: string): number => (security === 'tls' ? 993 : 143);

export function newAccountRow(id: string, v: AccountCreate, now: string): NewAccountRow {
  const smtpUsername = v.smtp_username ?? v.email;
  return {
    id,
    email: v.email,
    display_name: v.display_name,
    provider: v.provider,
    smtp_host: v.smtp_host.toLowerCase(),
    smtp_port: v.smtp_port,
    smtp_security: v.smtp_security,
    smtp_username: smtpUsername,
    smtp_password_stored: v.auth_method === 'oauth' ? 0 : 1,
    auth_method: v.auth_method,
    imap_host: (v.imap_host ?? v.smtp_host).toLowerCase(),
    imap_port: v.imap_port ?? defaultImapPort(v.imap_security),
    imap_security: v.imap_security,
    imap_username: v.imap_username ?? smtpUsername,
    imap_uses_smtp_password: v.imap_password === undefined ? 1 : 0,
    imap_password_stored: v.imap_password === undefined ? 0 : 1,
    daily_limit: v.daily_limit,
    min_minutes_between_sends: v.min_minutes_between_sends,
    signature_html: v.signature_html,
    reply_to: v.reply_to,
    bcc: v.bcc,
    tracking_domain: v.tracking_domain,
    tags: JSON.stringify(v.tags),
    warmup_enabled: v.warmup_enabled ? 1 : 0,
    warmup_per_day: v.warmup_per_day,
    warmup_daily_rampup: v.warmup_daily_rampup,
    warmup_target_reply_rate: v.warmup_target_reply_rate,
    client_id: v.client_id,
    allow_self_signed: v.allow_self_signed ? 1 : 0,
    status: 'active',
    created_at: now,
    updated_at: now,
  };
}

/** The plain (non-secret) column changes an update asks for. */
export function accountRowPatch(v: AccountUpdate, now: string): AccountRowUpdate {
  const patch: AccountRowUpdate = { updated_at: now };
  const copy = [
    'email', 'display_name', 'provider', 'smtp_port', 'smtp_security', 'smtp_username', 'imap_port',
    'imap_security', 'imap_username', 'daily_limit', 'min_minutes_between_sends', 'signature_html',
    'reply_to', 'bcc', 'tracking_domain', 'warmup_per_day', 'warmup_daily_rampup',
    'warmup_target_reply_rate', 'client_id',
  ] as const;
  // auth_method is applied by the handler, which also moves the secrets.
  for (const key of copy) {
    if (v[key] !== undefined) (patch as Record<string, unknown>)[key] = v[key];
  }
  if (v.smtp_host !== undefined) patch.smtp_host = v.smtp_host.toLowerCase();
  if (v.imap_host !== undefined) patch.imap_host = v.imap_host.toLowerCase();
  if (v.tags !== undefined) patch.tags = JSON.stringify(v.tags);
  if (v.warmup_enabled !== undefined) patch.warmup_enabled = v.warmup_enabled ? 1 : 0;
  if (v.allow_self_signed !== undefined) patch.allow_self_signed = v.allow_self_signed ? 1 : 0;
  return patch;
}
