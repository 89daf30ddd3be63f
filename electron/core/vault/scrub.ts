// Removes an account's secrets from text a server sent before that text is stored or returned.
// A hostile (or careless) server may quote what it received: the password itself, the base64 of
// an AUTH PLAIN / AUTH LOGIN / XOAUTH2 exchange, a URL-encoded or quoted copy. Every such form is
// replaced, and so is the start of one that a length limit cut off at the end of a text.

export const REDACTED = '[redacted]';

/** Base64 pieces that depend only on the secret's own bytes, for each of the 3 alignments it can have inside a longer blob. */
function base64Fragments(secret: Buffer): string[] {
  const out: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const text = Buffer.concat([Buffer.alloc(shift), secret, Buffer.alloc(2)]).toString('base64');
    // Character i holds bits [6i, 6i+6); keep those wholly inside the secret's bits.
    const first = Math.ceil((8 * shift) / 6);
    const last = Math.floor((8 * (shift + secret.length)) / 6) - 1;
    if (last - first + 1 >= 4) out.push(text.slice(first, last + 1));
  }
  return out;
}

/** Every form of the secrets worth looking for, longest first. */
export function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    const bytes = Buffer.from(secret, 'utf8');
    const url = encodeURIComponent(secret);
    for (const f of [
      secret,
      url,
      url.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
      url.replace(/%20/g, '+'),
      // IMAP quoted string and JSON string escapes.
      secret.replace(/[\\"]/g, '\\$&'),
      JSON.stringify(secret).slice(1, -1),
      bytes.toString('base64'),
      bytes.toString('base64url'),
      ...base64Fragments(bytes),
      ...base64Fragments(bytes).map((b) => b.replace(/\+/g, '-').replace(/\//g, '_')),
    ]) {
      if (f) forms.add(f);
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

const MIN_CUT_PREFIX = 3;

export interface Scrubber {
  text(value: string): string;
  /** A copy of any JSON-like value with every string scrubbed. */
  deep<T>(value: T): T;
}

/** A scrubber for a list of secrets (passwords now; OAuth tokens too). Empty strings are ignored. */
export function createScrubber(secrets: readonly (string | null | undefined)[]): Scrubber {
  const forms = secretForms(secrets.filter((s): s is string => typeof s === 'string' && s.length > 0));
  const text = (value: string): string => {
    if (forms.length === 0 || value === '') return value;
    let out = value;
    for (const f of forms) if (out.includes(f)) out = out.split(f).join(REDACTED);
    return withoutCutSecret(out, forms);
  };
  const deep = <T>(value: T): T => {
    if (typeof value === 'string') return text(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => deep(v)) as T;
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, deep(v)])) as T;
    }
    return value;
  };
  return { text, deep };
}

/** A text clipped by a length limit may end in the first characters of a secret (then maybe "…"). */
function withoutCutSecret(value: string, forms: string[]): string {
  const tail = /[\s…]*$/.exec(value)?.[0] ?? '';
  const body = value.slice(0, value.length - tail.length);
  for (const f of forms) {
    for (let k = Math.min(f.length - 1, body.length); k >= MIN_CUT_PREFIX; k--) {
      if (body.endsWith(f.slice(0, k))) return `${body.slice(0, body.length - k)}${REDACTED}${tail}`;
    }
  }
  return value;
}

/** Convenience for one value. */
export const scrubSecrets = <T>(value: T, secrets: readonly (string | null | undefined)[]): T => createScrubber(secrets).deep(value);
