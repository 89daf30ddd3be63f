// CSV import and bulk actions: the names, limits and result shapes both processes share.

export const IMPORT_FORMATS = ['smartlead', 'instantly', 'emailbison', 'inboxfleet', 'generic'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Largest file read (bytes) and most data rows; larger files are refused with a clear message. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 100_000;
/** At most this many problems are listed (the count is always complete). */
export const IMPORT_MAX_LISTED_ERRORS = 5_000;

/** What a column of a file can be read as. `null` in a mapping means "ignore this column". */
export const IMPORT_FIELDS = [
  'email', 'display_name', 'first_name', 'last_name', 'provider', 'smtp_host', 'smtp_port', 'smtp_security',
  'smtp_username', 'smtp_password', 'imap_host', 'imap_port', 'imap_security', 'imap_username', 'imap_password',
  'daily_limit', 'min_minutes_between_sends', 'signature_html', 'reply_to', 'bcc', 'tracking_domain', 'tags',
  'warmup_enabled', 'warmup_per_day', 'warmup_daily_rampup', 'warmup_target_reply_rate', 'client', 'allow_self_signed',
  'auth_method',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  email: 'Email address', display_name: 'Display name', first_name: 'First name', last_name: 'Last name',
  provider: 'Provider', smtp_host: 'SMTP host', smtp_port: 'SMTP port', smtp_security: 'SMTP security',
  smtp_username: 'SMTP username', smtp_password: 'SMTP password', imap_host: 'IMAP host', imap_port: 'IMAP port',
  imap_security: 'IMAP security', imap_username: 'IMAP username', imap_password: 'IMAP password',
  daily_limit: 'Daily limit', min_minutes_between_sends: 'Minutes between sends', signature_html: 'Signature',
  reply_to: 'Reply-to', bcc: 'BCC', tracking_domain: 'Tracking domain', tags: 'Tags', warmup_enabled: 'Warmup on',
  warmup_per_day: 'Warmup per day', warmup_daily_rampup: 'Warmup ramp-up', warmup_target_reply_rate: 'Warmup reply rate',
  client: 'Client name', allow_self_signed: 'Allow self-signed', auth_method: 'Login method',
};

export const isPasswordField = (f: ImportField | null): boolean => f === 'smtp_password' || f === 'imap_password';

export interface ImportColumn {
  /** The header as written in the file (trimmed). */
  header: string;
  /** What the column is read as; null = ignored. */
  field: ImportField | null;
  /** First non-empty value, or "password present" for password columns (never the password). */
  sample: string | null;
  /** Why a column is ignored, or how it is read when that is not obvious. */
  note: string | null;
}

/** A problem with one row: its 1-based line in the file (the header is line 1). Never holds a password. */
export interface ImportRowError {
  line: number;
  email: string | null;
  field: string;
  reason: string;
}

/** How a valid row will be saved, for the preview table (no passwords, only whether one is present). */
export interface ImportRowPreview {
  line: number;
  email: string;
  display_name: string;
  provider: string;
  smtp: string;
  imap: string;
  daily_limit: number;
  password_present: boolean;
  /** The IMAP login's password: its own, or the SMTP one (one keychain entry). */
  imap_password: 'own' | 'smtp';
  client: string | null;
  /** An inbox with this address exists already (skipped or updated, as the import chooses). */
  exists: boolean;
}

export interface ImportFileInfo {
  name: string | null;
  /** The absolute path when the file was chosen in the open dialog; null for pasted or dropped text. */
  path: string | null;
  bytes: number;
  encoding: string;
  delimiter: string;
}

export interface ImportPreview {
  format: ImportFormat;
  /** What auto-detection found (also when the caller chose another format). */
  detected_format: ImportFormat;
  /** The mapping came from one the user saved for files with these headers. */
  remembered_mapping: boolean;
  file: ImportFileInfo;
  columns: ImportColumn[];
  /** Data rows in the file (blank lines not counted). */
  rows: number;
  /** Rows that can be imported as they are. */
  valid: number;
  errors: ImportRowError[];
  /** errors may be cut at IMPORT_MAX_LISTED_ERRORS; this is the full count. */
  errors_total: number;
  duplicates: { in_file: number; existing: number; existing_emails: string[] };
  /** Client names in the file that do not exist yet (created on import unless a client is chosen). */
  new_clients: string[];
  /** The first valid rows as they will be saved. */
  sample: ImportRowPreview[];
  /** Set when nothing can be imported until the user maps columns (e.g. no email column). */
  blocking: string | null;
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: ImportRowError[];
  errors_total: number;
  /** Inboxes created or updated, for "Test the imported inboxes". */
  account_ids: string[];
  /** The connection-test job started after the import, when test_after was asked. */
  test_job_id: string | null;
  /** New Google and Microsoft inboxes without a password: they sign in (accounts.signIn), by provider. */
  needs_sign_in: { google: string[]; microsoft: string[] };
  cancelled: boolean;
  /** Why the import stopped before the end (e.g. the keychain became unavailable); null otherwise. */
  stopped_reason: string | null;
}

export const BULK_ACTIONS = ['test', 'pause', 'resume', 'delete', 'move', 'tag', 'untag', 'daily_limit'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** Bulk calls on at most this many inboxes are answered at once; more become a job. */
export const BULK_INLINE_MAX = 5;

export interface BulkFailure {
  id: string;
  email: string | null;
  reason: string;
}

/** What a bulk call answers, and (as a job's result) how it ended. Only failures are listed. */
export interface BulkOutcome {
  /** Set when the work runs as a job; the counts then come in its progress and result. */
  job_id: string | null;
  total: number;
  changed: number;
  failed: number;
  failures: BulkFailure[];
}
