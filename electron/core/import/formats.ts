// The CSV layouts agencies already have: which header means which field, how a format is
// recognised, and the mapping of one file's columns (format, then a remembered or the user's
// own choices). Headers are compared case-, space- and punctuation-insensitively.
import { IMPORT_FIELDS, type ImportField, type ImportFormat } from '../../../shared/import';

/** "SMTP Port", "smtp_port" and "smtpPort" all become "smtpport". */
export const normHeader = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]/g, '');

const LOOKS_SECRET = /pass|pwd|secret|token|apikey/;
/** A header that names a secret: its cells are never shown or quoted, whatever field it is mapped to. */
export const looksSecret = (header: string): boolean => LOOKS_SECRET.test(normHeader(header));
/** What the preview shows instead of such a cell. */
export const HIDDEN_CELL = 'hidden (may be a password)';

type Aliases = Record<string, ImportField | null>;

const SMARTLEAD: Aliases = {
  fromname: 'display_name', fromemail: 'email', username: 'smtp_username', password: 'smtp_password',
  smtphost: 'smtp_host', smtpport: 'smtp_port', imaphost: 'imap_host', imapport: 'imap_port',
  maxemailperday: 'daily_limit', customtrackingurl: 'tracking_domain', warmupenabled: 'warmup_enabled',
  totalwarmupperday: 'warmup_per_day', dailyrampup: 'warmup_daily_rampup', replyratepercentage: 'warmup_target_reply_rate',
  bcc: 'bcc', signature: 'signature_html', differentreplytoaddress: 'reply_to', imapusername: 'imap_username',
  imappassword: 'imap_password', type: 'provider', timetowaitinmins: 'min_minutes_between_sends', clientid: null,
};

const INSTANTLY: Aliases = {
  email: 'email', firstname: 'first_name', lastname: 'last_name', imapusername: 'imap_username',
  imappassword: 'imap_password', imaphost: 'imap_host', imapport: 'imap_port', smtpusername: 'smtp_username',
  smtppassword: 'smtp_password', smtphost: 'smtp_host', smtpport: 'smtp_port', dailylimit: 'daily_limit',
  warmupenabled: 'warmup_enabled', warmuplimit: 'warmup_per_day', warmupincrement: 'warmup_daily_rampup',
  warmupreplyrate: 'warmup_target_reply_rate', trackingdomain: 'tracking_domain',
  warmupfiltertag: null, warmuponweekdays: null, warmupopenrate: null, warmupspamprotectionrate: null,
  warmupmarkasimportantrate: null,
};

const EMAILBISON: Aliases = {
  name: 'display_name', email: 'email', password: 'smtp_password', imapserver: 'imap_host', imapport: 'imap_port',
  smtpserver: 'smtp_host', smtpport: 'smtp_port', dailylimit: 'daily_limit', smtpsecure: 'smtp_security',
  imapsecure: 'imap_security',
};

/** Our own export: every field under its own name, plus the columns we compute (not imported). */
const INBOXFLEET: Aliases = {
  ...Object.fromEntries(IMPORT_FIELDS.map((f) => [normHeader(f), f])),
  status: null, score: null, smtpcheck: null, imapcheck: null, lasttestedat: null, createdat: null,
};

/** Names seen in vendors' files (Maildoso, Primeforge, Winnr, Mailforge…) and hand-made sheets. */
const GENERIC: Aliases = {
  ...SMARTLEAD, ...EMAILBISON, ...INSTANTLY, ...INBOXFLEET,
  emailaddress: 'email', mailbox: 'email', inbox: 'email', sender: 'email', senderemail: 'email',
  fromaddress: 'email', fullname: 'display_name', sendername: 'display_name', displayname: 'display_name',
  smtphostname: 'smtp_host', smtp: 'smtp_host', smtpuser: 'smtp_username', smtplogin: 'smtp_username',
  smtppass: 'smtp_password', pass: 'smtp_password', imaphostname: 'imap_host', imap: 'imap_host',
  imapuser: 'imap_username', imaplogin: 'imap_username', imappass: 'imap_password', login: 'smtp_username',
  smtpssl: 'smtp_security', smtptls: 'smtp_security', smtpencryption: 'smtp_security', encryption: 'smtp_security',
  security: 'smtp_security', imapssl: 'imap_security', imaptls: 'imap_security', imapencryption: 'imap_security',
  dailysendlimit: 'daily_limit', sendinglimit: 'daily_limit', limit: 'daily_limit', perday: 'daily_limit',
  replyto: 'reply_to', tag: 'tags', labels: 'tags', clientname: 'client', customer: 'client', provider: 'provider',
  esp: 'provider', warmup: 'warmup_enabled', clientid: null, loginmethod: 'auth_method', authtype: 'auth_method', auth: 'auth_method',
};

export const FORMAT_ALIASES: Record<ImportFormat, Aliases> = {
  smartlead: SMARTLEAD, instantly: INSTANTLY, emailbison: EMAILBISON, inboxfleet: INBOXFLEET, generic: GENERIC,
};

/** Headers that identify a format: all must be present. */
const SIGNATURES: [ImportFormat, string[]][] = [
  ['inboxfleet', ['email', 'displayname', 'smtpsecurity', 'imapsecurity']],
  ['smartlead', ['fromemail', 'smtphost', 'imaphost']],
  ['emailbison', ['email', 'smtpserver', 'imapserver']],
  ['instantly', ['email', 'smtphost', 'smtpusername', 'imapusername']],
];

const IGNORED_NOTES: Record<string, string> = {
  clientid: "the vendor's own client id: choose an Inboxfleet client for the import instead",
  status: 'not imported: new inboxes start active; pause them after the import if you like',
  score: 'computed by Inboxfleet, not imported',
  scoremeasured: 'computed by Inboxfleet, not imported',
  health: 'computed by Inboxfleet, not imported',
  smtpcheck: 'computed by Inboxfleet, not imported',
  imapcheck: 'computed by Inboxfleet, not imported',
  lasttestedat: 'computed by Inboxfleet, not imported',
  createdat: 'computed by Inboxfleet, not imported',
};

export function detectFormat(headers: string[]): ImportFormat {
  const present = new Set(headers.map(normHeader));
  for (const [format, required] of SIGNATURES) if (required.every((h) => present.has(h))) return format;
  return 'generic';
}

/** A stable key for "files with these headers", for remembering a user's mapping. */
export const headerSetKey = (headers: string[]): string => headers.map(normHeader).join('\u0001');

export interface MappedColumn {
  index: number;
  header: string;
  field: ImportField | null;
  note: string | null;
}

/**
 * Each column's field: the user's choice (or a remembered one) first, then the format's alias.
 * A field claimed by an earlier column leaves later ones ignored, with a note saying so.
 */
export function mapColumns(headers: string[], format: ImportFormat, chosen?: Record<string, ImportField | null>): MappedColumn[] {
  const aliases = FORMAT_ALIASES[format];
  const taken = new Map<ImportField, string>();
  const seenHeaders = new Set<string>();
  return headers.map((header, index) => {
    const key = normHeader(header);
    let note: string | null = null;
    let field: ImportField | null;
    if (chosen && Object.prototype.hasOwnProperty.call(chosen, header) && !seenHeaders.has(header)) field = chosen[header] ?? null;
    else if (key in aliases) {
      field = aliases[key] ?? null;
      if (field === null) note = IGNORED_NOTES[key] ?? 'Inboxfleet has no setting for this, so it is not imported';
    } else {
      field = null;
      note = header === '' ? 'column without a header' : 'not recognised: choose a field for it, or leave it ignored';
    }
    seenHeaders.add(header);
    if (field && taken.has(field)) {
      note = `ignored: "${taken.get(field)}" is already read as this field`;
      field = null;
    }
    if (field) taken.set(field, header);
    return { index, header, field, note };
  });
}

/** The fields read from a column whose header names a secret (a password mapped by mistake to another field). */
export const secretFields = (columns: MappedColumn[]): Set<ImportField> =>
  new Set(columns.filter((c) => c.field && looksSecret(c.header)).map((c) => c.field!));
