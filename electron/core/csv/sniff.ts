// What a file's first bytes say: empty, not text at all, or text in which encoding — and which
// delimiter its header line uses. chardet judges legacy 8-bit encodings; byte order marks and
// UTF-8 validity are checked first because they are certain.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type FileKind =
  | { kind: 'empty' }
  | { kind: 'binary'; message: string }
  | { kind: 'text'; encoding: string };

const MAGIC: { bytes: number[]; message: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], message: 'This is an Excel workbook or a ZIP archive, not a CSV file. In Excel choose File → Save As → "CSV UTF-8", then import that file.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], message: 'This is an old Excel (.xls) workbook, not a CSV file. In Excel choose File → Save As → "CSV UTF-8", then import that file.' },
  { bytes: [0x25, 0x50, 0x44, 0x46], message: 'This is a PDF document, not a CSV file. Export the inboxes from your provider as CSV and import that file.' },
];
const NOT_TEXT = 'This file is not text (it looks like a program, image or archive). Choose the CSV file your provider exported.';

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** UTF-16 without a byte order mark: every other byte is zero (ASCII-range text). */
function bomlessUtf16(head: Uint8Array): string | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(head: Uint8Array): boolean {
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The legacy encoding chardet rates best among those iconv-lite can decode; ISO-8859-1 read as its superset Windows-1252. */
function legacyEncoding(head: Uint8Array): string {
  for (const match of chardet.analyse(head.subarray(0, 256 * 1024))) {
    const name = match.name.toLowerCase();
    if (name === 'iso-8859-1' || name === 'ascii') return 'windows-1252';
    if (iconv.encodingExists(name) && !name.startsWith('utf-32')) return name;
  }
  return 'windows-1252';
}

/** Share of characters that no spreadsheet writes (controls other than tab, CR, LF, FF). */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) controls++;
  }
  return controls / text.length;
}

export function sniffFile(head: Uint8Array): FileKind {
  const magic = MAGIC.find((m) => startsWith(head, m.bytes));
  if (magic) return { kind: 'binary', message: magic.message };

  let encoding: string;
  if (startsWith(head, [0xef, 0xbb, 0xbf])) encoding = 'utf-8';
  else if (startsWith(head, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(head, [0xfe, 0xff])) encoding = 'utf-16be';
  else encoding = bomlessUtf16(head) ?? (isUtf8(head) ? 'utf-8' : legacyEncoding(head));

  const text = iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength), encoding);
  if (text.trim() === '') return { kind: 'empty' };
  if (text.includes('\u0000') || controlShare(text) > 0.02) return { kind: 'binary', message: NOT_TEXT };
  return { kind: 'text', encoding };
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/** The delimiter used most often, outside quotes, on the header line (comma when there is none). */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ',';
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}
