// One row of an imported file → the same input the Add-inbox form sends, validated by the same
// schema (accountCreateSchema), so every rule of the form applies to imports too. Pure: the MX
// answer for rows without hosts is looked up by the caller and passed in.
import type { Provider } from '../../../shared/domain';
import { isPasswordField, type ImportField } from '../../../shared/import';
import { accountCreateSchema, clientNameSchema, type AccountCreate } from '../../../shared/validation';
import type { AuthMethod } from '../../../shared/oauth';
import { authMethodCell, boolCell, domainCell, intCell, said, securityCell, securityFromPort, tagsCell, unescapeFormula, type Cell } from './cells';
import { secretFields, type MappedColumn } from './formats';
import { inferProvider, PROVIDER_HOSTS, providerFromWord } from './provider';

export interface RowProblem {
  field: string;
  reason: string;
}

/** A row read from its cells, before the provider (and hosts, from MX) are settled. */
export interface RowDraft {
  line: number;
  /** The address as written (null when the cell is empty). */
  email: string | null;
  /** The address as reports may quote it: null when its cell may be a secret (see `hidden`). */
  shownEmail: string | null;
  candidate: Record<string, unknown>;
  /** Account fields the file's own cells set: an update changes only these. */
  given: Set<string>;
  problems: RowProblem[];
  stated: Provider | undefined;
  /** No SMTP host in the file and no provider named: the domain's MX decides. */
  needsMx: boolean;
  client: string | null;
  /** The file gives the IMAP login the SMTP password (an update then drops a separate IMAP one). */
  imapSameAsSmtp: boolean;
  /** The login method the file states (Inboxfleet's own export has the column); undefined: inferred. */
  authMethod: AuthMethod | undefined;
}

/** Passed through the schema in place of a password the file leaves empty for an existing inbox. */
export const KEEP_STORED_PASSWORD = '\u0000keep-the-stored-password';

const ADDRESS_SHAPE = /^[^\s@"]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** Non-empty cells beyond the header's columns: an unquoted delimiter shifted the row's values. */
export const extraCells = (cells: string[], columns: number): number => cells.slice(columns).filter((c) => c.trim() !== '').length;

export function readRow(line: number, cells: string[], columns: MappedColumn[]): RowDraft {
  const problems: RowProblem[] = [];
  const candidate: Record<string, unknown> = { test: false };
  const given = new Set<string>();

  // A shifted row's cells may be anything, a password among them: none is quoted (but an address
  // that has the shape of one, which names the row).
  const extra = extraCells(cells, columns.length);
  const byField = new Map<ImportField, string>();
  /** Fields read from a column whose header names a secret, or from a shifted row: their cells are never quoted. */
  const secret = extra > 0 ? new Set(columns.flatMap((c) => (c.field ? [c.field] : []))) : secretFields(columns);
  for (const c of columns) {
    if (!c.field) continue;
    const raw = cells[c.index] ?? '';
    byField.set(c.field, isPasswordField(c.field) ? raw : unescapeFormula(raw).trim());
  }
  const get = (f: ImportField) => byField.get(f) ?? '';
  const set = (key: string, value: unknown) => {
    candidate[key] = value;
    given.add(key);
  };
  const take = <T>(field: string, cell: Cell<T>): T | undefined => {
    if (cell === undefined) return undefined;
    if ('reason' in cell) {
      problems.push({ field, reason: cell.reason });
      return undefined;
    }
    return cell.value;
  };

  const hidden = (f: ImportField) => secret.has(f);
  if (extra > 0) {
    problems.push({ field: 'row', reason: `this line has ${cells.length} cells but the header names ${columns.length} columns, so its values may be shifted: check for an unquoted comma or delimiter` });
  }

  const email = get('email');
  if (email) set('email', email);
  const name = get('display_name') || [get('first_name'), get('last_name')].filter(Boolean).join(' ');
  if (name) set('display_name', name);
  else if (email.includes('@')) candidate['display_name'] = email.split('@')[0];

  let stated: Provider | undefined;
  if (get('provider')) {
    stated = providerFromWord(get('provider'));
    if (!stated) problems.push({ field: 'provider', reason: `provider must be Google, Microsoft or SMTP${said(get('provider'), hidden('provider'))}` });
  }

  for (const proto of ['smtp', 'imap'] as const) {
    const implicitPort = proto === 'smtp' ? 465 : 993;
    const host = get(`${proto}_host`);
    if (host) set(`${proto}_host`, host.replace(/\.$/, ''));
    const port = take(`${proto}_port`, intCell(get(`${proto}_port`), `${proto.toUpperCase()} port`, hidden(`${proto}_port`)));
    const security = take(`${proto}_security`, securityCell(get(`${proto}_security`), `${proto.toUpperCase()} security`, port, implicitPort, hidden(`${proto}_security`))) ?? securityFromPort(port);
    if (port !== undefined) set(`${proto}_port`, port);
    if (security) {
      candidate[`${proto}_security`] = security;
      if (get(`${proto}_security`) || port !== undefined) given.add(`${proto}_security`);
    }
    // The form needs an SMTP port: the submission port for the security in use.
    if (proto === 'smtp' && port === undefined && !problems.some((p) => p.field === 'smtp_port')) candidate['smtp_port'] = security === 'tls' ? 465 : 587;
    const username = get(`${proto}_username`);
    if (username) set(`${proto}_username`, username);
  }

  // Passwords are never trimmed (spaces can be part of them) and never reported.
  const smtpPassword = get('smtp_password').trim() === '' ? '' : get('smtp_password');
  const imapPassword = get('imap_password').trim() === '' ? '' : get('imap_password');
  if (smtpPassword || imapPassword) set('smtp_password', smtpPassword || imapPassword);
  // One keychain entry when both logins use the same password.
  if (imapPassword && smtpPassword && imapPassword !== smtpPassword) set('imap_password', imapPassword);
  const imapSameAsSmtp = !!imapPassword && (!smtpPassword || imapPassword === smtpPassword);

  const ints = [
    ['daily_limit', 'daily limit'], ['min_minutes_between_sends', 'minimum minutes between sends'],
    ['warmup_per_day', 'warmup emails per day'], ['warmup_daily_rampup', 'warmup daily ramp-up'],
    ['warmup_target_reply_rate', 'warmup target reply rate'],
  ] as const;
  for (const [field, what] of ints) {
    const v = take(field, intCell(get(field), what, hidden(field)));
    if (v !== undefined) set(field, v);
  }
  for (const [field, what] of [['warmup_enabled', 'warmup enabled'], ['allow_self_signed', 'allow self-signed']] as const) {
    const v = take(field, boolCell(get(field), what, hidden(field)));
    if (v !== undefined) set(field, v);
  }
  for (const field of ['reply_to', 'bcc', 'signature_html'] as const) if (get(field)) set(field, get(field));
  const tracking = domainCell(get('tracking_domain'));
  if (tracking) set('tracking_domain', tracking);
  const tags = tagsCell(get('tags'));
  if (tags) set('tags', tags);
  const authMethod = take('auth_method', authMethodCell(get('auth_method'), hidden('auth_method')));

  const emailSecret = extra > 0 ? !ADDRESS_SHAPE.test(email) || secretFields(columns).has('email') : secret.has('email');
  const shownEmail = !email || emailSecret ? null : email;
  return {
    line, email: email || null, shownEmail, candidate, given, problems, stated,
    needsMx: !stated && !candidate['smtp_host'] && email.includes('@'),
    client: get('client') || null,
    imapSameAsSmtp,
    authMethod,
  };
}

export interface ReadyRow {
  line: number;
  email: string | null;
  shownEmail: string | null;
  /** Present when the row passed the form's schema. */
  input: AccountCreate | null;
  problems: RowProblem[];
  given: Set<string>;
  client: string | null;
  /** The file left the password empty (an existing inbox keeps its stored one). */
  passwordMissing: boolean;
  imapSameAsSmtp: boolean;
  authMethod: AuthMethod | undefined;
}

/**
 * Settles provider and hosts (Google and Microsoft rows need no host columns) and validates with
 * the form's schema. `exists` lets a row for an existing inbox leave the password empty.
 */
export function finishRow(draft: RowDraft, opts: { mx?: Provider; exists: boolean }): ReadyRow {
  const c = { ...draft.candidate };
  const given = new Set(draft.given);
  const provider = inferProvider({ stated: draft.stated, smtp_host: c['smtp_host'] as string | undefined, imap_host: c['imap_host'] as string | undefined, mx: opts.mx });
  c['provider'] = provider;
  if (draft.stated || given.has('smtp_host') || given.has('imap_host')) given.add('provider');
  if (provider !== 'smtp' && !c['smtp_host']) Object.assign(c, PROVIDER_HOSTS[provider]);

  const passwordMissing = c['smtp_password'] === undefined;
  const stated = draft.authMethod;
  if (passwordMissing && opts.exists) c['smtp_password'] = KEEP_STORED_PASSWORD;
  // The file says how a new inbox logs in (oauth: it signs in later, so it must carry no password;
  // password: an empty password is missing, never "needs sign-in").
  else if (stated && !opts.exists) c['auth_method'] = stated;
  // Otherwise a new Google or Microsoft inbox without a password will sign in instead: it needs sign-in.
  else if (passwordMissing && provider !== 'smtp') c['auth_method'] = 'oauth';
  // An existing inbox switches back to a password only with one (the writer checks); sign-in is never started by an import.
  if (stated === 'password' && opts.exists) {
    c['auth_method'] = 'password';
    given.add('auth_method');
  }

  const problems = [...draft.problems];
  const client = draft.client === null ? null : clientNameSchema.safeParse(draft.client);
  if (client && !client.success) problems.push({ field: 'client', reason: client.error.issues[0]?.message ?? 'client name is not valid' });
  const parsed = accountCreateSchema.safeParse(c);
  if (!parsed.success) {
    const bad = new Set(problems.map((p) => p.field));
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : 'row';
      if (bad.has(field)) continue;
      bad.add(field);
      const reason = field === 'smtp_host' && !c['smtp_host'] && draft.needsMx
        ? "SMTP host is missing, and the domain's MX does not point to Google or Microsoft: add the host to the file"
        : issue.message;
      problems.push({ field, reason });
    }
  }
  return {
    line: draft.line, email: draft.email, shownEmail: draft.shownEmail, input: problems.length === 0 && parsed.success ? parsed.data : null,
    problems, given, client: draft.client, passwordMissing, imapSameAsSmtp: draft.imapSameAsSmtp, authMethod: stated,
  };
}
