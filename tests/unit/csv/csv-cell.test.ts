// Our CSV cells are byte for byte what csv-stringify writes with the options exports used
// before (csv-stringify is the reference here; core formats cells itself for speed).
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../../electron/core/csv/index';

const reference = (cells: unknown[]) =>
  stringify([cells], {
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      date: (value) => (Number.isNaN(value.getTime()) ? '' : value.toISOString()),
      object: (value) => JSON.stringify(value),
    },
  });

const SPECIAL = ['=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', 'a', 'é', '📬', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '1', '.'];

/** A small deterministic generator, so a failure names a reproducible cell. */
function* randomStrings(count: number) {
  let seed = 20261122;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    let s = '';
    const len = Math.floor(next() * 6);
    for (let j = 0; j < len; j++) s += SPECIAL[Math.floor(next() * SPECIAL.length)];
    yield s;
  }
}

const FIXED: unknown[] = [
  '', 'plain', 'comma, here', 'quote " inside', '"', '""', 'line\nbreak', 'cr\ronly', 'crlf\r\nend', 'ends with cr\r',
  '=1+1', '+1', '-2', '@SUM(A1)', '\tcmd', '\r=1', '＝1', '＋1', '－1', '＠x', "'already", ' =lead space', 'ü@bücher.de', '田中', '📬',
  0, -0, 1, -5, 12.5, -0.25, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, BigInt(-7), BigInt('12345678901234567890'),
  true, false, null, undefined,
  new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), new Date(Number.NaN),
  { a: [1] }, [], ['=x', 'y'], { s: 'quote "q"' }, { n: -1 },
];

describe('csvRecord', () => {
  const name = (v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof Date ? `Date(${v.getTime()})` : (JSON.stringify(v) ?? String(v)));
  it.each(FIXED.map((v) => [name(v), v]))('writes %s as csv-stringify does', (_name, value) => {
    expect(csvRecord([value])).toBe(reference([value]));
  });

  it('agrees with csv-stringify on 5,000 random strings of special characters, alone and in records', () => {
    const all = [...randomStrings(5000)];
    for (const s of all) expect(csvRecord([s]), JSON.stringify(s)).toBe(reference([s]));
    for (let i = 0; i + 4 <= all.length; i += 4) {
      const cells = [all[i], i, all[i + 1], -i, all[i + 2], null, all[i + 3]];
      expect(csvRecord(cells)).toBe(reference(cells));
    }
  });
});
