// Rows → RFC 4180 CSV text as a stream, through csv-stringify. Pulls rows lazily, so an export
// of any size holds only a few rows in memory.
//
// Formula injection (OWASP "CSV Injection"): a *string* cell that starts with = + - @ TAB or CR
// (or their full-width forms) gets a leading single quote, so spreadsheets show it as text.
// Numbers are not strings and stay as they are: -12 is written as -12, while the string "-12"
// becomes '-12. Callers that want a number to stay numeric must pass a number.
import { Readable } from 'node:stream';
import { stringify, type Stringifier } from 'csv-stringify';

export interface CsvColumn {
  /** Property of each row to read (a plain key: dots are not paths). */
  key: string;
  /** Text of the header cell. */
  header: string;
}

export type CsvRow = Record<string, unknown>;
export type CsvRowSource = AsyncIterable<CsvRow> | Iterable<CsvRow>;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8. Default true. */
  bom?: boolean;
}

/**
 * A byte stream of the CSV file: optional BOM, the header row, one record per row, each line
 * ending in CRLF. Cells: strings as given (quoted when needed, quotes doubled), numbers and
 * bigints as digits, booleans as true/false, dates as ISO-8601 UTC, null/undefined empty,
 * other objects as JSON. An error thrown by `rows` destroys the stream with that error.
 */
export function csvRows(columns: readonly CsvColumn[], rows: CsvRowSource, options: CsvOptions = {}): Readable {
  const stringifier: Stringifier = stringify({
    bom: options.bom ?? true,
    record_delimiter: '\r\n',
    // Giving record_delimiter turns this off by default; a lone \n or \r in a cell must be quoted.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      date: (value) => (Number.isNaN(value.getTime()) ? '' : value.toISOString()),
      object: (value) => JSON.stringify(value),
    },
  });
  // Records go in as arrays in column order, so keys are never read as nested paths.
  const records = Readable.from(toRecords(columns, rows));
  records.on('error', (err) => stringifier.destroy(err));
  stringifier.on('close', () => records.destroy());
  return records.pipe(stringifier);
}

async function* toRecords(columns: readonly CsvColumn[], rows: CsvRowSource): AsyncGenerator<unknown[]> {
  yield columns.map((c) => c.header);
  for await (const row of rows) yield columns.map((c) => row[c.key]);
}
