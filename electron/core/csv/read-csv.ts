// Reads a CSV file as a stream of records with their line numbers, in flat memory: the bytes are
// decoded by iconv-lite in the encoding the first megabyte shows, split by csv-parse with the
// delimiter the header line uses. Blank lines and all-blank records are skipped; a record's line
// is the 1-based line of the file where it starts (the header is line 1 when it is first).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, type Transform } from 'node:stream';
import { parse, type CsvError, type Options } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import { sniffDelimiter, sniffFile } from './sniff';

/** Bytes of a file: the first `n` for sniffing, and the whole as a stream (read again per pass). */
export interface CsvBytes {
  head(n: number): Promise<Buffer>;
  stream(): Readable;
}

export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvLimits {
  /** Data rows (after the header) beyond which the file is refused. */
  maxRows: number;
  /** Characters one record may hold (a quote never closed would otherwise swallow the file). */
  maxRecordChars: number;
  /** Says how many rows is too many, for the refusal. */
  tooManyRows: string;
}

export interface OpenedCsv {
  encoding: string;
  delimiter: string;
  header: CsvRecord;
  /** The data records, from a fresh read of the bytes each time it is called. */
  records(): AsyncGenerator<CsvRecord>;
}

const SNIFF_BYTES = 1024 * 1024;

const fileProblem = (message: string) => new AppError('invalid_input', message, { field: 'source' });

/** csv-parse's errors in words a user can act on, naming the line where the bad record starts. */
function csvProblem(err: CsvError & { lines?: number }, start: number, limits: CsvLimits): AppError {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return fileProblem(`A quoted field on line ${start} is never closed, so the rest of the file cannot be read. Check the quotes (") on that line.`);
    case 'CSV_MAX_RECORD_SIZE':
      return fileProblem(`The record starting on line ${start} is too long (more than ${limits.maxRecordChars.toLocaleString('en-US')} characters) — usually a quote (") that is never closed. Check the quotes on that line.`);
    case 'CSV_INVALID_CLOSING_QUOTE':
      return fileProblem(`Line ${err.lines ?? start} has a quote (") in the middle of a quoted field. Double it ("") or remove it.`);
    default:
      return fileProblem(`The file cannot be read as CSV near line ${err.lines ?? start}: ${err.message.split(':')[0]}.`);
  }
}

/** Every non-blank record, numbered by the line where it starts. */
async function* numbered(bytes: CsvBytes, encoding: string, delimiter: string, limits: CsvLimits): AsyncGenerator<CsvRecord> {
  // Tracked as csv-parse builds each record (not as they are read), so a parse error still
  // knows where the record it could not finish began.
  let prevEnd = 0;
  let prevEmpty = 0;
  const startOf = (emptyLines: number) => prevEnd + 1 + (emptyLines - prevEmpty);
  const source = bytes.stream();
  const decoder = iconv.decodeStream(encoding) as unknown as Transform;
  const options: Options<CsvRecord, string[]> = {
    delimiter,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: limits.maxRecordChars,
    // Blank lines before a record were skipped by csv-parse; count them back in.
    on_record: (cells, ctx) => {
      const line = startOf(ctx.empty_lines);
      prevEnd = ctx.lines;
      prevEmpty = ctx.empty_lines;
      return { line, cells };
    },
  };
  // csv-parse types a record-changing on_record only together with `columns`; the cast says what it returns.
  const parser = source.pipe(decoder).pipe(parse(options as unknown as Options));
  try {
    for await (const record of parser as AsyncIterable<CsvRecord>) {
      if (record.cells.every((c) => c.trim() === '')) continue;
      yield record;
    }
  } catch (err) {
    const e = err as CsvError & { empty_lines?: number };
    if (e.code?.startsWith('CSV_')) throw csvProblem(e, startOf(e.empty_lines ?? prevEmpty), limits);
    throw err;
  } finally {
    // Stopping early (a refused file, a cancelled job) closes the file too.
    for (const s of [parser, decoder, source]) s.destroy();
  }
}

/** Opens a CSV file: refuses empty, binary, header-only and oversized files with one clear message each. */
export async function openCsv(bytes: CsvBytes, limits: CsvLimits): Promise<OpenedCsv> {
  const head = await bytes.head(SNIFF_BYTES);
  const kind = sniffFile(head);
  if (kind.kind === 'empty') throw fileProblem('The file is empty: there is nothing to import.');
  if (kind.kind === 'binary') throw fileProblem(kind.message);
  const { encoding } = kind;
  const delimiter = sniffDelimiter(iconv.decode(head.subarray(0, 64 * 1024), encoding));

  const first = numbered(bytes, encoding, delimiter, limits);
  const header = (await first.next()).value as CsvRecord | undefined;
  const firstRow = await first.next();
  await first.return(undefined);
  if (!header) throw fileProblem('The file is empty: there is nothing to import.');
  if (firstRow.done) throw fileProblem('The file has a header row but no inbox rows below it.');
  // Strip a byte order mark that survived decoding, and the spaces around header names.
  header.cells = header.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());

  async function* records(): AsyncGenerator<CsvRecord> {
    let rows = 0;
    let skippedHeader = false;
    for await (const record of numbered(bytes, encoding, delimiter, limits)) {
      if (!skippedHeader) {
        skippedHeader = true;
        continue;
      }
      if (++rows > limits.maxRows) throw fileProblem(limits.tooManyRows);
      yield record;
    }
  }
  return { encoding, delimiter, header: header, records };
}

/** Bytes already in memory (pasted text, a dropped file). */
export function bufferBytes(buffer: Buffer): CsvBytes {
  return {
    head: async (n) => buffer.subarray(0, n),
    stream: () => Readable.from([buffer]),
  };
}

/** A file on disk, read again from the start for each pass. */
export function fileBytes(path: string): CsvBytes {
  return {
    async head(n) {
      const fh = await open(path, 'r');
      try {
        const buf = Buffer.alloc(n);
        const { bytesRead } = await fh.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
    stream: () => createReadStream(path, { highWaterMark: 256 * 1024 }),
  };
}
