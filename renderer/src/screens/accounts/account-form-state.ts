// Form state is all strings (what inputs hold); this maps it to and from contract input.
import type { AccountCreateInput, AccountUpdateInput } from '../../../../shared/validation';
import type { Account } from '../../../../shared/domain';
import type { InputOf } from '../../../../shared/contract';
import type { OAuthProvider } from '../../../../shared/oauth';

export const TEXT_FIELDS = [
  'email', 'display_name', 'provider', 'smtp_host', 'smtp_port', 'smtp_security', 'smtp_username', 'smtp_password',
  'imap_host', 'imap_port', 'imap_security', 'imap_username', 'imap_password', 'daily_limit', 'min_minutes_between_sends',
  'signature_html', 'reply_to', 'bcc', 'tracking_domain', 'tags', 'warmup_per_day', 'warmup_daily_rampup',
  'warmup_target_reply_rate', 'client_id',
] as const;
export type FormState = Record<(typeof TEXT_FIELDS)[number], string> & { warmup_enabled: boolean; allow_self_signed: boolean; test_after_save: boolean };

const NUMBER_FIELDS = new Set(['smtp_port', 'imap_port', 'daily_limit', 'min_minutes_between_sends', 'warmup_per_day', 'warmup_daily_rampup', 'warmup_target_reply_rate']);

export const emptyForm = (): FormState => ({
  email: '', display_name: '', provider: 'smtp', smtp_host: '', smtp_port: '587', smtp_security: 'starttls', smtp_username: '',
  smtp_password: '', imap_host: '', imap_port: '', imap_security: 'tls', imap_username: '', imap_password: '', daily_limit: '50',
  min_minutes_between_sends: '10', signature_html: '', reply_to: '', bcc: '', tracking_domain: '', tags: '', warmup_per_day: '10',
  warmup_daily_rampup: '1', warmup_target_reply_rate: '30', client_id: '', warmup_enabled: false,
  allow_self_signed: false,
  test_after_save: true,
});

export function formFromAccount(a: Account): FormState {
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    email: a.email, display_name: a.display_name, provider: a.provider, smtp_host: a.smtp_host, smtp_port: s(a.smtp_port),
    smtp_security: a.smtp_security, smtp_username: a.smtp_username, smtp_password: '', imap_host: a.imap_host,
    imap_port: s(a.imap_port), imap_security: a.imap_security, imap_username: a.imap_username, imap_password: '',
    daily_limit: s(a.daily_limit), min_minutes_between_sends: s(a.min_minutes_between_sends), signature_html: a.signature_html,
    reply_to: s(a.reply_to), bcc: s(a.bcc), tracking_domain: s(a.tracking_domain), tags: a.tags.join(', '),
    warmup_per_day: s(a.warmup_per_day), warmup_daily_rampup: s(a.warmup_daily_rampup),
    warmup_target_reply_rate: s(a.warmup_target_reply_rate), client_id: s(a.client_id), warmup_enabled: a.warmup_enabled,
    allow_self_signed: a.allow_self_signed,
    test_after_save: false,
  };
}

/** Numbers go as numbers (a non-number stays a string so core names the field); blanks are dropped. */
function toInput(f: FormState): Record<string, unknown> {
  const out: Record<string, unknown> = { warmup_enabled: f.warmup_enabled, allow_self_signed: f.allow_self_signed };
  for (const key of TEXT_FIELDS) {
    const raw = f[key];
    if (key === 'tags') out.tags = raw.split(',').map((t) => t.trim()).filter(Boolean);
    else if (key === 'client_id') out.client_id = raw || null;
    else if (NUMBER_FIELDS.has(key)) {
      if (raw.trim() !== '') out[key] = /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
    } else out[key] = raw;
  }
  return out;
}

export const toCreateInput = (f: FormState) => ({ ...toInput(f), test: f.test_after_save }) as AccountCreateInput;

/** A new inbox that signs in: the form's address (the login hint, may be blank), name, client and servers. */
export function toSignInInput(f: FormState, provider: OAuthProvider): InputOf<'accounts.signIn'> {
  const all = toInput(f);
  const keep = ['smtp_host', 'smtp_port', 'smtp_security', 'imap_host', 'imap_port', 'imap_security', 'daily_limit', 'tags', 'allow_self_signed'];
  const input: Record<string, unknown> = Object.fromEntries(keep.filter((k) => all[k] !== '' && all[k] !== undefined).map((k) => [k, all[k]]));
  return {
    ...input,
    provider,
    emails: f.email.trim() ? [f.email.trim()] : [],
    ...(f.display_name.trim() ? { display_name: f.display_name.trim() } : {}),
    client_id: f.client_id || null,
    test: f.test_after_save,
  } as InputOf<'accounts.signIn'>;
}

export function toUpdateInput(id: string, f: FormState, opts: { toPassword?: boolean } = {}): AccountUpdateInput {
  const input = toInput(f);
  if (opts.toPassword) input.auth_method = 'password';
  // Blank here means "leave as is" (the password stays in the keychain).
  for (const key of ['smtp_password', 'imap_password', 'imap_host', 'imap_username', 'imap_port', 'smtp_username']) {
    if (input[key] === '' || input[key] === undefined) delete input[key];
  }
  return { id, ...input } as AccountUpdateInput;
}

/** Ports a provider change suggests: only fills a port the user has not typed. */
export const PROVIDER_DEFAULTS: Record<string, Partial<FormState>> = {
  google: { smtp_host: 'smtp.gmail.com', smtp_port: '587', smtp_security: 'starttls', imap_host: 'imap.gmail.com', imap_port: '993', imap_security: 'tls', daily_limit: '50' },
  microsoft: { smtp_host: 'smtp.office365.com', smtp_port: '587', smtp_security: 'starttls', imap_host: 'outlook.office365.com', imap_port: '993', imap_security: 'tls', daily_limit: '50' },
  smtp: {},
};

/** Autoconfig's suggestion as form values; only fields the user has not typed are filled. */
export function autoconfigPatch(
  c: { provider: string; smtp_host: string; smtp_port: number; smtp_security: string; imap_host: string; imap_port: number; imap_security: string },
  touched: Set<string>,
): Partial<FormState> {
  const suggested: Partial<FormState> = {
    provider: c.provider, smtp_host: c.smtp_host, smtp_port: String(c.smtp_port), smtp_security: c.smtp_security,
    imap_host: c.imap_host, imap_port: String(c.imap_port), imap_security: c.imap_security,
  };
  return Object.fromEntries(Object.entries(suggested).filter(([k]) => !touched.has(k)));
}
