// Reverse DNS of a sending IP and its forward confirmation (FCrDNS): the PTR names must resolve
// back to the same IP. Gmail requires this of every sender; many receivers reject without it.
import net from 'node:net';
import type { Finding, Fix } from '../../../shared/audit';
import { DNS_LIMITS, DnsError, type DnsLookup } from '../dns/index';
import { ask, dnsFailure, normName, statusOf } from './common';
import { canonicalIp, reverseDnsName } from './ip';
import type { PtrResult } from './types';

const MAX_NAMES = DNS_LIMITS.ptrNamesPerIp;
const GMAIL = 'Gmail requires every sending IP to have a PTR record whose host name resolves back to the same IP (forward-confirmed reverse DNS)';
// Host names that look assigned by an ISP to a customer line rather than named for a mail server.
const GENERIC = /(^|[.-])(dyn|dynamic|dhcp|pool|dsl|adsl|cable|ppp|pppoe|broadband|customer|client|unassigned)[0-9-]*([.-]|$)/;

export interface CheckReverseDnsOptions {
  /** The host name the PTR should carry (e.g. mail.example.com): used for the copy-ready fix. */
  hostname?: string;
}

function looksGeneric(name: string, ip: string): boolean {
  const first = name.split('.')[0] ?? '';
  const octets = ip.split('.');
  const reversed = [...octets].reverse();
  // e.g. 203-0-113-7.example-isp.net or static.7.113.0.203.clients.example.de
  const dotted = `.${name.replace(/-/g, '.')}.`;
  const embedsIp = net.isIPv4(ip) && [octets, reversed].some((o) => dotted.includes(`.${o.join('.')}.`));
  return embedsIp || GENERIC.test(first);
}

export async function checkReverseDns(ipIn: string, lookup: DnsLookup, opts: CheckReverseDnsOptions = {}): Promise<PtrResult> {
  const ip = canonicalIp(ipIn);
  const reverse = reverseDnsName(ipIn);
  const base = { ip: ip ?? ipIn.trim(), reverse_name: reverse ?? '', ptr: [] as string[], forward_confirmed: false, confirmed_names: [] as string[], fixes: [] as Fix[] };
  if (ip === null || reverse === null) {
    return { ...base, status: 'error', findings: [{ severity: 'error', code: 'invalid_ip', message: `"${ipIn}" is not an IPv4 or IPv6 address.` }] };
  }
  const hostname = opts.hostname ? normName(opts.hostname) : null;
  const ptrFix = (why: string): Fix | undefined =>
    hostname ? {
      record_name: reverse, record_type: 'PTR', value: hostname,
      note: `${why} A PTR is set by whoever controls the IP (your hosting provider or ISP, often in its control panel), not in your domain's DNS. Make sure ${hostname} also has an A/AAAA record for ${ip}.`,
    } : undefined;
  const withFix = (r: PtrResult, fix: Fix | undefined): PtrResult => (fix ? { ...r, fix, fixes: [fix] } : r);

  const answer = await ask(lookup, reverse, 'PTR');
  if (answer instanceof DnsError) return { ...base, status: 'unknown', findings: [dnsFailure(answer)] };
  const names = [...new Set(answer.records.map(normName))];
  if (names.length === 0) {
    return withFix({
      ...base, status: 'error',
      findings: [{ severity: 'error', code: 'ptr_missing', message: `${ip} has no reverse DNS (PTR record). ${GMAIL}, and many other receivers reject mail from IPs without one. Ask your hosting provider or ISP to set the PTR of ${ip} to your mail server's host name${hostname ? ` (${hostname})` : ''}.` }],
    }, ptrFix('Gmail rejects mail from IPs without reverse DNS.'));
  }

  const family = net.isIPv4(ip) ? 'A' : 'AAAA';
  const checked = names.slice(0, MAX_NAMES);
  const forward = await Promise.all(checked.map((name) => ask(lookup, name, family)));
  const confirmed = checked.filter((_, i) => {
    const r = forward[i];
    return r !== undefined && !(r instanceof DnsError) && r.records.some((addr) => canonicalIp(addr) === ip);
  });
  const failures = forward.filter((r): r is DnsError => r instanceof DnsError);
  const findings: Finding[] = [];
  if (names.length > 1) findings.push({ severity: 'warning', code: 'ptr_multiple', message: `${ip} has ${names.length} PTR records (${names.join(', ')}); some receivers look only at one. Keep a single PTR.` });

  if (confirmed.length === 0) {
    if (failures.length) return { ...base, ptr: names, status: 'unknown', findings: [...findings, ...failures.map(dnsFailure)] };
    const seen = checked.map((name, i) => {
      const r = forward[i];
      const addrs = r && !(r instanceof DnsError) ? r.records : [];
      return `${name} → ${addrs.length ? addrs.join(', ') : `no ${family} record`}`;
    });
    findings.push({
      severity: 'error', code: 'fcrdns_failed',
      message: `Reverse DNS of ${ip} is not forward-confirmed: ${seen.join('; ')}, not ${ip}. ${GMAIL}. Add ${family === 'A' ? 'an A' : 'an AAAA'} record ${checked[0]} → ${ip} in that host name's DNS, or have your provider change the PTR to a host name that resolves to ${ip}.`,
    });
    return withFix({ ...base, ptr: names, status: 'error', findings }, ptrFix('The current PTR does not resolve back to this IP.'));
  }

  const name = confirmed[0] as string;
  if (looksGeneric(name, ip)) {
    findings.push({ severity: 'warning', code: 'ptr_generic', message: `The PTR of ${ip} is ${name}, which looks like an ISP's generic name for a customer line. Receivers treat such names as home connections; ask your provider for a PTR with your own mail host name (e.g. mail.yourdomain).` });
  }
  findings.push({ severity: 'info', code: 'fcrdns_ok', message: `Reverse DNS is forward-confirmed: ${ip} → ${name} → ${ip}. (${GMAIL}.)` });
  return { ...base, ptr: names, forward_confirmed: true, confirmed_names: confirmed, status: statusOf(findings), findings };
}
