// One cell of an imported file as a value, the way spreadsheets and vendors write them:
// TRUE/yes/1 booleans, "587.0" ports, "SSL"/"true" security, "https://…" tracking domains.
// Each parser returns the value, undefined for an empty cell, or a reason the cell is wrong.
import type { ImapSecurity, SmtpSecurity } from '../../../shared/domain';
import type { AuthMethod } from '../../../shared/oauth';

export type Cell<T> = { value: T } | { reason: string } | undefined;

// Also what Excel writes in German, French, Spanish and Dutch.
const TRUE = new Set(['true', 'yes', 'y', '1', 'on', 'enabled', 'active', 'x', 'wahr', 'ja', 'vrai', 'oui', 'verdadero', 'si', 'sí', 'waar']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off', 'disabled', 'inactive', 'falsch', 'nein', 'faux', 'non', 'falso', 'onwaar']);

/** What a quoted preview of a cell may show (short, one line). */
export const shown = (raw: string): string => {
  const one = raw.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
};

/**
 * How a reason names the cell it rejects: quoted, unless the cell may be a secret (a column whose
 * header looks like a password's, whatever it is mapped to, or any cell of a shifted row).
 */
export const said = (raw: string, hidden = false): string =>
  hidden ? ' (the value is not shown: it may be a password)' : ` (the file says "${shown(raw)}")`;

export function boolCell(raw: string, what: string, hidden = false): Cell<boolean> {
  const v = raw.trim().toLowerCase();
  if (v === '') return undefined;
  if (TRUE.has(v)) return { value: true };
  if (FALSE.has(v)) return { value: false };
  return { reason: `${what} must be true or false${said(raw, hidden)}` };
}

/** Whole numbers, also as spreadsheets write them: "587.0", "1,000", " 50 ". */
export function intCell(raw: string, what: string, hidden = false): Cell<number> {
  const v = raw.trim().replace(/(?<=\d)[,_ ](?=\d{3}\b)/g, '');
  if (v === '') return undefined;
  if (!/^-?\d+(\.0+)?$/.test(v)) return { reason: `${what} must be a whole number${said(raw, hidden)}` };
  return { value: Number.parseInt(v, 10) };
}

/**
 * A security column: explicit words, or a boolean "secure" flag as nodemailer-based tools write
 * it (true = TLS from the first byte, false = upgrade with STARTTLS). A bare "TLS" is read by port,
 * because some tools say TLS for STARTTLS on 587.
 */
export function securityCell(raw: string, what: string, port: number | undefined, implicitPort: number, hidden = false): Cell<SmtpSecurity & ImapSecurity> {
  const v = raw.trim().toLowerCase().replace(/[^a-z0-9/]/g, '');
  if (v === '') return undefined;
  if (['ssl', 'ssltls', 'implicit', 'implicittls', 'true', 'yes', '1', 'secure', 'on'].includes(v)) return { value: 'tls' };
  if (['starttls', 'false', 'no', '0', 'off'].includes(v)) return { value: 'starttls' };
  if (['none', 'plain', 'plaintext', 'unencrypted', 'insecure'].includes(v)) return { value: 'none' };
  if (v === 'tls') return { value: port === undefined || port === implicitPort ? 'tls' : 'starttls' };
  return { reason: `${what} must be SSL/TLS, STARTTLS or none${said(raw, hidden)}` };
}

/** Security the port implies when no column says it: 465/993 implicit TLS, 587/25/2525/143 STARTTLS. */
export function securityFromPort(port: number | undefined): SmtpSecurity | undefined {
  if (port === 465 || port === 993) return 'tls';
  if (port === 587 || port === 25 || port === 2525 || port === 143) return 'starttls';
  return undefined;
}

/** Smartlead's custom_tracking_url may be a URL; the tracking domain is its host. */
export function domainCell(raw: string): string | undefined {
  const v = raw.trim();
  if (v === '') return undefined;
  const host = v.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#:]/)[0] ?? '';
  return host.toLowerCase();
}

/** Tags split on ";" when the cell has one (our export writes "a; b"), else on "," or "|". */
export const tagsCell = (raw: string): string[] | undefined => {
  const tags = raw.split(raw.includes(';') ? ';' : /[,|]/).map((t) => t.trim()).filter(Boolean);
  return tags.length ? tags : undefined;
};

/** Undo the leading apostrophe exports put before =, +, -, @ so spreadsheets show text (CSV injection guard). */
export const unescapeFormula = (raw: string): string => (/^'[=+\-@\t\r＝＋－＠]/.test(raw) ? raw.slice(1) : raw);

const OAUTH_WORDS = new Set(['oauth', 'oauth2', 'xoauth2', 'signin', 'sso', 'modernauth']);
const PASSWORD_WORDS = new Set(['password', 'basic', 'basicauth', 'apppassword', 'plain', 'login']);

/** The login method as Inboxfleet exports it (password, oauth) or in a few common words. */
export function authMethodCell(raw: string, hidden = false): Cell<AuthMethod> {
  const v = raw.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
  if (v === '') return undefined;
  if (OAUTH_WORDS.has(v)) return { value: 'oauth' };
  if (PASSWORD_WORDS.has(v)) return { value: 'password' };
  return { reason: `login method must be password or oauth${said(raw, hidden)}` };
}
