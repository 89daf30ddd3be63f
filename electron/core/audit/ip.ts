// IP address helpers for reverse DNS and DNSBL names: canonical forms and reversed labels.
import net from 'node:net';

/** Canonical text of an IP (IPv6 fully expanded, lowercase; IPv4-mapped IPv6 → IPv4); null if invalid. */
export function canonicalIp(ip: string): string | null {
  const s = ip.trim().replace(/^\[|\]$/g, '');
  if (net.isIPv4(s)) return s.split('.').map(Number).join('.');
  if (!net.isIPv6(s)) return null;
  const full = expandIpv6(s);
  // ::ffff:a.b.c.d is an IPv4 sender seen through an IPv6 socket.
  if (full.startsWith('0000:0000:0000:0000:0000:ffff:')) {
    const [hi = 0, lo = 0] = full.split(':').slice(6).map((h) => parseInt(h, 16));
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return full;
}

function expandIpv6(s: string): string {
  let text = s.toLowerCase();
  // A trailing dotted quad (::1.2.3.4) becomes two hextets.
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, quad.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((h) => h.padStart(4, '0')).join(':');
}

/** Labels in reverse order, without a suffix: 4.3.2.1 for 1.2.3.4, 32 nibbles for IPv6. */
export function reversedLabels(ip: string): string | null {
  const c = canonicalIp(ip);
  if (c === null) return null;
  if (net.isIPv4(c)) return c.split('.').reverse().join('.');
  return c.replace(/:/g, '').split('').reverse().join('.');
}

/** The PTR question name: 4.3.2.1.in-addr.arpa or <nibbles>.ip6.arpa. */
export function reverseDnsName(ip: string): string | null {
  const c = canonicalIp(ip);
  const labels = reversedLabels(ip);
  if (c === null || labels === null) return null;
  return `${labels}.${net.isIPv4(c) ? 'in-addr.arpa' : 'ip6.arpa'}`;
}
