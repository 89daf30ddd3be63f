// Reading imported files: encodings (BOM, UTF-16, Windows-1252), delimiters, quotes, CRLF,
// blank lines and line numbers, and one clear message for each file that cannot be read.
import { describe, expect, it } from 'vitest';
import { bufferBytes, openCsv, type CsvRecord } from '../../../electron/core/csv/index';
import { sniffDelimiter, sniffFile } from '../../../electron/core/csv/sniff';
import { fixtureBytes } from '../../fixtures/import/index';

const LIMITS = { maxRows: 1000, maxRecordChars: 100_000, tooManyRows: 'too many rows' };

async function read(bytes: Buffer, limits = LIMITS) {
  const csv = await openCsv(bufferBytes(bytes), limits);
  const records: CsvRecord[] = [];
  for await (const r of csv.records()) records.push(r);
  return { csv, records };
}

const problem = async (bytes: Buffer, limits = LIMITS) => {
  try {
    await read(bytes, limits);
  } catch (err) {
    return err as { code: string; message: string; field: string };
  }
  throw new Error('expected the file to be refused');
};

describe('reading CSV files as agencies have them', () => {
  it('reads a Windows-1252 file from a German Excel with its umlauts and semicolons', async () => {
    const { csv, records } = await read(fixtureBytes('excel-de-windows-1252.csv'));
    expect(csv.encoding).toBe('windows-1252');
    expect(csv.delimiter).toBe(';');
    expect(csv.header.cells[0]).toBe('Email');
    expect(records.map((r) => `${r.cells[1]} ${r.cells[2]}`)).toEqual(['Jürgen Müller', 'Björn Größ', 'Änne Öztürk-Weiß']);
  });

  it('reads Excel "Unicode text" (UTF-16 LE with BOM, tabs, CRLF)', async () => {
    const { csv, records } = await read(fixtureBytes('excel-unicode-text.txt'));
    expect(csv.encoding).toBe('utf-16le');
    expect(csv.delimiter).toBe('\t');
    expect(csv.header.cells[0]).toBe('Name');
    expect(records.map((r) => r.cells[0])).toEqual(['Zoë Zeller', '山田 太郎']);
  });

  it('reads UTF-16 without a byte order mark, and big-endian UTF-16', async () => {
    const text = 'Email,Name\r\nzoë@x.test,Zoë\r\n';
    const le = await read(Buffer.from(text, 'utf16le'));
    expect(le.csv.encoding).toBe('utf-16le');
    expect(le.records[0]!.cells).toEqual(['zoë@x.test', 'Zoë']);
    const be = Buffer.from(text, 'utf16le').swap16();
    const r = await read(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(r.csv.encoding).toBe('utf-16be');
    expect(r.records[0]!.cells[1]).toBe('Zoë');
  });

  it('strips a UTF-8 BOM and reads UTF-8 as UTF-8', async () => {
    const { csv } = await read(fixtureBytes('instantly.csv'));
    expect(csv.encoding).toBe('utf-8');
    expect(csv.header.cells[0]).toBe('Email');
  });

  it('numbers each record by the line where it starts, across blank lines and quoted newlines', async () => {
    const { csv, records } = await read(fixtureBytes('hygiene.csv'));
    expect(csv.header.line).toBe(1);
    expect(csv.header.cells.slice(0, 2)).toEqual(['EMAIL', 'Display Name']);
    expect(records.map((r) => r.line)).toEqual([3, 6, 8]);
    expect(records[0]!.cells[1]).toBe('Mia, from "Wayne"');
    expect(records[1]!.cells[9]).toBe('Ned\nWayne Enterprises');
  });

  it('skips leading blank lines and all-blank records', async () => {
    const { csv, records } = await read(Buffer.from('\n\nemail,name\n , \na@x.test,A\n'));
    expect(csv.header.line).toBe(3);
    expect(records).toEqual([{ line: 5, cells: ['a@x.test', 'A'] }]);
  });

  it('keeps every cell of a row with 5,000 columns', async () => {
    const wide = ['a@x.test', ...Array.from({ length: 4999 }, (_, i) => `v${i}`)].join(',');
    const { records } = await read(Buffer.from(`email,name\n${wide}\n`));
    expect(records[0]!.cells).toHaveLength(5000);
  });

  it('picks the delimiter the header uses, ignoring ones inside quotes', () => {
    expect(sniffDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(sniffDelimiter('"a,b";c;d')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('a|b|c')).toBe('|');
    expect(sniffDelimiter('email')).toBe(',');
  });

  it('refuses an empty file, whitespace only, and a header without rows', async () => {
    expect((await problem(Buffer.alloc(0))).message).toBe('The file is empty: there is nothing to import.');
    expect((await problem(Buffer.from('\ufeff \r\n\r\n'))).message).toBe('The file is empty: there is nothing to import.');
    const onlyHeader = await problem(Buffer.from('Email,SMTP Host\r\n\r\n'));
    expect(onlyHeader).toMatchObject({ code: 'invalid_input', field: 'source', message: 'The file has a header row but no inbox rows below it.' });
  });

  it('refuses binary files, naming an Excel workbook as such', async () => {
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await problem(xlsx)).message).toMatch(/Excel workbook.*Save As.*CSV UTF-8/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 0xff]);
    expect((await problem(png)).message).toMatch(/not text/);
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect((await problem(random)).message).toMatch(/not text/);
  });

  it('refuses a quote that is never closed, naming the line', async () => {
    const err = await problem(Buffer.from('email,name\na@x.test,"Ann\nb@x.test,Bob\nc@x.test,Cy\n'));
    expect(err.field).toBe('source');
    expect(err.message).toMatch(/on line 2 is never closed/);
  });

  it('refuses a record longer than the limit (a runaway quote) with the line', async () => {
    const err = await problem(Buffer.from(`email,name\na@x.test,"${'x'.repeat(5000)}\n`), { ...LIMITS, maxRecordChars: 1000 });
    expect(err.message).toMatch(/starting on line 2 is too long \(more than 1,000 characters\)/);
  });

  it('refuses more rows than allowed, with the message it was given', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `u${i}@x.test`).join('\n');
    expect((await problem(Buffer.from(`email\n${rows}\n`), { ...LIMITS, maxRows: 10 })).message).toBe('too many rows');
  });

  it('sniffs a file that is valid UTF-8 in its first megabyte as UTF-8, else asks chardet', () => {
    expect(sniffFile(Buffer.from('a,b\nä,ö\n'))).toEqual({ kind: 'text', encoding: 'utf-8' });
    expect(sniffFile(Buffer.from('a,b\n\xe4,\xf6 M\xfcller Stra\xdfe\n', 'latin1'))).toEqual({ kind: 'text', encoding: 'windows-1252' });
  });
});
