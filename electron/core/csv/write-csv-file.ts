// Streams a CSV export to disk with backpressure. It writes to a sibling temporary file and renames
// it into place at the end, so a failed export never leaves a truncated file under the real name.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { csvChunks, csvRecordChunks, type CsvColumn, type CsvOptions, type CsvRecordSource, type CsvRowSource } from './csv-rows';

export interface CsvWriteResult {
  /** Data rows written (the header row not counted). */
  rows: number;
  /** Size of the file in bytes, BOM included. */
  bytes: number;
}

export interface WriteCsvOptions extends CsvOptions {
  /** Cancels the export (a cancelled job): the promise rejects with an AbortError, no file is left. */
  signal?: AbortSignal;
  /** The temporary file to write before the rename (default `<path>.partial`). */
  partialPath?: string;
}

export function writeCsvFile(path: string, columns: readonly CsvColumn[], rows: CsvRowSource, options: WriteCsvOptions = {}): Promise<CsvWriteResult> {
  return writeChunks(path, options, (onRows) => csvChunks(columns, rows, { bom: options.bom }, onRows));
}

/** The same for records the caller formatted itself (csvCell / csvRecord), in batches. */
export function writeCsvRecords(path: string, headers: readonly string[], records: CsvRecordSource, options: WriteCsvOptions = {}): Promise<CsvWriteResult> {
  return writeChunks(path, options, (onRows) => csvRecordChunks(headers, records, { bom: options.bom }, onRows));
}

async function writeChunks(
  path: string,
  options: WriteCsvOptions,
  chunks: (onRows: (n: number) => void) => AsyncGenerator<Buffer>,
): Promise<CsvWriteResult> {
  let count = 0;
  let bytes = 0;
  async function* measured() {
    for await (const chunk of chunks((n) => (count += n))) {
      bytes += chunk.length;
      yield chunk;
    }
  }
  const partial = options.partialPath ?? `${path}.partial`;
  const out = createWriteStream(partial);
  try {
    const source = Readable.from(measured(), { objectMode: false, highWaterMark: 32 * 1024 });
    await (options.signal ? pipeline(source, out, { signal: options.signal }) : pipeline(source, out));
    await rename(partial, path);
  } catch (err) {
    // The file may still be opening or flushing: remove it only once the stream has closed.
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
  return { rows: count, bytes };
}
