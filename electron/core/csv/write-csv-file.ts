// Streams a CSV export to disk with backpressure. It writes to a sibling temporary file and renames
// it into place at the end, so a failed export never leaves a truncated file under the real name.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { csvRows, type CsvColumn, type CsvOptions, type CsvRowSource } from './csv-rows';

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

export async function writeCsvFile(
  path: string,
  columns: readonly CsvColumn[],
  rows: CsvRowSource,
  options: WriteCsvOptions = {},
): Promise<CsvWriteResult> {
  let count = 0;
  const counted = countRows(rows, () => count++);
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const partial = options.partialPath ?? `${path}.partial`;
  const out = createWriteStream(partial);
  try {
    const streams = [csvRows(columns, counted, { bom: options.bom }), meter, out] as const;
    await (options.signal ? pipeline(...streams, { signal: options.signal }) : pipeline(...streams));
    await rename(partial, path);
  } catch (err) {
    // The file may still be opening or flushing: remove it only once the stream has closed.
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
  return { rows: count, bytes };
}

async function* countRows(rows: CsvRowSource, onRow: () => void): AsyncGenerator<Record<string, unknown>> {
  for await (const row of rows) {
    onRow();
    yield row;
  }
}
