import { mkdtempSync, readFileSync, rmSync, statSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCsvFile, type CsvColumn } from '../../../electron/core/csv/index';

const columns: CsvColumn[] = [
  { key: 'id', header: 'id' },
  { key: 'email', header: 'email' },
  { key: 'score', header: 'score' },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inboxfleet-csv-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);

describe('writeCsvFile', () => {
  it('writes the file and reports data rows and bytes', async () => {
    const path = join(dir, 'out.csv');
    const result = await writeCsvFile(path, columns, [
      { id: 1, email: 'a@example.com', score: 97 },
      { id: 2, email: '=cmd|calc', score: -3 },
    ]);
    const bytes = readFileSync(path);
    expect(result).toEqual({ rows: 2, bytes: bytes.length });
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parse(bytes, { bom: true, columns: true })).toEqual([
      { id: '1', email: 'a@example.com', score: '97' },
      { id: '2', email: "'=cmd|calc", score: '-3' },
    ]);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('streams 100,000 rows to disk while they are generated, never holding them all', async () => {
    const path = join(dir, 'big.csv');
    const partial = `${path}.partial`;
    const total = 100_000;
    const rowBytes = (i: number) => `${i},user${i}@example.com,${i % 101}\r\n`.length;
    let expectedSoFar = 3 + 'id,email,score\r\n'.length;
    let maxLag = 0;
    function* rows() {
      for (let i = 0; i < total; i++) {
        if (i % 5_000 === 0 && i > 0) {
          // Bytes generated so far minus bytes already on disk = what is buffered in between.
          maxLag = Math.max(maxLag, expectedSoFar - sizeOf(partial));
        }
        expectedSoFar += rowBytes(i);
        yield { id: i, email: `user${i}@example.com`, score: i % 101 };
      }
    }
    const result = await writeCsvFile(path, columns, rows());
    expect(result.rows).toBe(total);
    expect(result.bytes).toBe(expectedSoFar);
    expect(statSync(path).size).toBe(expectedSoFar);
    // The whole file is ~3 MB; with backpressure only a few stream buffers (tens of KB) are in flight.
    expect(maxLag).toBeGreaterThan(0);
    expect(maxLag).toBeLessThan(256 * 1024);
    const lines = readFileSync(path, 'utf8').split('\r\n');
    expect(lines[total]).toBe(`${total - 1},user${total - 1}@example.com,${(total - 1) % 101}`);
  });

  it('leaves no file behind when the row source fails', async () => {
    const path = join(dir, 'broken.csv');
    function* rows() {
      yield { id: 1, email: 'a@example.com', score: 1 };
      throw new Error('cursor closed');
    }
    await expect(writeCsvFile(path, columns, rows())).rejects.toThrow('cursor closed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops when the signal aborts, leaving no file', async () => {
    const path = join(dir, 'cancelled.csv');
    const controller = new AbortController();
    let produced = 0;
    function* rows() {
      for (let i = 0; i < 1_000_000; i++) {
        produced++;
        if (i === 20_000) controller.abort();
        yield { id: i, email: `u${i}@example.com`, score: 1 };
      }
    }
    await expect(writeCsvFile(path, columns, rows(), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(produced).toBeLessThan(100_000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects with the file system error when the folder does not exist', async () => {
    await expect(writeCsvFile(join(dir, 'missing', 'x.csv'), columns, [{ id: 1 }])).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
