// One audit of one domain: every check over one cached DNS session, so fifty inboxes on the
// domain ask each question once. Sending IPs are the A/AAAA of the inboxes' SMTP hosts. What
// does not need those IPs (DKIM, DMARC, MX, the SPF record itself) starts at once beside them;
// the rest (reverse DNS, blocklists, SPF for each IP) as soon as they are known.
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
  const answers = await Promise.all(
    (['A', 'AAAA'] as const).map((type) =>
      lookup.query(host, type).then(
        (a) => a.records,
        (err: unknown) => {
          if (err instanceof DnsError) return [];
          throw err;
        },
      ),
    ),
  );
  return answers.flat();
}

export async function auditDomain(input: AuditInput, lookup: CachedLookup, now: Date): Promise<DomainReport> {
  const domain = input.domain.toLowerCase();
  const hosts = [...new Set(input.smtpHosts.map((h) => h.toLowerCase()))];
  const kinds = new Set(input.providers);
  const provider = kinds.size === 1 ? ([...kinds][0] as 'google' | 'microsoft' | 'smtp') : 'mixed';
  const sending = Promise.all(hosts.map((h) => addressesOf(h, lookup))).then((addresses) => ({
    sendingHosts: Object.fromEntries(hosts.map((h, i) => [h, addresses[i]!])),
    ips: [...new Set(addresses.flat())],
  }));
  const afterIps = <T>(fn: (ips: string[]) => Promise<T>) => sending.then((s) => fn(s.ips));
  const [{ sendingHosts, ips }, spf, dkim, dmarc, mx, ptr, blacklist] = await Promise.all([
    sending,
    checkSpf(domain, sending.then((s) => s.ips), provider, lookup),
    checkDkim(domain, lookup, { selectors: input.dkimSelectors }),
    checkDmarc(domain, lookup),
    checkMx(domain, lookup),
    afterIps((list) => Promise.all(list.map((ip) => checkReverseDns(ip, lookup)))),
    afterIps((list) => checkBlacklists({ ips: list, domains: [domain, ...input.trackingDomains] }, lookup)),
  ]);
  const c = lookup.counters();
  return {
    domain, checked_at: now.toISOString(), sending_ips: ips, sending_hosts: sendingHosts, provider, spf, dkim, dmarc, mx, ptr, blacklist,
    dns: { questions: c.questions, cache_hits: c.cacheHits },
  };
}
