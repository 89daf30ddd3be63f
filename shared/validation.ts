// zod schemas for account and client input; shared so the form and core validate alike.
import { z } from 'zod';
import {
  ACCOUNT_SORT_FIELDS,
  ACCOUNT_STATUSES,
  IMAP_SECURITIES,
  PROVIDERS,
  PROVIDER_DAILY_CAP,
  SETTABLE_STATUSES,
  SMTP_SECURITIES,
} from './domain';
import { AUTH_METHODS, OAUTH_PROVIDERS } from './oauth';
import { PROBE_ERROR_CODES } from './connection';
import { HEALTH_REASON_CODES, HEALTHS } from './health';
import { READINESS_LEVELS } from './basic-auth';
import { EXPORT_KINDS } from './report';
import { IMPORT_FIELDS, IMPORT_FORMATS, IMPORT_MAX_BYTES } from './import';

// RFC 1123 host names (the last label not all digits), IPv4 literals, or bracket-less IPv6 literals.
const HOSTNAME_RE = /^(?=.{1,255}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?))*\.?$/;
const DOMAIN_RE = /^(?=.{1,253}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
export const isIpv4 = (v: string): boolean => ipv4.safeParse(v).success;
export const isIpv6 = (v: string): boolean => ipv6.safeParse(v).success;

/** A host name or an IP literal; `999.999.999.999` (all-digit labels) must be a real IPv4 address. */
export function isValidHost(v: string): boolean {
  if (v.includes(':')) return isIpv6(v);
  if (!HOSTNAME_RE.test(v)) return false;
  const last = v.replace(/\.$/, '').split('.').pop() ?? '';
  return /^\d+$/.test(last) ? isIpv4(v) : true;
}

/**
 * A DNS server as core hands it to node:dns: an IPv4 literal or an IPv6 literal (bracketed when
 * it has a port), optionally with a port 1–65535. Anything else is refused: Node aborts the whole
 * process on port 0 and wraps ports above 65535 to another one.
 */
export function dnsServerProblem(v: string): string | null {
  const m = /^(?:\[([^\]]+)\]|([^:]+)|([^[\]]*:[^[\]]*))(?::(\d{1,5}))?$/.exec(v);
  const bracketed = m?.[1];
  const v4 = m?.[2];
  const bareV6 = m?.[3];
  // A bare IPv6 literal cannot carry a port: "::1:53" is an address, not ::1 port 53.
  const address = bracketed ?? v4 ?? (bareV6 !== undefined && m?.[4] === undefined ? bareV6 : undefined);
  if (address === undefined && bareV6 !== undefined) return `DNS server ${v} is not valid: write an IPv6 address with a port as [address]:port`;
  if (address === undefined) return `DNS server ${v} is not an IP address`;
  if (bracketed !== undefined ? !isIpv6(address) : v4 !== undefined ? !isIpv4(address) : !isIpv6(address)) {
    return `DNS server ${v} is not an IP address`;
  }
  const port = m?.[4];
  if (port !== undefined && (/^0\d/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    return `DNS server ${v}: the port must be between 1 and 65535`;
  }
  return null;
}

export const dnsServerSchema = z.string({ error: 'DNS server must be text' }).trim().superRefine((v, ctx) => {
  const problem = dnsServerProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

// Characters that make two different names look the same, hide text, or reorder it on screen.
/* eslint-disable no-control-regex -- these patterns exist to find control characters */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Joiners are needed inside emoji sequences and in scripts such as Persian; beside ASCII or at an
// edge they only make "Acme" and "Ac‍me" two names that display the same.
const STRAY_JOINER = /(?:^|[\u0000-\u007F])[\u200C\u200D]|[\u200C\u200D](?:$|[\u0000-\u007F])/;
const PATH_CONTROL = /[\u0000-\u001F]/;
/* eslint-enable no-control-regex */

/** Why a single-line name is not acceptable (for any field that is shown as a name), or null. */
export function textProblem(v: string, what: string): string | null {
  if (LONE_SURROGATE.test(v)) return `${what} contains a broken character (a lone UTF-16 surrogate)`;
  if (/[\r\n\u2028\u2029\u0085]/.test(v)) return `${what} must be a single line (no line breaks)`;
  if (CONTROL.test(v)) return `${what} must not contain control characters (such as NUL or tab)`;
  if (INVISIBLE.test(v) || STRAY_JOINER.test(v)) return `${what} must not contain invisible (zero-width) characters`;
  if (BIDI.test(v)) return `${what} must not contain text-direction override characters`;
  return null;
}

/** Trimmed, NFC-normalised single-line text that displays as what it is (names, tags, subjects). */
export const safeText = (min: number, max: number, what: string) =>
  trimmed(min, max, what)
    .superRefine((v, ctx) => {
      const problem = textProblem(v, what);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => v.normalize('NFC'));

const trimmed = (min: number, max: number, what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(min, min === 1 ? `${what} is required` : `${what} must be at least ${min} characters`)
    .max(max, `${what} must be at most ${max} characters`);

export const emailSchema = z
  .string({ error: 'email is required' })
  .trim()
  .min(5, 'email must be at least 5 characters')
  .max(255, 'email must be at most 255 characters')
  .pipe(z.email({ error: 'email is not a valid address' }));

const optionalEmail = (what: string) =>
  z
    .string()
    .trim()
    .max(255, `${what} must be at most 255 characters`)
    .pipe(z.union([z.literal(''), z.email({ error: `${what} is not a valid address` })]))
    .transform((v) => (v === '' ? null : v))
    .nullable();

const hostSchema = (what: string) =>
  trimmed(1, 255, what).refine(isValidHost, `${what} is not a valid host name or IP address`);

const portSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be between 1 and 65535`)
    .max(65535, `${what} must be between 1 and 65535`);

const intRange = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max}`);

const pctRange = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .min(min, `${what} must be at least ${min} %`)
    .max(max, `${what} must be at most ${max} %`);

const tagsSchema = z
  .array(safeText(1, 50, 'tag'), { error: 'tags must be a list' })
  .max(50, 'at most 50 tags')
  .transform((tags) => [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()]);

const idSchema = (what = 'id') => z.string({ error: `${what} is required` }).trim().min(1, `${what} is required`).max(64);

/** Fields shared by create and update, all optional so update can send a subset. */
const accountFields = {
  email: emailSchema,
  display_name: safeText(1, 255, 'display name'),
  provider: z.enum(PROVIDERS, { error: 'provider must be google, microsoft or smtp' }),
  smtp_host: hostSchema('SMTP host'),
  smtp_port: portSchema('SMTP port'),
  smtp_security: z.enum(SMTP_SECURITIES, { error: 'SMTP security must be starttls, tls or none' }),
  smtp_username: safeText(1, 255, 'SMTP username'),
  // Passwords are not trimmed: spaces can be part of them.
  smtp_password: z
    .string({ error: 'SMTP password is required' })
    .min(1, 'SMTP password is required')
    .max(500, 'SMTP password must be at most 500 characters'),
  imap_host: hostSchema('IMAP host'),
  imap_port: portSchema('IMAP port'),
  imap_security: z.enum(IMAP_SECURITIES, { error: 'IMAP security must be tls, starttls or none' }),
  imap_username: safeText(1, 255, 'IMAP username'),
  daily_limit: intRange('daily limit', 1, 100000),
  min_minutes_between_sends: intRange('minimum minutes between sends', 0, 1440),
  signature_html: z.string().max(20000, 'signature must be at most 20,000 characters'),
  reply_to: optionalEmail('reply-to address'),
  bcc: optionalEmail('BCC address'),
  tracking_domain: z
    .string()
    .trim()
    .max(253, 'tracking domain must be at most 253 characters')
    .pipe(z.union([z.literal(''), z.string().regex(DOMAIN_RE, 'tracking domain is not a valid domain')]))
    .transform((v) => (v === '' ? null : v.toLowerCase()))
    .nullable(),
  tags: tagsSchema,
  warmup_enabled: z.boolean({ error: 'warmup enabled must be true or false' }),
  warmup_per_day: intRange('warmup emails per day', 1, 500),
  warmup_daily_rampup: intRange('warmup daily ramp-up', 0, 100),
  warmup_target_reply_rate: intRange('warmup target reply rate', 0, 100),
  client_id: idSchema('client').nullable(),
  allow_self_signed: z.boolean({ error: 'allow self-signed must be true or false' }),
};

/** A refinement's `when`: run on any object, even one whose fields failed. */
function isObjectPayload(payload: { value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null;
}

/** Empty strings from a form mean "not given" for the fields that default to SMTP's. */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const DEFAULT_DAILY_LIMIT = 50;
export const DEFAULT_MIN_MINUTES_BETWEEN_SENDS = 10;

export function checkDailyLimit(
  provider: keyof typeof PROVIDER_DAILY_CAP,
  dailyLimit: number,
): string | null {
  const cap = PROVIDER_DAILY_CAP[provider];
  return dailyLimit > cap
    ? `daily limit ${dailyLimit} is above the ${provider} cap of ${cap.toLocaleString('en-US')} per day`
    : null;
}

export const accountCreateSchema = z
  .strictObject({
    email: accountFields.email,
    display_name: accountFields.display_name,
    provider: accountFields.provider.default('smtp'),
    smtp_host: accountFields.smtp_host,
    smtp_port: accountFields.smtp_port,
    smtp_security: accountFields.smtp_security.default('starttls'),
    smtp_username: z.preprocess(blankToUndefined, accountFields.smtp_username.optional()),
    /** Required for password inboxes (checked below, so every field error comes back at once). */
    smtp_password: accountFields.smtp_password.optional(),
    /** oauth: an inbox that will sign in with Google or Microsoft (e.g. imported); it needs sign-in and stores no password. */
    auth_method: z.enum(AUTH_METHODS, { error: 'auth method must be password or oauth' }).default('password'),
    imap_host: z.preprocess(blankToUndefined, accountFields.imap_host.optional()),
    imap_port: accountFields.imap_port.optional(),
    imap_security: accountFields.imap_security.default('tls'),
    imap_username: z.preprocess(blankToUndefined, accountFields.imap_username.optional()),
    imap_password: z.preprocess(
      (v) => (v === '' ? undefined : v),
      accountFields.smtp_password
        .pipe(z.string().max(500, 'IMAP password must be at most 500 characters'))
        .optional(),
    ),
    daily_limit: accountFields.daily_limit.default(DEFAULT_DAILY_LIMIT),
    min_minutes_between_sends: accountFields.min_minutes_between_sends.default(DEFAULT_MIN_MINUTES_BETWEEN_SENDS),
    signature_html: accountFields.signature_html.default(''),
    reply_to: accountFields.reply_to.default(null),
    bcc: accountFields.bcc.default(null),
    tracking_domain: accountFields.tracking_domain.default(null),
    tags: accountFields.tags.default([]),
    warmup_enabled: accountFields.warmup_enabled.default(false),
    warmup_per_day: accountFields.warmup_per_day.default(10),
    warmup_daily_rampup: accountFields.warmup_daily_rampup.default(1),
    warmup_target_reply_rate: accountFields.warmup_target_reply_rate.default(30),
    client_id: accountFields.client_id.default(null),
    allow_self_signed: accountFields.allow_self_signed.default(false),
    /** Test the connection right after saving (the account is saved whatever the result). */
    test: z.boolean({ error: 'test must be true or false' }).default(true),
  })
  .superRefine((v, ctx) => {
    const problem = checkDailyLimit(v.provider, v.daily_limit);
    if (problem) ctx.addIssue({ code: 'custom', path: ['daily_limit'], message: problem });
  })
  // These run even when other fields failed, so a form learns of a missing password at once.
  .refine((v) => v.auth_method === 'oauth' || v.smtp_password !== undefined, {
    path: ['smtp_password'], message: 'SMTP password is required', when: isObjectPayload,
  })
  .refine((v) => v.auth_method !== 'oauth' || (v.smtp_password === undefined && v.imap_password === undefined), {
    path: ['smtp_password'], message: 'an inbox that signs in with Google or Microsoft stores no password', when: isObjectPayload,
  })
  .refine((v) => v.auth_method !== 'oauth' || v.provider !== 'smtp', {
    path: ['provider'], message: 'sign-in needs provider google or microsoft', when: isObjectPayload,
  });

export type AccountCreateInput = z.input<typeof accountCreateSchema>;
export type AccountCreate = z.output<typeof accountCreateSchema>;

export const accountUpdateSchema = z.strictObject({
  id: idSchema(),
  email: accountFields.email.optional(),
  display_name: accountFields.display_name.optional(),
  provider: accountFields.provider.optional(),
  smtp_host: accountFields.smtp_host.optional(),
  smtp_port: accountFields.smtp_port.optional(),
  smtp_security: accountFields.smtp_security.optional(),
  smtp_username: accountFields.smtp_username.optional(),
  /** Omitted or empty: the stored password stays. */
  smtp_password: z.preprocess((v) => (v === '' ? undefined : v), accountFields.smtp_password.optional()),
  imap_host: accountFields.imap_host.optional(),
  imap_port: accountFields.imap_port.optional(),
  imap_security: accountFields.imap_security.optional(),
  imap_username: accountFields.imap_username.optional(),
  /** Omitted or empty: unchanged. null: drop the IMAP password and use the SMTP one. */
  imap_password: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .min(1, 'IMAP password is required')
      .max(500, 'IMAP password must be at most 500 characters')
      .nullable()
      .optional(),
  ),
  daily_limit: accountFields.daily_limit.optional(),
  min_minutes_between_sends: accountFields.min_minutes_between_sends.optional(),
  signature_html: accountFields.signature_html.optional(),
  reply_to: accountFields.reply_to.optional(),
  bcc: accountFields.bcc.optional(),
  tracking_domain: accountFields.tracking_domain.optional(),
  tags: accountFields.tags.optional(),
  warmup_enabled: accountFields.warmup_enabled.optional(),
  warmup_per_day: accountFields.warmup_per_day.optional(),
  warmup_daily_rampup: accountFields.warmup_daily_rampup.optional(),
  warmup_target_reply_rate: accountFields.warmup_target_reply_rate.optional(),
  client_id: accountFields.client_id.optional(),
  allow_self_signed: accountFields.allow_self_signed.optional(),
  /** Switch a signed-in inbox back to a password (give smtp_password too); sign-in is started with accounts.signIn. */
  auth_method: z.literal('password', { error: 'auth method can only be set to password here; use Sign in for OAuth' }).optional(),
});

export type AccountUpdateInput = z.input<typeof accountUpdateSchema>;
export type AccountUpdate = z.output<typeof accountUpdateSchema>;

const ACCOUNT_SORT_FIELDS_SCHEMA = z.enum(ACCOUNT_SORT_FIELDS, { error: 'sort must be email, provider, created_at, score or health' });

const domainNameSchema = z
  .string({ error: 'domain is required' })
  .trim()
  .toLowerCase()
  .regex(DOMAIN_RE, 'domain is not a valid domain name');

/** Connection filter: tested and working, failing (any error), never tested, or one error code. */
export const CONNECTION_FILTERS = ['ok', 'failed', 'not_tested', ...PROBE_ERROR_CODES] as const;

/** The filters of accounts.list; exports and bulk actions on "all matching" take the same. */
export const accountFilterFields = {
  status: z.enum(ACCOUNT_STATUSES, { error: 'status must be active or paused' }).optional(),
  provider: accountFields.provider.optional(),
  /** A client id, or 'none' for accounts without a client. */
  client_id: idSchema('client').optional(),
  warmup: z.boolean({ error: 'warmup must be true or false' }).optional(),
  search: z.string().trim().max(255, 'search must be at most 255 characters').optional(),
  health: z.enum(HEALTHS, { error: 'health must be failing, sign_in_expired, at_risk, watch, healthy or unknown' }).optional(),
  connection: z.enum(CONNECTION_FILTERS, { error: `connection must be one of ${CONNECTION_FILTERS.join(', ')}` }).optional(),
  /** The sending domain (the part of the address after @). */
  domain: domainNameSchema.optional(),
  tag: trimmed(1, 50, 'tag').optional(),
  score_min: intRange('minimum score', 0, 100).optional(),
  score_max: intRange('maximum score', 0, 100).optional(),
  /** Inboxes whose health has this reason (the Overview's problem links). */
  reason: z.enum(HEALTH_REASON_CODES, { error: 'reason is not a known health reason' }).optional(),
  /** Basic-auth readiness of the login method (shared/basic-auth.ts): blocked, warning or ok. */
  readiness: z.enum(READINESS_LEVELS, { error: 'readiness must be blocked, warning or ok' }).optional(),
};

const scoreRangeInOrder = (v: { score_min?: number; score_max?: number }) =>
  v.score_min === undefined || v.score_max === undefined || v.score_min <= v.score_max;
const scoreRangeProblem = { message: 'maximum score must not be below the minimum score', path: ['score_max'] };

/**
 * The filter part of accounts.list, defined once: exports and bulk actions take this same object,
 * so a filter added to accounts.list applies to them too.
 */
export const accountFilterSchema = z.strictObject(accountFilterFields).refine(scoreRangeInOrder, scoreRangeProblem);
export type AccountFilterInput = z.input<typeof accountFilterSchema>;

export const accountListSchema = z
  .strictObject({
    ...accountFilterFields,
    sort: ACCOUNT_SORT_FIELDS_SCHEMA.default('created_at'),
    order: z.enum(['asc', 'desc'], { error: 'order must be asc or desc' }).default('desc'),
    page: z.number({ error: 'page must be a number' }).int('page must be a whole number').min(1, 'page must be at least 1').default(1),
    per_page: intRange('per page', 1, 100).default(25),
  })
  .refine(scoreRangeInOrder, scoreRangeProblem)
  .default({ sort: 'created_at', order: 'desc', page: 1, per_page: 25 });

export type AccountListInput = z.input<typeof accountListSchema>;
export type AccountListQuery = z.output<typeof accountListSchema>;

const idsSchema = z
  .array(idSchema(), { error: 'ids must be a list of account ids' })
  .min(1, 'ids must name at least one account')
  .max(100_000, 'ids may name at most 100,000 accounts');

/** Bulk calls act on `{ ids }` or on every inbox matching `{ filter }`, never both. */
const bulkSchema = <T extends z.ZodRawShape>(extra: T) =>
  z
    .strictObject({ ids: idsSchema.optional(), filter: accountFilterSchema.optional(), ...extra })
    .refine((v: { ids?: unknown; filter?: unknown }) => (v.ids === undefined) !== (v.filter === undefined), {
      message: 'give either ids or filter',
      path: ['ids'],
    });

export const accountIdSchema = z.strictObject({ id: idSchema() });
export const accountSetStatusSchema = bulkSchema({
  status: z.enum(SETTABLE_STATUSES, { error: 'status must be active or paused' }),
});
export const accountDeleteSchema = bulkSchema({});
export const accountSetClientSchema = bulkSchema({ client_id: accountFields.client_id });
export const accountTagSchema = bulkSchema({ add: tagsSchema.default([]), remove: tagsSchema.default([]) }).refine(
  (v) => v.add.length + v.remove.length > 0,
  { message: 'give tags to add or to remove', path: ['add'] },
);
export const accountSetDailyLimitSchema = bulkSchema({ daily_limit: accountFields.daily_limit });

export const clientNameSchema = safeText(1, 100, 'client name');
export const clientCreateSchema = z.strictObject({ name: clientNameSchema });
export const clientRenameSchema = z.strictObject({ id: idSchema('client'), name: clientNameSchema });
export const clientIdSchema = z.strictObject({ id: idSchema('client') });
export const emptySchema = z.strictObject({}).optional();

/** One account (answered when the test is done) or many (a job, answered at once). */
export const accountTestSchema = z
  .strictObject({ id: idSchema().optional(), ids: idsSchema.optional(), filter: accountFilterSchema.optional() })
  .refine((v) => [v.id, v.ids, v.filter].filter((x) => x !== undefined).length === 1, {
    message: 'give one of id, ids or filter',
    path: ['id'],
  });

export const sendTestEmailSchema = z.strictObject({
  id: idSchema(),
  to: emailSchema.transform((v) => v.toLowerCase()),
  subject: safeText(1, 200, 'subject').optional(),
});

export const autoconfigSchema = z.strictObject({ email: emailSchema });

export const jobIdSchema = z.strictObject({ id: idSchema('job') });
/** jobs.get: item results (10,000 test results for a big bulk test) only when the caller asks. */
export const jobGetSchema = z.strictObject({ id: idSchema('job'), include_results: z.boolean().optional() });

export const settingsUpdateSchema = z.strictObject({
  connect_timeout_ms: intRange('connect timeout', 1000, 120_000).optional(),
  greeting_timeout_ms: intRange('greeting timeout', 1000, 120_000).optional(),
  socket_timeout_ms: intRange('socket timeout', 1000, 300_000).optional(),
  probe_deadline_ms: intRange('check deadline', 2000, 600_000).optional(),
  test_concurrency: intRange('tests at once', 1, 64).optional(),
  test_per_host_concurrency: intRange('tests at once per server', 1, 16).optional(),
  dns_servers: z
    .array(dnsServerSchema, {
      error: 'DNS servers must be a list',
    })
    .max(8, 'at most 8 DNS servers')
    .optional(),
  dns_timeout_ms: intRange('DNS timeout', 100, 30_000).optional(),
  dns_tries: intRange('DNS tries', 1, 5).optional(),
  scan_deadline_ms: intRange('mailbox scan limit', 2000, 3_600_000).optional(),
  alert_bounce_pct: pctRange('bounce rate alert', 0.1, 100).optional(),
  alert_complaint_pct: pctRange('complaint rate alert', 0.01, 100).optional(),
  alert_block_pct: pctRange('block rate alert', 0.1, 100).optional(),
  alert_score_drop: intRange('score drop alert', 1, 100).optional(),
  alert_auto_pause_client_ids: z
    .array(idSchema('client'), { error: 'auto-pause clients must be a list of client ids' })
    .max(1000, 'at most 1,000 auto-pause clients')
    .transform((ids) => [...new Set(ids)])
    .optional(),
  sign_in_timeout_ms: intRange('sign-in wait', 1000, 3_600_000).optional(),
  dns_max_in_flight: intRange('DNS questions at once', 1, 512).optional(),
});

export const domainListSchema = z
  .strictObject({
    problems_only: z.boolean({ error: 'problems only must be true or false' }).default(false),
    /** Domains whose inboxes have this health reason (e.g. dmarc_missing, listed). */
    issue: z.enum(HEALTH_REASON_CODES, { error: 'issue is not a known health reason' }).optional(),
    /** Domains listed on this blocklist (its name, e.g. "Spamhaus DBL"). */
    listed_on: trimmed(1, 100, 'list name').optional(),
    /** Domains with at least one inbox of this client. */
    client_id: idSchema('client').optional(),
  })
  .default({ problems_only: false });
export const domainGetSchema = z.strictObject({ domain: domainNameSchema });
export const domainCheckSchema = z.strictObject({
  domain: domainNameSchema,
  /** Check again even when the stored result is younger than an hour. */
  force: z.boolean({ error: 'force must be true or false' }).default(false),
});
export const domainCheckAllSchema = z
  .strictObject({ force: z.boolean({ error: 'force must be true or false' }).default(false) })
  .default({ force: false });
export const domainSelectorsSchema = z.strictObject({
  domain: domainNameSchema,
  selectors: z
    .array(z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9._-]{0,61}[a-z0-9])?$/, 'selector must be letters, digits, dots, dashes or underscores'), {
      error: 'selectors must be a list',
    })
    .max(20, 'at most 20 selectors'),
});

export const reportSchema = z.strictObject({
  id: idSchema(),
  /** Recompute now even when the stored report is younger than an hour. */
  refresh: z.boolean({ error: 'refresh must be true or false' }).default(false),
});

const daysSchema = z
  .number({ error: 'days must be a number' })
  .int('days must be a whole number')
  .min(7, 'days must be between 7 and 180')
  .max(180, 'days must be between 7 and 180');

export const historySchema = z.strictObject({ id: idSchema(), days: daysSchema.default(30) });

export const exportSchema = z.strictObject({
  kind: z.enum(EXPORT_KINDS, { error: 'kind must be accounts, smartlead, instantly, reports or history' }),
  /** The Accounts screen's current filter (paging ignored). */
  filter: z
    .strictObject({
      ...accountFilterFields,
      sort: ACCOUNT_SORT_FIELDS_SCHEMA.optional(),
      order: z.enum(['asc', 'desc'], { error: 'order must be asc or desc' }).optional(),
    })
    .refine(scoreRangeInOrder, scoreRangeProblem)
    .optional(),
  /** history: one inbox (otherwise every inbox the filter matches). */
  id: idSchema().optional(),
  days: daysSchema.default(30),
  /** Where to write; the desktop app fills it from the save dialog. */
  path: z
    .string({ error: 'path must be text' })
    .trim()
    .min(1, 'path is required')
    .max(4096, 'path must be at most 4,096 characters')
    .refine((v) => !PATH_CONTROL.test(v) && !LONE_SURROGATE.test(v), 'path must not contain control characters')
    .optional(),
});

export const alertListSchema = z
  .strictObject({
    /** open, resolved within `days`, or both. */
    status: z.enum(['open', 'resolved', 'all'], { error: 'status must be open, resolved or all' }).default('all'),
    /** A client id, or 'none' for inboxes without a client. */
    client_id: idSchema('client').optional(),
    days: intRange('days', 1, 90).default(7),
    limit: intRange('limit', 1, 1000).default(500),
  })
  .default({ status: 'all', days: 7, limit: 500 });

export const alertAcknowledgeSchema = z
  .strictObject({
    ids: z
      .array(idSchema('alert'), { error: 'ids must be a list of alert ids' })
      .min(1, 'ids must name at least one alert')
      .max(10000, 'ids may name at most 10,000 alerts')
      .optional(),
    /** Instead of ids: every open alert alerts.list shows for this client filter (all of them, not only the page shown). */
    filter: z.strictObject({ client_id: idSchema('client').optional() }, { error: 'filter must be an object' }).optional(),
  })
  .refine((v) => (v.ids === undefined) !== (v.filter === undefined), { path: ['ids'], message: 'give either ids or filter', when: isObjectPayload });

const isHttpUrl = (v: string) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && !u.username && !u.password;
  } catch {
    return false;
  }
};

export const webhookSetSchema = z.strictObject({
  /** null removes the webhook. */
  url: z
    .string({ error: 'webhook URL must be text or null' })
    .trim()
    .min(1, 'webhook URL is required (or null to remove it)')
    .max(2000, 'webhook URL must be at most 2,000 characters')
    .refine(isHttpUrl, 'webhook URL must be an http:// or https:// address without a user name or password')
    .nullable(),
});
const oauthProviderSchema = z.enum(OAUTH_PROVIDERS, { error: 'provider must be google or microsoft' });

/** https, or http on the loopback interface (a local authorization server, e.g. in tests). */
const issuerSchema = z
  .string()
  .trim()
  .max(500, 'issuer URL must be at most 500 characters')
  .refine((v) => {
    try {
      const u = new URL(v);
      const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
      return (u.protocol === 'https:' || (u.protocol === 'http:' && loopback)) && !u.username && !u.password && !u.search && !u.hash;
    } catch {
      return false;
    }
  }, 'issuer must be an https:// URL (http:// only on 127.0.0.1), without query or credentials');

export const signInAppSaveSchema = z
  .strictObject({
    /** Omitted: a new app. */
    id: idSchema('sign-in app').optional(),
    provider: oauthProviderSchema,
    label: trimmed(1, 100, 'label').optional(),
    client_id: trimmed(1, 255, 'client ID').regex(/^[\x21-\x7e]+$/, 'client ID must not contain spaces'),
    /** Omitted or empty: unchanged; null: remove the stored secret. */
    client_secret: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().min(1).max(1000, 'client secret must be at most 1,000 characters').nullable().optional(),
    ),
    tenant: z
      .string()
      .trim()
      .max(100, 'tenant must be at most 100 characters')
      .pipe(z.union([z.literal(''), z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'tenant must be a tenant ID, a domain, organizations or common')]))
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional(),
    issuer: z
      .string()
      .trim()
      .pipe(z.union([z.literal(''), issuerSchema]))
      .transform((v) => (v === '' ? null : v.replace(/\/$/, '')))
      .nullable()
      .optional(),
    agency_client_id: idSchema('client').nullable().default(null),
  })
  .refine((v) => v.provider === 'microsoft' || !v.tenant, { path: ['tenant'], message: 'a tenant applies to Microsoft only' });

export const signInAppIdSchema = z.strictObject({ id: idSchema('sign-in app') });

export const signInSchema = z
  .strictObject({
    provider: oauthProviderSchema,
    /** New inboxes: one browser sign-in per address (the address is the login hint). Empty: one sign-in, the provider says which address. */
    emails: z.array(emailSchema.transform((v) => v.toLowerCase()), { error: 'emails must be a list' }).max(500, 'at most 500 addresses per sitting').default([]),
    /** Existing inboxes to switch to sign-in (or sign in again). */
    account_ids: idsSchema.max(500, 'at most 500 inboxes per sitting').optional(),
    /** Default: the app for the inbox's client, else the provider's app for everyone. */
    app_id: idSchema('sign-in app').optional(),
    /** New inboxes only. */
    display_name: trimmed(1, 255, 'display name').optional(),
    client_id: accountFields.client_id.default(null),
    smtp_host: hostSchema('SMTP host').optional(),
    smtp_port: portSchema('SMTP port').optional(),
    smtp_security: accountFields.smtp_security.optional(),
    imap_host: hostSchema('IMAP host').optional(),
    imap_port: portSchema('IMAP port').optional(),
    imap_security: accountFields.imap_security.optional(),
    allow_self_signed: accountFields.allow_self_signed.default(false),
    daily_limit: accountFields.daily_limit.optional(),
    tags: accountFields.tags.default([]),
    /** Test SMTP and IMAP with the new token right away. */
    test: z.boolean({ error: 'test must be true or false' }).default(true),
  })
  .refine((v) => !(v.emails.length > 0 && v.account_ids), { path: ['emails'], message: 'give either emails (new inboxes) or account_ids (existing ones)' })
  .superRefine((v, ctx) => {
    if (v.daily_limit === undefined) return;
    const problem = checkDailyLimit(v.provider, v.daily_limit);
    if (problem) ctx.addIssue({ code: 'custom', path: ['daily_limit'], message: problem });
  });

export type SignInInput = z.output<typeof signInSchema>;

export const readinessSchema = z
  .strictObject({
    /** One inbox (its verdict whatever the level). */
    id: idSchema().optional(),
    limit: intRange('limit', 1, 1000).default(200),
  })
  .default({ limit: 200 });
/** The whole fleet, or one client (the Client page). */
export const overviewSchema = z
  .strictObject({ client_id: idSchema('client').optional() })
  .default({});

export const clientReportSchema = z.strictObject({
  client_id: idSchema('client'),
  /** csv: one row per inbox; html: a self-contained report to send to the client. */
  format: z.enum(['csv', 'html'], { error: 'format must be csv or html' }),
  /** Where to write; the desktop app fills it from the save dialog. */
  path: z.string().trim().min(1, 'path is required').max(4096).optional(),
});

/** Where an import reads from: pasted text, a file main's open dialog chose, or a dropped file's bytes (base64). */
const importSourceSchema = z.union(
  [
    z.strictObject({ text: z.string().max(IMPORT_MAX_BYTES, 'the pasted text is larger than 50 MB: split it into smaller files') }),
    z.strictObject({
      path: z
        .string()
        .trim()
        .min(1, 'choose a file')
        .max(4096, 'path must be at most 4,096 characters')
        .refine((v) => !PATH_CONTROL.test(v) && !LONE_SURROGATE.test(v), 'path must not contain control characters'),
    }),
    z.strictObject({
      bytes: z.base64({ error: 'bytes must be the file in base64' }).max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4, 'the file is larger than 50 MB: split it into smaller files'),
      name: z.string().trim().max(255).optional(),
    }),
  ],
  { error: 'source must be { text }, { path } or { bytes }' },
);

export const importPreviewSchema = z.strictObject({
  source: importSourceSchema,
  format: z.enum(['auto', ...IMPORT_FORMATS], { error: 'format must be auto, smartlead, instantly, emailbison, inboxfleet or generic' }).default('auto'),
  /** Header (as in the file) → field, or null to ignore it; applied over the format's own mapping. */
  mapping: z
    .record(z.string().trim().max(500), z.enum(IMPORT_FIELDS, { error: 'mapping names an unknown field' }).nullable())
    .refine((m) => Object.keys(m).length <= 10_000, 'mapping may name at most 10,000 columns')
    .optional(),
});
export type ImportSource = z.output<typeof importSourceSchema>;

export const importStartSchema = importPreviewSchema.extend({
  /** Every imported inbox goes to this client (otherwise the file's client column, if any). */
  client_id: idSchema('client').nullable().default(null),
  on_duplicate: z.enum(['skip', 'update'], { error: 'on_duplicate must be skip or update' }).default('skip'),
  /** Test the created and updated inboxes' connections once the import is done. */
  test_after: z.boolean({ error: 'test_after must be true or false' }).default(false),
});
