// Recipient addresses as reports write them: `rfc822; <a@b>`, `"Name" <a@b>`, `<a@b>:`, `a@b...`,
// `utf-8; jürgen@bücher.example` (RFC 6533). A recipient is always a mailbox: never a Message-ID
// (`<20260301.abc@host>` from a quoted header), a pipe command (`|/usr/bin/procmail`), a file path,
// a source route (`@relay:user@host`, RFC 5321 §4.1.2: the mailbox is the part after the colon).

// Local part: dot-atom or quoted; domain: labels (Unicode allowed, RFC 6531) or an address literal.
// Bounded repeats keep the scan linear on hostile text (a long run of letters without an "@");
// the look-behind keeps a match from starting inside a longer token.
const ADDRESS = /(?<![\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-])(?:"[^"\r\n]{1,64}"|[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]{1,64}){0,8})@(?:\[[0-9a-fA-F:.]{2,45}\]|[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?){0,10})/gu;

/** Lower-cases the domain and trims decoration; keeps the local part's case for display. */
function tidy(address: string): string {
  const at = address.lastIndexOf('@');
  // Text run on after an ASCII top-level domain ("example.jp您好") is not part of the domain.
  const domain = address.slice(at + 1).toLowerCase().replace(/\.$/, '').replace(/(\.[a-z]{2,63})[^\p{ASCII}.]+$/u, '$1');
  return `${address.slice(0, at)}@${domain}`;
}

/**
 * Whether a string is a mailbox we could have sent to. Message-IDs look like addresses, so reject
 * local parts that look machine-made the way Message-IDs are (long runs of hex or digits with dots
 * or dollar signs) only when the caller says the string came from somewhere a Message-ID can be.
 */
export function isMailbox(address: string): boolean {
  if (address.length > 254 || address.length < 3) return false;
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64) return false;
  if (/^[|/]/.test(local) || local.includes('/') && !local.startsWith('"')) return false;
  if (domain.startsWith('[')) return /^\[[0-9a-fA-F:.]+\]$/.test(domain);
  if (!domain.includes('.') && domain.toLowerCase() !== 'localhost') return false;
  // A TLD is letters (or punycode); an all-numeric last label is an IP fragment or a file name.
  return /^(?:[\p{L}]{2,63}|xn--[a-z0-9-]{1,59})$/iu.test(domain.slice(domain.lastIndexOf('.') + 1));
}

/** A Message-ID's shape: `<digits.hex@host>` and similar machine tokens. */
export function looksLikeMessageId(local: string): boolean {
  if (/^[0-9]{8,}[.$]/.test(local)) return true; // 20130429234532.00000000000, 201806090556.w595u8gz093276
  if (/^[0-9a-f]{8}\.[0-9a-f]{5,}\.[0-9a-f]{8,}$/i.test(local)) return true; // dma ids
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(local)) return true; // GUIDs
  if (/^[0-9a-f]{6,}\.[0-9a-f]{6,}$/i.test(local)) return true;
  if (/^[A-Z0-9]{10,}\$[A-Z0-9]+/i.test(local)) return true;
  return false;
}

/**
 * The mailbox in a report's address value: drops an address type (`rfc822;`), a display name,
 * angle brackets, trailing punctuation and a source route. Undefined when what is left is not a
 * mailbox.
 */
export function mailboxOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let v = value.trim();
  const typed = v.match(/^(?:rfc822|utf-8|x-[\w-]+|unknown)\s*;\s*(.*)$/is);
  if (typed) v = typed[1]!.trim();
  v = v.replace(/^["']|["']$/g, '').trim();
  // Source route: @relay1,@relay2:user@host → user@host.
  v = v.replace(/<\s*@[^:<>]+:/, '<').replace(/^@[^:\s<>]+:/, '');
  const bracketed = v.match(/<([^<>]*@[^<>]*)>/);
  const candidate = (bracketed ? bracketed[1]! : v).trim().replace(/^mailto:/i, '');
  const found = [...candidate.matchAll(ADDRESS)].map((m) => m[0]);
  const address = found.find((a) => isMailbox(a));
  return address ? tidy(address) : undefined;
}

/** Every mailbox written in a piece of text, in order, without repeats (case-insensitive). */
export function mailboxesIn(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const cleaned = text.replace(/<\s*@[^:<>\s]+:/g, '<');
  for (const m of cleaned.matchAll(ADDRESS)) {
    const before = cleaned[m.index - 1];
    if (before === '/' || before === '|' || before === '=' && /^[0-9a-f]{8,}/i.test(m[0])) continue;
    const a = tidy(m[0]);
    if (!isMailbox(a) || seen.has(a.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    out.push(a);
  }
  return out;
}

export const sameAddress = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
