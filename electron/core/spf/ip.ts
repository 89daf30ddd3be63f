// IP address handling for SPF: parsing to bytes, CIDR matching, reverse names and the forms
// the i, c and v macros expand to.
import { isIPv6 } from 'node:net';

export interface IpAddr {
  family: 4 | 6;
  bytes: number[];
}

// RFC 7208 §5.6 ip4-network: dotted quad without leading zeros.
const QNUM = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const STRICT_V4 = new RegExp(`^${QNUM}\\.${QNUM}\\.${QNUM}\\.${QNUM}$`);

function v4Bytes(text: string): number[] | null {
  return STRICT_V4.test(text) ? text.split('.').map(Number) : null;
}

function v6Bytes(text: string): number[] | null {
  if (!isIPv6(text)) return null;
  let s = text.toLowerCase();
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    // An embedded IPv4 tail becomes two hex groups.
    const v4 = v4Bytes(last);
    if (!v4) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    s = `${s.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split('::');
  const split = (h: string | undefined) => (h ? h.split(':') : []);
  const left = split(halves[0]);
  const right = split(halves[1]);
  const groups = halves.length > 1 ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  if (groups.length !== 8) return null;
  return groups.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

/** Parse an address; IPv4-mapped IPv6 (::ffff:a.b.c.d) becomes IPv4. */
export function parseIp(text: string): IpAddr | null {
  const v4 = v4Bytes(text);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = v6Bytes(text);
  if (!v6) return null;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? { family: 4, bytes: v6.slice(12) } : { family: 6, bytes: v6 };
}

/** Strict network parsers for ip4:/ip6: terms. */
export const parseIp4Network = (text: string): number[] | null => v4Bytes(text);
export const parseIp6Network = (text: string): number[] | null => v6Bytes(text);

export function inNetwork(ip: number[], network: number[], prefix: number): boolean {
  if (ip.length !== network.length) return false;
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    const i = bit / 8;
    if (((ip[i] ?? 0) & mask) !== ((network[i] ?? 0) & mask)) return false;
  }
  return true;
}

const nibbles = (bytes: number[]) => bytes.flatMap((b) => [(b >> 4).toString(16), (b & 0xf).toString(16)]);

/** %{i}: dotted quad, or 32 dot-separated nibbles for IPv6 (RFC 7208 §7.3). */
export const macroIp = (ip: IpAddr): string => (ip.family === 4 ? ip.bytes.join('.') : nibbles(ip.bytes).join('.'));

/** %{v}. */
export const macroV = (ip: IpAddr): string => (ip.family === 4 ? 'in-addr' : 'ip6');

/** %{c}: dotted quad, or IPv6 in the compressed form of RFC 5952. */
export function readableIp(ip: IpAddr): string {
  if (ip.family === 4) return ip.bytes.join('.');
  const groups = Array.from({ length: 8 }, (_, i) => ((ip.bytes[2 * i] ?? 0) << 8) | (ip.bytes[2 * i + 1] ?? 0));
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > best.len && j - i > 1) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.len).join(':')}`;
}

/** The name a PTR question for this address is asked under. */
export const reverseName = (ip: IpAddr): string =>
  ip.family === 4
    ? `${[...ip.bytes].reverse().join('.')}.in-addr.arpa`
    : `${nibbles(ip.bytes).reverse().join('.')}.ip6.arpa`;

export const sameIp = (a: IpAddr, b: IpAddr): boolean =>
  a.family === b.family && a.bytes.every((x, i) => x === b.bytes[i]);
