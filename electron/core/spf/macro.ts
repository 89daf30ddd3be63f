// SPF macro strings (RFC 7208 §7): parsing with full syntax checks, and expansion.
import { macroIp, macroV, readableIp, type IpAddr } from './ip';

export class SpfSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpfSyntaxError';
  }
}

export type MacroToken =
  | { kind: 'text'; text: string }
  | { kind: 'macro'; letter: string; upper: boolean; digits?: number; reverse: boolean; delimiters: string };

const LETTERS = 'slodiphv';
const EXP_ONLY_LETTERS = 'crt';
const MACRO = /^%\{([a-zA-Z])(\d*)([rR]?)([.\-+,/_=]*)\}/;

/**
 * Parse a macro-string. In explanation text (exp= TXT) spaces and the c, r, t letters are
 * allowed; elsewhere they are syntax errors.
 */
export function parseMacroString(text: string, opts: { explanation?: boolean } = {}): MacroToken[] {
  const tokens: MacroToken[] = [];
  const literal = (t: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text') last.text += t;
    else tokens.push({ kind: 'text', text: t });
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i] ?? '';
    if (ch !== '%') {
      const code = ch.charCodeAt(0);
      const visible = code >= 0x21 && code <= 0x7e;
      if (!visible && !(opts.explanation && ch === ' ')) {
        throw new SpfSyntaxError(`character ${JSON.stringify(ch)} is not allowed in "${text}"`);
      }
      literal(ch);
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      literal(next === '%' ? '%' : next === '_' ? ' ' : '%20');
      i += 2;
      continue;
    }
    const m = MACRO.exec(text.slice(i));
    if (!m) throw new SpfSyntaxError(`bad macro at "${text.slice(i, i + 12)}" in "${text}"`);
    const [whole, letterRaw = '', digits = '', reverse = '', delimiters = ''] = m;
    const letter = letterRaw.toLowerCase();
    const allowed = LETTERS + (opts.explanation ? EXP_ONLY_LETTERS : '');
    if (!allowed.includes(letter)) throw new SpfSyntaxError(`macro letter "${letterRaw}" is not allowed in "${text}"`);
    if (digits !== '' && Number(digits) === 0) throw new SpfSyntaxError(`macro "${whole}" keeps zero labels`);
    tokens.push({
      kind: 'macro',
      letter,
      upper: letterRaw !== letter,
      ...(digits !== '' ? { digits: Number(digits) } : {}),
      reverse: reverse !== '',
      delimiters,
    });
    i += whole.length;
  }
  return tokens;
}

export const hasMacros = (tokens: MacroToken[]): boolean => tokens.some((t) => t.kind === 'macro');

export interface MacroContext {
  sender: string;
  local: string;
  senderDomain: string;
  /** The domain of the record being evaluated (changes through include and redirect). */
  domain: string;
  ip: IpAddr;
  helo: string;
  receiver: string;
  now: Date;
  /** %{p}: the validated name of the client (asked only when a record uses it). */
  validatedName(): Promise<string>;
}

// RFC 3986 unreserved characters stay; everything else is %-escaped (for upper-case macros).
const urlEscape = (s: string) =>
  Array.from(Buffer.from(s, 'utf8'))
    .map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');

async function letterValue(letter: string, ctx: MacroContext): Promise<string> {
  switch (letter) {
    case 's':
      return ctx.sender;
    case 'l':
      return ctx.local;
    case 'o':
      return ctx.senderDomain;
    case 'd':
      return ctx.domain;
    case 'i':
      return macroIp(ctx.ip);
    case 'p':
      return ctx.validatedName();
    case 'v':
      return macroV(ctx.ip);
    case 'h':
      return ctx.helo;
    case 'c':
      return readableIp(ctx.ip);
    case 'r':
      return ctx.receiver;
    default:
      return String(Math.floor(ctx.now.getTime() / 1000));
  }
}

function transform(value: string, t: Extract<MacroToken, { kind: 'macro' }>): string {
  if (t.digits === undefined && !t.reverse && t.delimiters === '') return value;
  const delims = t.delimiters || '.';
  let parts = value.split(new RegExp(`[${delims.replace(/[-\\\]^]/g, '\\$&')}]`));
  if (t.reverse) parts = parts.reverse();
  if (t.digits !== undefined && t.digits < parts.length) parts = parts.slice(parts.length - t.digits);
  return parts.join('.');
}

export async function expandMacros(tokens: MacroToken[], ctx: MacroContext): Promise<string> {
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'text') {
      out += t.text;
      continue;
    }
    const value = transform(await letterValue(t.letter, ctx), t);
    out += t.upper ? urlEscape(value) : value;
  }
  return out;
}

/** RFC 7208 §7.3: a domain over 253 characters loses labels from the left until it fits. */
export function truncateDomain(name: string): string {
  let out = name.replace(/\.$/, '');
  while (out.length > 253 && out.includes('.')) out = out.slice(out.indexOf('.') + 1);
  return out;
}
