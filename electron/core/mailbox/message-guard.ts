// One message can never stop a mailbox scan: each is fetched only up to a bounded number of
// bytes (headers and the first parts, where a DSN or ARF report sits), checked against
// structural limits before the MIME parser sees it, and classified inside its own guard. A
// message that fails any of this is "unreadable" with a reason, and the scan goes on.
import { classifyMessage } from './classify';
import type { Classification, ClassifyContext } from './types';

export const MESSAGE_LIMITS = {
  /** Bytes fetched per message. Reports come first in a DSN/ARF, so 256 KB holds them with room. */
  fetchBytes: 256 * 1024,
  /** Lines in one header block; real mail has well under 200 (long Received/ARC chains included). */
  headerLines: 2000,
  /** One physical header line; RFC 5322 says 998, broken mailers write a few KB. */
  headerLineBytes: 64 * 1024,
  /** MIME parts; a bounce has 2–4, a busy newsletter a few dozen. */
  parts: 500,
  /** Multipart nesting; real mail rarely goes past 5. */
  depth: 20,
} as const;

const KB = (n: number) => `${Math.round(n / 1024)} KB`;

function boundaryOf(contentType: string): string | null {
  if (!/^content-type:\s*multipart\//i.test(contentType)) return null;
  const m = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2] ?? null;
}

/** Why this message is not safe to parse, or null. Reads the raw bytes line by line, once. */
export function messageProblem(raw: Buffer | string): string | null {
  const text = typeof raw === 'string' ? raw : raw.toString('latin1');
  const stack: string[] = [];
  let inHeader = true;
  let headerLines = 0;
  let contentType = '';
  let collecting = false;
  let parts = 0;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    start = end + 1;
    if (inHeader) {
      if (line === '') {
        const boundary = boundaryOf(contentType.replace(/\r?\n[ \t]+/g, ' '));
        if (boundary) {
          stack.push(boundary);
          if (stack.length > MESSAGE_LIMITS.depth) return `MIME parts nested more than ${MESSAGE_LIMITS.depth} deep`;
        }
        inHeader = false;
        continue;
      }
      if (++headerLines > MESSAGE_LIMITS.headerLines) return `more than ${MESSAGE_LIMITS.headerLines.toLocaleString('en-US')} header lines`;
      if (line.length > MESSAGE_LIMITS.headerLineBytes) return `a header line longer than ${KB(MESSAGE_LIMITS.headerLineBytes)}`;
      if (/^[ \t]/.test(line)) {
        if (collecting && contentType.length < 8192) contentType += `\n${line}`;
      } else {
        collecting = /^content-type:/i.test(line);
        if (collecting) contentType = line;
      }
      continue;
    }
    if (!line.startsWith('--') || stack.length === 0) continue;
    for (let i = stack.length - 1; i >= 0; i--) {
      const b = stack[i]!;
      if (!line.startsWith(`--${b}`)) continue;
      const rest = line.slice(b.length + 2);
      if (rest.startsWith('--')) {
        stack.length = i; // this multipart (and any left open inside it) ends
      } else if (rest.trim() === '') {
        stack.length = i + 1;
        if (++parts > MESSAGE_LIMITS.parts) return `more than ${MESSAGE_LIMITS.parts} MIME parts`;
        inHeader = true;
        headerLines = 0;
        contentType = '';
        collecting = false;
      } else continue;
      break;
    }
  }
  return null;
}

export type GuardedClassification = { ok: true; classification: Classification } | { ok: false; reason: string };

/** classifyMessage behind the limits and a catch: never throws for anything the message holds. */
export async function classifyGuarded(raw: Buffer, ctx: ClassifyContext): Promise<GuardedClassification> {
  const problem = messageProblem(raw);
  if (problem) return { ok: false, reason: problem };
  try {
    return { ok: true, classification: await classifyMessage(raw, ctx) };
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    const why = typeof e.message === 'string' ? e.message.replace(/\s+/g, ' ').slice(0, 160) : String(err).slice(0, 160);
    return { ok: false, reason: `the MIME parser gave up: ${why}${typeof e.code === 'string' ? ` (${e.code})` : ''}` };
  }
}
