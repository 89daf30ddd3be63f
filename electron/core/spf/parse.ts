// SPF record syntax (RFC 7208 §4.5, §4.6, §5, §6, §12): record selection and a full parse that
// rejects a syntax error anywhere in the record, before anything is evaluated.
import { parseIp4Network, parseIp6Network } from './ip';
import { parseMacroString, SpfSyntaxError, type MacroToken } from './macro';

export type Qualifier = '+' | '-' | '~' | '?';

export type Mechanism =
  | { kind: 'all' }
  | { kind: 'include' | 'exists'; domain: MacroToken[] }
  | { kind: 'a' | 'mx'; domain?: MacroToken[]; cidr4: number; cidr6: number }
  | { kind: 'ptr'; domain?: MacroToken[] }
  | { kind: 'ip4' | 'ip6'; network: number[]; cidr: number };

export interface Directive {
  qualifier: Qualifier;
  mechanism: Mechanism;
  /** The term as written. */
  text: string;
}

export interface DomainModifier {
  domain: MacroToken[];
  text: string;
}

export interface SpfRecord {
  directives: Directive[];
  redirect?: DomainModifier;
  exp?: DomainModifier;
}

/** A TXT record is an SPF record when it starts with "v=spf1" followed by a space or its end. */
export const isSpfRecord = (txt: string): boolean => /^v=spf1( |$)/i.test(txt);

/** Mechanisms that cost one of the 10 DNS lookups (redirect costs one too). */
export const LOOKUP_MECHANISMS: ReadonlySet<Mechanism['kind']> = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

const TOPLABEL = /\.([a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])\.?$/i;
const MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/is;
const MECHANISM = /^([+\-~?]?)([a-z][a-z0-9]*)(.*)$/is;
// "0" or a number without a leading zero, as in ip4-cidr-length / ip6-cidr-length.
const CIDR = '(0|[1-9]\\d{0,2})';
const DUAL_CIDR = new RegExp(`(?:/${CIDR})?(?://${CIDR})?$`);

export function parseDomainSpec(text: string): MacroToken[] {
  if (text === '') throw new SpfSyntaxError('empty domain');
  const tokens = parseMacroString(text);
  const last = tokens[tokens.length - 1];
  const endsInMacro = last?.kind === 'macro' && text.endsWith('}');
  if (!endsInMacro && !TOPLABEL.test(text)) throw new SpfSyntaxError(`"${text}" does not end in a valid top-level label`);
  return tokens;
}

function cidrValue(text: string | undefined, max: number, term: string): number {
  if (text === undefined) return max;
  const n = Number(text);
  if (n > max) throw new SpfSyntaxError(`prefix length /${text} is out of range in "${term}"`);
  return n;
}

function parseMechanism(name: string, rest: string, term: string): Mechanism {
  switch (name) {
    case 'all':
      if (rest !== '') break;
      return { kind: 'all' };
    case 'include':
    case 'exists':
      if (!rest.startsWith(':')) break;
      return { kind: name, domain: parseDomainSpec(rest.slice(1)) };
    case 'ptr':
      if (rest === '') return { kind: 'ptr' };
      if (!rest.startsWith(':')) break;
      return { kind: 'ptr', domain: parseDomainSpec(rest.slice(1)) };
    case 'a':
    case 'mx': {
      const m = DUAL_CIDR.exec(rest);
      const head = m ? rest.slice(0, m.index) : rest;
      if (head !== '' && !head.startsWith(':')) break;
      const cidr4 = cidrValue(m?.[1], 32, term);
      const cidr6 = cidrValue(m?.[2], 128, term);
      return head === ''
        ? { kind: name, cidr4, cidr6 }
        : { kind: name, domain: parseDomainSpec(head.slice(1)), cidr4, cidr6 };
    }
    case 'ip4':
    case 'ip6': {
      const m = new RegExp(`^:([^/]+)(?:/${CIDR})?$`).exec(rest);
      if (!m) break;
      const network = name === 'ip4' ? parseIp4Network(m[1] ?? '') : parseIp6Network(m[1] ?? '');
      if (!network) throw new SpfSyntaxError(`"${m[1]}" is not an ${name === 'ip4' ? 'IPv4' : 'IPv6'} address in "${term}"`);
      return { kind: name, network, cidr: cidrValue(m[2], name === 'ip4' ? 32 : 128, term) };
    }
    default:
      throw new SpfSyntaxError(`unknown mechanism "${term}"`);
  }
  throw new SpfSyntaxError(`bad syntax in "${term}"`);
}

/** Parse a whole record (which must start with v=spf1); throws SpfSyntaxError. */
export function parseSpfRecord(record: string): SpfRecord {
  if (!isSpfRecord(record)) throw new SpfSyntaxError('not an SPF record');
  const out: SpfRecord = { directives: [] };
  // Terms are separated by spaces only (RFC 7208 §4.6.1); other whitespace is a syntax error.
  for (const term of record.slice(6).split(' ')) {
    if (term === '') continue;
    const mod = MODIFIER.exec(term);
    if (mod) {
      const name = (mod[1] ?? '').toLowerCase();
      const value = mod[2] ?? '';
      if (name === 'redirect' || name === 'exp') {
        if (out[name]) throw new SpfSyntaxError(`"${name}=" appears more than once`);
        out[name] = { domain: parseDomainSpec(value), text: term };
      } else {
        parseMacroString(value); // unknown modifiers are ignored, but must be well formed
      }
      continue;
    }
    const m = MECHANISM.exec(term);
    if (!m) throw new SpfSyntaxError(`bad term "${term}"`);
    const qualifier = (m[1] || '+') as Qualifier;
    const mechanism = parseMechanism((m[2] ?? '').toLowerCase(), m[3] ?? '', term);
    out.directives.push({ qualifier, mechanism, text: term });
  }
  return out;
}
