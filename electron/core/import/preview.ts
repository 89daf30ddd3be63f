// accounts.import.preview: how the file was read and what importing it would do, with every
// row's problems, before anything is saved. Passwords appear only as "password present".
import { IMPORT_MAX_LISTED_ERRORS, isPasswordField, type ImportColumn, type ImportField, type ImportPreview, type ImportRowError, type ImportRowPreview } from '../../../shared/import';
import type { AccountCreate } from '../../../shared/validation';
import { defaultImapPort } from '../accounts/index';
import { clientsRepo } from '../store/index';
import { HIDDEN_CELL, looksSecret, secretFields } from './formats';
import { planRows, type PlanDeps, type PlannedRow } from './plan';
import { extraCells } from './row';
import type { PreparedImport } from './source';

const SAMPLE_ROWS = 10;

/** Each column as read, with its first value — never a password's. */
async function describeColumns(prepared: PreparedImport): Promise<ImportColumn[]> {
  const samples = new Map<number, string>();
  let seen = 0;
  for await (const record of prepared.csv.records()) {
    // A shifted row's cells sit under the wrong headers (a password under "SMTP Port"): no sample from it.
    if (extraCells(record.cells, prepared.columns.length) > 0) continue;
    record.cells.forEach((cell, i) => {
      if (!samples.has(i) && cell.trim() !== '') samples.set(i, cell);
    });
    if (++seen >= 50 || samples.size >= prepared.columns.length) break;
  }
  return prepared.columns.map((c) => {
    const raw = samples.get(c.index);
    let sample: string | null = raw === undefined ? null : raw.trim().slice(0, 80);
    if (raw !== undefined && isPasswordField(c.field)) sample = 'password present';
    // By the header, whatever the mapping: a password column mapped by mistake to another field stays hidden.
    else if (raw !== undefined && looksSecret(c.header)) sample = HIDDEN_CELL;
    return { header: c.header, field: c.field, sample, note: c.note };
  });
}

export const rowErrors = (row: PlannedRow): ImportRowError[] =>
  row.problems.map((p) => ({ line: row.line, email: row.shownEmail, field: p.field, reason: p.reason }));

/** A sample row; what a secret-looking column gave (mapped by mistake to this field) is hidden. */
function previewRow(row: PlannedRow, v: AccountCreate, secret: Set<ImportField>): ImportRowPreview {
  const hide = (fields: ImportField[], value: string) => (fields.some((f) => secret.has(f)) ? HIDDEN_CELL : value);
  const imapHost = v.imap_host ?? v.smtp_host;
  return {
    line: row.line, email: hide(['email'], v.email), display_name: hide(['display_name', 'first_name', 'last_name', 'email'], v.display_name), provider: v.provider,
    smtp: hide(['smtp_host', 'smtp_port', 'smtp_security'], `${v.smtp_host}:${v.smtp_port} ${v.smtp_security}`),
    imap: hide(v.imap_host ? ['imap_host', 'imap_port', 'imap_security'] : ['smtp_host', 'imap_port', 'imap_security'], `${imapHost}:${v.imap_port ?? defaultImapPort(v.imap_security)} ${v.imap_security}`),
    daily_limit: v.daily_limit, password_present: !row.passwordMissing,
    imap_password: v.imap_password !== undefined ? 'own' : 'smtp',
    client: row.client === null ? null : hide(['client'], row.client), exists: row.existingId !== null,
  };
}

export async function buildPreview(prepared: PreparedImport, deps: PlanDeps): Promise<ImportPreview> {
  const preview: ImportPreview = {
    format: prepared.format, detected_format: prepared.detected, remembered_mapping: prepared.remembered,
    file: prepared.file, columns: await describeColumns(prepared), rows: 0, valid: 0, errors: [], errors_total: 0,
    duplicates: { in_file: 0, existing: 0, existing_emails: [] }, new_clients: [], sample: [], blocking: prepared.blocking,
  };
  if (prepared.blocking) {
    // Still count the rows, so the user sees the file was read.
    for await (const _ of prepared.csv.records()) preview.rows++;
    return preview;
  }
  const known = new Set((await clientsRepo.listClients(deps.db)).map((c) => c.name.toLowerCase()));
  const secret = secretFields(prepared.columns);
  const newClients = new Map<string, string>();
  for await (const row of planRows(prepared.csv, prepared.columns, deps)) {
    preview.rows++;
    if (row.duplicateOf !== null) preview.duplicates.in_file++;
    if (!row.input) {
      const errors = rowErrors(row);
      preview.errors_total += errors.length;
      preview.errors.push(...errors.slice(0, Math.max(0, IMPORT_MAX_LISTED_ERRORS - preview.errors.length)));
      continue;
    }
    preview.valid++;
    if (row.existingId) {
      preview.duplicates.existing++;
      if (preview.duplicates.existing_emails.length < 50 && !secret.has('email')) preview.duplicates.existing_emails.push(row.input.email);
    }
    if (row.client && !secret.has('client') && !known.has(row.client.toLowerCase()) && newClients.size < 100) newClients.set(row.client.toLowerCase(), row.client);
    if (preview.sample.length < SAMPLE_ROWS) preview.sample.push(previewRow(row, row.input, secret));
  }
  preview.new_clients = [...newClients.values()];
  return preview;
}
