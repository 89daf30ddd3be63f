// One audit of one domain: every check over one cached DNS session, so fifty inboxes on the
// domain ask each question once. Sending IPs are the A/AAAA of the inboxes' SMTP hosts.
import net from 'node:net';
import type { DomainReport } from '../../../shared/audit';
import { checkDkim, checkDmarc, checkMx, checkReverseDns } from '../audit/index';
import { DnsError, type CachedLookup } from '../dns/index';
import { checkBlacklists } from '../blacklist/index';
import { checkSpf } from './spf-check';

export interface AuditInput {
  domain: string;
  smtpHosts: string[];
  trackingDomains: string[];
  providers: string[];
  dkimSelectors: string[];
}

async function addressesOf(host: string, lookup: CachedLookup): Promise<string[]> {
  if (net.isIP(host)) return [host];
  const out: string[] = [];
  for (const type of ['A', 'AAAA'] as const) {
    try {
      out.push(...(await lookup.query(host, type)).records);
    } catch (err) {
      if (!(err instanceof DnsError)) throw err;
    }
  }
  return out;
}

export async function auditDomain(input: AuditInput, lookup: CachedLookup, now: Date): Promise<DomainReport> {
  const domain = input.domain.toLowerCase();
  const hosts = [...new Set(input.smtpHosts.map((h) => h.toLowerCase()))];
  const addresses = await Promise.all(hosts.map((h) => addressesOf(h, lookup)));
  const sendingHosts = Object.fromEntries(hosts.map((h, i) => [h, addresses[i]!]));
  const ips = [...new Set(addresses.flat())];
  const kinds = new Set(input.providers);
  const provider = kinds.size === 1 ? ([...kinds][0] as 'google' | 'microsoft' | 'smtp') : 'mixed';
  const [spf, dkim, dmarc, mx, ptr, blacklist] = await Promise.all([
    checkSpf(domain, ips, provider, lookup),
    checkDkim(domain, lookup, { selectors: input.dkimSelectors }),
    checkDmarc(domain, lookup),
    checkMx(domain, lookup),
    Promise.all(ips.map((ip) => checkReverseDns(ip, lookup))),
    checkBlacklists({ ips, domains: [domain, ...input.trackingDomains] }, lookup),
  ]);
  const c = lookup.counters();
  return {
    domain, checked_at: now.toISOString(), sending_ips: ips, sending_hosts: sendingHosts, provider, spf, dkim, dmarc, mx, ptr, blacklist,
    dns: { questions: c.questions, cache_hits: c.cacheHits },
  };
}
