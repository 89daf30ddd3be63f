// One audit of one domain: every check over one cached DNS session, so fifty inboxes on the
// domain ask each question once. Sending IPs are the A/AAAA of the inboxes' SMTP hosts.
import net from 'node:net';
import type { DomainReport, Finding } from '../../../shared/audit';
import { checkDkim, checkDmarc, checkMx, checkReverseDns } from '../audit/index';
import { DNS_LIMITS, DnsError, limitFindings, type AuditLookup } from '../dns/index';
import { checkBlacklists } from '../blacklist/index';
import { checkSpf } from './spf-check';

export interface AuditInput {
  domain: string;
  smtpHosts: string[];
  trackingDomains: string[];
  providers: string[];
  dkimSelectors: string[];
}

async function addressesOf(host: string, lookup: AuditLookup, notes: Finding[]): Promise<string[]> {
  if (net.isIP(host)) return [host];
  const out: string[] = [];
  for (const type of ['A', 'AAAA'] as const) {
    try {
      out.push(...(await lookup.query(host, type)).records);
    } catch (err) {
      if (!(err instanceof DnsError)) throw err;
      notes.push({ severity: 'warning', code: 'sending_host_unresolved', message: `The ${type} lookup of the sending host ${host} failed (${err.kind}); checks of its IP addresses may be missing.` });
    }
  }
  return out;
}

export async function auditDomain(input: AuditInput, lookup: AuditLookup, now: Date): Promise<DomainReport> {
  const domain = input.domain.toLowerCase();
  const notes: Finding[] = [];
  const hosts = [...new Set(input.smtpHosts.map((h) => h.toLowerCase()))];
  const addresses = await Promise.all(hosts.map((h) => addressesOf(h, lookup, notes)));
  const sendingHosts = Object.fromEntries(hosts.map((h, i) => [h, addresses[i]!]));
  const allIps = [...new Set(addresses.flat())];
  // Fan-out caps (dns/limits.ts): each sending IP costs PTR, SPF and DNSBL questions.
  const ips = allIps.slice(0, DNS_LIMITS.sendingIps);
  if (ips.length < allIps.length) {
    notes.push({ severity: 'warning', code: 'sending_ips_capped', message: `The inboxes' SMTP hosts resolve to ${allIps.length} addresses; the audit checked the first ${ips.length}.` });
  }
  const kinds = new Set(input.providers);
  const provider = kinds.size === 1 ? ([...kinds][0] as 'google' | 'microsoft' | 'smtp') : 'mixed';
  const [spf, dkim, dmarc, mx, ptr, blacklist] = await Promise.all([
    checkSpf(domain, ips, provider, lookup),
    checkDkim(domain, lookup, { selectors: input.dkimSelectors }),
    checkDmarc(domain, lookup),
    checkMx(domain, lookup),
    Promise.all(ips.map((ip) => checkReverseDns(ip, lookup))),
    checkBlacklists({ ips, domains: [domain, ...input.trackingDomains] }, lookup, { maxQuestions: DNS_LIMITS.dnsblQuestions }),
  ]);
  const unasked = blacklist.skipped.filter((s) => s.reason.startsWith('not asked')).length;
  if (unasked) notes.push({ severity: 'warning', code: 'dnsbl_capped', message: `${unasked} blacklist questions were not asked (an audit asks at most ${DNS_LIMITS.dnsblQuestions}).` });
  notes.push(...limitFindings(lookup.limits()));
  const c = lookup.counters();
  return {
    domain, checked_at: now.toISOString(), sending_ips: ips, sending_hosts: sendingHosts, provider, spf, dkim, dmarc, mx, ptr, blacklist,
    dns: { questions: c.questions, cache_hits: c.cacheHits },
    notes,
  };
}
