// Opens what the user gave (pasted text, a dropped file's bytes, or a file chosen in the open
// dialog), enforces the size limits, and settles format and column mapping.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportFileInfo, type ImportFormat } from '../../../shared/import';
import type { ImportSource } from '../../../shared/validation';
import { bufferBytes, fileBytes, openCsv, type CsvBytes, type OpenedCsv } from '../csv/index';
import type { Database } from '../store/index';
import { detectFormat, mapColumns, type MappedColumn } from './formats';
import { recallMapping, type Mapping } from './mapping-memory';

const MB = (n: number) => (n / 1024 / 1024).toFixed(1);
const problem = (message: string) => new AppError('invalid_input', message, { field: 'source' });

function tooBig(bytes: number): AppError {
  return problem(`The file is ${MB(bytes)} MB; files up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB can be imported. Split it into smaller files (at most ${IMPORT_MAX_ROWS.toLocaleString('en-US')} rows each).`);
}

async function openBytes(source: ImportSource): Promise<{ bytes: CsvBytes; file: Omit<ImportFileInfo, 'encoding' | 'delimiter'> }> {
  if ('text' in source) {
    const buffer = Buffer.from(source.text, 'utf8');
    if (buffer.length > IMPORT_MAX_BYTES) throw tooBig(buffer.length);
    return { bytes: bufferBytes(buffer), file: { name: null, path: null, bytes: buffer.length } };
  }
  if ('bytes' in source) {
    const buffer = Buffer.from(source.bytes, 'base64');
    if (buffer.length > IMPORT_MAX_BYTES) throw tooBig(buffer.length);
    return { bytes: bufferBytes(buffer), file: { name: source.name ?? null, path: null, bytes: buffer.length } };
  }
  const file = source.path;
  if (!path.isAbsolute(file)) throw new AppError('invalid_input', 'The file path must be absolute', { field: 'source.path' });
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new AppError('invalid_input', `${file} is not a file`, { field: 'source.path' });
    size = s.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code ?? 'error';
    throw new AppError('invalid_input', code === 'ENOENT' ? `${file} does not exist` : `Cannot read ${file} (${code})`, { field: 'source.path' });
  }
  if (size > IMPORT_MAX_BYTES) throw tooBig(size);
  return { bytes: fileBytes(file), file: { name: path.basename(file), path: file, bytes: size } };
}

export interface PreparedImport {
  csv: OpenedCsv;
  file: ImportFileInfo;
  format: ImportFormat;
  detected: ImportFormat;
  columns: MappedColumn[];
  remembered: boolean;
  /** The mapping in force (remembered and the user's changes), saved when the import starts. */
  chosen: Mapping | undefined;
  /** Why nothing can be imported until the user maps columns; null when the file can be read. */
  blocking: string | null;
}

export async function prepareImport(
  db: Kysely<Database>,
  input: { source: ImportSource; format: 'auto' | ImportFormat; mapping?: Mapping },
): Promise<PreparedImport> {
  const { bytes, file } = await openBytes(input.source);
  const csv = await openCsv(bytes, {
    maxRows: IMPORT_MAX_ROWS,
    maxRecordChars: 1_000_000,
    tooManyRows: `The file has more than ${IMPORT_MAX_ROWS.toLocaleString('en-US')} rows. Split it into files of at most ${IMPORT_MAX_ROWS.toLocaleString('en-US')} rows and import them one after another.`,
  });
  const headers = csv.header.cells;
  const detected = detectFormat(headers);
  const format = input.format === 'auto' ? detected : input.format;
  // A mapping saved for these headers is the starting point; the user's changes go on top.
  const remembered = await recallMapping(db, headers);
  const chosen = remembered || input.mapping ? { ...remembered, ...input.mapping } : undefined;
  const columns = mapColumns(headers, format, chosen);
  const blocking = columns.some((c) => c.field === 'email')
    ? null
    : `No column is read as the email address, so no row can be imported. Choose the email column in the mapping${format === 'generic' ? '' : ` (or another format than ${format})`}.`;
  return {
    csv, format, detected, columns, blocking, remembered: remembered !== undefined, chosen,
    file: { ...file, encoding: csv.encoding, delimiter: csv.delimiter },
  };
}
