// Reverse DNS of a sending IP and whether it resolves forward to the same IP (FCrDNS).
import net from 'node:net';
import type { Finding, PtrCheck } from '../../../shared/audit';
import { DnsError, type DnsLookup } from '../dns/index';
import { ask, dnsProblem, statusOf } from './common';

/** 192.0.2.1 → 1.2.0.192.in-addr.arpa; IPv6 → nibbles under ip6.arpa. */
export function reverseName(ip: string): string {
  if (net.isIPv4(ip)) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  return `${expandIpv6(ip).replace(/:/g, '').split('').reverse().join('.')}.ip6.arpa`;
}

export function expandIpv6(ip: string): string {
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.map((g) => g.padStart(4, '0')).join(':');
}

const sameIp = (a: string, b: string) => (net.isIPv6(a) && net.isIPv6(b) ? expandIpv6(a) === expandIpv6(b) : a === b);

export async function checkReverseDns(ip: string, lookup: DnsLookup): Promise<PtrCheck> {
  const answer = await ask(lookup, reverseName(ip), 'PTR');
  if (answer instanceof DnsError) return { status: 'unknown', ip, ptr: [], forward_confirmed: false, findings: [dnsProblem(answer)], fixes: [] };
  const ptr = answer.records.map((n) => n.toLowerCase().replace(/\.$/, ''));
  const findings: Finding[] = [];
  if (ptr.length === 0) {
    findings.push({ severity: 'error', code: 'ptr_missing', message: `Sending IP ${ip} has no reverse DNS (PTR). Gmail rejects or rate-limits mail from IPs without one; ask whoever runs the server (or its hosting provider) to set it to the server's host name` });
    return { status: 'error', ip, ptr, forward_confirmed: false, findings, fixes: [] };
  }
  let confirmed = false;
  let failed = false;
  for (const name of ptr) {
    const fwd = await ask(lookup, name, net.isIPv4(ip) ? 'A' : 'AAAA');
    if (fwd instanceof DnsError) failed = true;
    else if (fwd.records.some((r) => sameIp(r, ip))) confirmed = true;
  }
  if (!confirmed) {
    if (failed) return { status: 'unknown', ip, ptr, forward_confirmed: false, fixes: [], findings: [{ severity: 'warning', code: 'dns_failure', message: `Could not check that ${ptr[0]} resolves back to ${ip}; try again later` }] };
    findings.push({ severity: 'error', code: 'fcrdns_fail', message: `Reverse DNS of ${ip} is ${ptr.join(', ')}, but that name does not resolve back to ${ip} (no forward-confirmed reverse DNS). Gmail requires it of every sender: add an A record ${ptr[0]} → ${ip} or change the PTR` });
  }
  return { status: statusOf(findings), ip, ptr, forward_confirmed: confirmed, findings, fixes: [] };
}
