// Streams a CSV export to disk with backpressure. It writes to a sibling temporary file and renames
// it into place at the end, so a failed export never leaves a truncated file under the real name.
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { csvChunks, type CsvColumn, type CsvOptions, type CsvRowSource } from './csv-rows';

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
  return writeCsvChunks(path, (onRows) => csvChunks(columns, rows, { bom: options.bom }, onRows), options);
}

/**
 * The same for a file the caller turns into bytes itself (BOM and header included), in chunks;
 * it reports its records through `onRows`. One write is in flight while the next chunk is made
 * (the write runs on libuv's thread pool, so making and writing overlap), and a chunk is asked for
 * only once the write before the previous one has finished: a producer may reuse a chunk's memory
 * from the second chunk after it (CsvByteWriter does), and memory stays at two chunks.
 */
export async function writeCsvChunks(
  path: string,
  chunks: (onRows: (n: number) => void) => AsyncIterable<Buffer>,
  options: WriteCsvOptions = {},
): Promise<CsvWriteResult> {
  let rows = 0;
  let bytes = 0;
  const partial = options.partialPath ?? `${path}.partial`;
  let file: FileHandle | undefined;
  let writing: Promise<void> | undefined;
  try {
    file = await open(partial, 'w');
    for await (const chunk of chunks((n) => (rows += n))) {
      options.signal?.throwIfAborted();
      await writing;
      bytes += chunk.length;
      writing = writeAll(file, chunk);
    }
    await writing;
    options.signal?.throwIfAborted();
    await file.close();
    file = undefined;
    await rename(partial, path);
  } catch (err) {
    // Let the write in flight end before the file is closed and removed.
    await writing?.catch(() => undefined);
    await file?.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
  return { rows, bytes };
}

async function writeAll(file: FileHandle, chunk: Buffer): Promise<void> {
  for (let done = 0; done < chunk.length; ) done += (await file.write(chunk, done, chunk.length - done)).bytesWritten;
}
