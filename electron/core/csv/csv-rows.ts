// Rows → RFC 4180 CSV text as a byte stream. Pulls rows lazily and turns them into text a chunk
// (~32 KB) at a time, so an export of any size holds only a few rows in memory, and millions of
// rows cost a string concatenation each rather than a trip through an object stream.
//
// The format is exactly csv-stringify's with { bom, record_delimiter: '\r\n',
// quote_record_delimiter: true, escape_formulas: true } and our casts — the unit tests check it
// against csv-stringify cell by cell — written here because csv-stringify's per-record machinery
// cost ~4× the whole rest of a 3.6 M-row export.
//
// Formula injection (OWASP "CSV Injection"): a *string* cell that starts with = + - @ TAB or CR
// (or their full-width forms) gets a leading single quote, so spreadsheets show it as text.
// Numbers are not strings and stay as they are: -12 is written as -12, while the string "-12"
// becomes '-12. Callers that want a number to stay numeric must pass a number.
import { Readable } from 'node:stream';

export interface CsvColumn {
  /** Property of each row to read (a plain key: dots are not paths). */
  key: string;
  /** Text of the header cell. */
  header: string;
}

export type CsvRow = Record<string, unknown>;
/** Rows one by one, or in batches (arrays of rows): a batch skips the per-row iteration cost. */
export type CsvRowSource = AsyncIterable<CsvRow | readonly CsvRow[]> | Iterable<CsvRow | readonly CsvRow[]>;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8. Default true. */
  bom?: boolean;
}

const CHUNK_CHARS = 32 * 1024;
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell: strings as given (quoted when needed, quotes doubled), numbers and bigints as
 *  digits, booleans as true/false, dates as ISO-8601 UTC, null/undefined empty, objects as JSON. */
export function csvCell(value: unknown): string {
  let text: string;
  switch (typeof value) {
    case 'string':
      text = value;
      break;
    case 'number':
    case 'bigint':
      // Digits, a sign, "Infinity" or "NaN": never a formula, never quoted.
      return `${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return '';
    case 'object':
      if (value === null) return '';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
      text = JSON.stringify(value) ?? '';
      break;
    default:
      text = String(value);
  }
  if (text === '') return '';
  const quote = NEEDS_QUOTES.test(text);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvRecord(cells: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]);
  return `${line}\r\n`;
}

/** Records already formatted (with csvCell / csvRecord), in batches: each ends in CRLF. */
export type CsvRecordSource = AsyncIterable<readonly string[]> | Iterable<readonly string[]>;

/** Optional BOM and the header row, then the records, as chunks of bytes of ~32 KB. */
export async function* csvRecordChunks(
  headers: readonly string[],
  records: CsvRecordSource,
  options: CsvOptions = {},
  onRows: (n: number) => void = () => undefined,
): AsyncGenerator<Buffer> {
  let text = (options.bom ?? true ? '\uFEFF' : '') + csvRecord(headers);
  for await (const batch of records) {
    for (const record of batch) {
      text += record;
      onRows(1);
      // Small chunks even from big batches: the text dies young and memory stays flat.
      if (text.length >= CHUNK_CHARS) {
        yield Buffer.from(text);
        text = '';
      }
    }
  }
  if (text) yield Buffer.from(text);
}

/** Rows (or batches of rows) as formatted records, one batch per item. */
async function* recordsOf(columns: readonly CsvColumn[], rows: CsvRowSource): AsyncGenerator<string[]> {
  const keys = columns.map((c) => c.key);
  const format = (row: CsvRow) => {
    let line = '';
    for (let i = 0; i < keys.length; i++) line += (i === 0 ? '' : ',') + csvCell(row[keys[i]!]);
    return `${line}\r\n`;
  };
  for await (const item of rows) yield Array.isArray(item) ? (item as readonly CsvRow[]).map(format) : [format(item as CsvRow)];
}

/** The file as chunks of bytes: optional BOM and the header row, then the rows. */
export function csvChunks(
  columns: readonly CsvColumn[],
  rows: CsvRowSource,
  options: CsvOptions = {},
  onRows?: (n: number) => void,
): AsyncGenerator<Buffer> {
  return csvRecordChunks(columns.map((c) => c.header), recordsOf(columns, rows), options, onRows);
}

/**
 * A byte stream of the CSV file: optional BOM, the header row, one record per row, each line
 * ending in CRLF. An error thrown by `rows` destroys the stream with that error.
 */
export function csvRows(columns: readonly CsvColumn[], rows: CsvRowSource, options: CsvOptions = {}): Readable {
  // Nothing read ahead: a chunk is made when the consumer asks, so stopping it stops the rows.
  return Readable.from(csvChunks(columns, rows, options), { objectMode: false, highWaterMark: 0 });
}
