// Small readers: header values as text, Message-IDs, and the header-style fields of report parts
// (RFC 3464 §2, RFC 5965 §3) read tolerantly: `Action : failed`, lower-case names, folded
// values, tabs, missing blank lines between recipients.
import type { HeaderValue, Headers } from 'mailparser';

/** Header value as plain text; the first one when the header repeats. */
export function headerText(headers: Headers, key: string): string | undefined {
  return headerTexts(headers, key)[0];
}

/** Every value of a header as plain text. */
export function headerTexts(headers: Headers, key: string): string[] {
  const value = headers.get(key);
  if (value === undefined) return [];
  return (Array.isArray(value) ? (value as HeaderValue[]) : [value]).map(valueText);
}

function valueText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') return value.value;
  return '';
}

/** `<id@host>` as stored for sent mail: trimmed, in angle brackets. */
export function normalizeMessageId(id: string): string {
  const bare = id.trim().replace(/^<+|>+$/g, '').trim();
  return bare ? `<${bare}>` : '';
}

/** All Message-IDs in an In-Reply-To or References value (comments and junk ignored). */
export function messageIdsIn(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  const ids = text.match(/<[^<>\s]+>/g) ?? [];
  return ids.map(normalizeMessageId).filter(Boolean);
}

/** One field of a report part; `blank` marks an empty line (the end of a field group). */
export type ReportField = { name: string; value: string } | { blank: true };

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]{1,40})[ \t]*:[ \t]*(.*)$/;

/**
 * The fields of a report part in order, names lower-cased, continuation lines joined with one
 * space. Lines that are neither fields nor continuations are skipped (text that some MTAs write
 * into the part, or the damaged remains of a wrapped line).
 */
export function reportFields(text: string): ReportField[] {
  const out: ReportField[] = [];
  let last: { name: string; value: string } | undefined;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      if (out.length > 0 && !('blank' in out[out.length - 1]!)) out.push({ blank: true });
      last = undefined;
      continue;
    }
    if (/^[ \t]/.test(line)) {
      if (last) last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }
    const m = line.match(FIELD_LINE);
    if (!m) {
      last = undefined;
      continue;
    }
    last = { name: m[1]!.toLowerCase(), value: m[2]!.trim() };
    out.push(last);
  }
  return out;
}

/** The header block of a message (text up to the first empty line) as a field map, names lower-cased. */
export function headerBlock(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const end = text.search(/\r?\n\r?\n/);
  for (const f of reportFields(end < 0 ? text : text.slice(0, end))) {
    if ('blank' in f) break;
    map.set(f.name, [...(map.get(f.name) ?? []), f.value]);
  }
  return map;
}
