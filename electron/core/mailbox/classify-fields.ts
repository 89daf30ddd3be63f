// Small readers over mailparser's output: header values as text, Message-IDs, and the
// header-style field groups of machine-readable report parts (RFC 3464 §2.1, RFC 5965 §3.1).
import { simpleParser, type Attachment, type HeaderValue, type Headers } from 'mailparser';

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

/** A field group of a report part, keyed by lower-case field name, repeated fields as arrays. */
export type FieldGroup = Map<string, string[]>;

/**
 * Splits a report part (message/delivery-status, message/feedback-report) into its field groups
 * at blank lines and lets mailparser read each group as a header block, which unfolds
 * continuation lines and decodes encoded words.
 */
export async function parseFieldGroups(body: string): Promise<FieldGroup[]> {
  const blocks = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/^\n+/, ''))
    .filter((b) => /^[!-9;-~]+:/.test(b));
  return Promise.all(
    blocks.map(async (block) => {
      const parsed = await simpleParser(`${block}\n\n`, { skipHtmlToText: true, skipTextToHtml: true });
      const group: FieldGroup = new Map();
      for (const key of parsed.headers.keys()) group.set(key, headerTexts(parsed.headers, key));
      return group;
    }),
  );
}

export const field = (group: FieldGroup, key: string): string | undefined => group.get(key)?.[0]?.trim() || undefined;

/** The address of a typed field value such as `rfc822; user@example.org`. */
export function typedAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const address = (value.includes(';') ? value.slice(value.indexOf(';') + 1) : value).trim().replace(/^<|>$/g, '').trim();
  return address || undefined;
}

export const attachmentText = (a: Attachment): string => a.content.toString('utf8');

/** The Message-ID of a returned original (message/rfc822 or text/rfc822-headers part). */
export async function originalMessageId(attachments: Attachment[]): Promise<string | undefined> {
  const original = attachments.find((a) => ['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers'].includes(a.contentType));
  if (!original) return undefined;
  const parsed = await simpleParser(original.content, { skipHtmlToText: true, skipTextToHtml: true, ignoreEmbedded: true });
  return parsed.messageId ? normalizeMessageId(parsed.messageId) : undefined;
}
