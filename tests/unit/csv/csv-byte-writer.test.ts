// The byte writer used by the history export writes every cell exactly as csvRecord does (and
// csvRecord is held to csv-stringify in csv-cell.test.ts): numbers digit by digit, the rest through
// csvCell, UTF-8 for unicode; a chunk stays valid until the second take after it.
import { describe, expect, it } from 'vitest';
import { CsvByteWriter, cellBytes, csvRecord } from '../../../electron/core/csv/index';

const CELLS: unknown[] = [
  0, -0, 1, 9, 10, 99, 100, 12345, 2 ** 31 + 5, 2 ** 53 - 1, 1e15 - 1, 1e15, 1e21, -1, -12.5, 0.1, 1 / 3, 1e-7, 5e-324,
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, undefined, true, false,
  '', 'plain', 'comma, here', 'quote " inside', 'line\nbreak', '=1+1', '-2', '@x', '\tcmd', '＝1', 'ü@bücher.de', '田中', '📬', '2026-05-28',
  BigInt(-7), new Date(Date.UTC(2026, 0, 2)), { a: [1] },
];

const recordOf = (w: CsvByteWriter, cells: readonly unknown[]) => {
  cells.forEach((c, i) => {
    if (i > 0) w.comma();
    w.cell(c);
  });
  w.end();
};

describe('CsvByteWriter', () => {
  it.each(CELLS.map((v) => [typeof v === 'bigint' ? `${v}n` : String(JSON.stringify(v) ?? v), v]))('writes %s as csvRecord does', (_name, value) => {
    const w = new CsvByteWriter(1024);
    recordOf(w, [value, value]);
    expect(w.take().toString('utf8')).toBe(csvRecord([value, value]));
  });

  it('formats a repeated cell once (cellBytes) as csvCell does', () => {
    for (const v of ['-dash@a.example', 'a,b@c.example', 'x"y@z.example', 'plain@a.example']) {
      const w = new CsvByteWriter(64);
      w.bytes(cellBytes(v));
      w.end();
      expect(w.take().toString('utf8')).toBe(csvRecord([v]));
    }
  });

  it('reports full at the chunk size, grows for a longer record, and alternates two buffers', () => {
    const w = new CsvByteWriter(16);
    const long = 'x'.repeat(10_000);
    recordOf(w, [long, 1]);
    expect(w.full).toBe(true);
    const first = w.take();
    expect(first.toString('utf8')).toBe(`${long},1\r\n`);
    recordOf(w, [2]);
    const second = w.take();
    expect(second.toString('utf8')).toBe('2\r\n');
    // The second take after `first` reuses its memory; until then it is intact.
    expect(first.toString('utf8')).toBe(`${long},1\r\n`);
    recordOf(w, [3]);
    expect(w.take().toString('utf8')).toBe('3\r\n');
    expect(w.length).toBe(0);
  });
});
