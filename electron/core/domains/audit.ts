// One audit of one domain: every check over one cached DNS session, so fifty inboxes on the
// domain ask each question once. Sending IPs are the A/AAAA of the inboxes' SMTP hosts. What
// does not need those IPs (DKIM, DMARC, MX, the SPF record itself) starts at once beside them;
// the rest (reverse DNS, blocklists, SPF for each IP) as soon as they are known.
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
  // A and AAAA together; their failures noted in that order whichever answers first.
  const answers = await Promise.all(
    (['A', 'AAAA'] as const).map((type) =>
      lookup.query(host, type).then(
        (a) => a.records,
        (err: unknown) => {
          if (!(err instanceof DnsError)) throw err;
          return err;
        },
      ),
    ),
  );
  return answers.flatMap((r, i) => {
    if (!(r instanceof DnsError)) return r;
    notes.push({ severity: 'warning', code: 'sending_host_unresolved', message: `The ${i === 0 ? 'A' : 'AAAA'} lookup of the sending host ${host} failed (${r.kind}); checks of its IP addresses may be missing.` });
    return [];
  });
}

export async function auditDomain(input: AuditInput, lookup: AuditLookup, now: Date): Promise<DomainReport> {
  const domain = input.domain.toLowerCase();
  const notes: Finding[] = [];
  const hosts = [...new Set(input.smtpHosts.map((h) => h.toLowerCase()))];
  const kinds = new Set(input.providers);
  const provider = kinds.size === 1 ? ([...kinds][0] as 'google' | 'microsoft' | 'smtp') : 'mixed';
  const sending = Promise.all(hosts.map((h) => addressesOf(h, lookup, notes))).then((addresses) => {
    const allIps = [...new Set(addresses.flat())];
    // Fan-out caps (dns/limits.ts): each sending IP costs PTR, SPF and DNSBL questions.
    const ips = allIps.slice(0, DNS_LIMITS.sendingIps);
    if (ips.length < allIps.length) {
      notes.push({ severity: 'warning', code: 'sending_ips_capped', message: `The inboxes' SMTP hosts resolve to ${allIps.length} addresses; the audit checked the first ${ips.length}.` });
    }
    return { sendingHosts: Object.fromEntries(hosts.map((h, i) => [h, addresses[i]!])), ips };
  });
  const afterIps = <T>(fn: (ips: string[]) => Promise<T>) => sending.then((s) => fn(s.ips));
  const [{ sendingHosts, ips }, spf, dkim, dmarc, mx, ptr, blacklist] = await Promise.all([
    sending,
    checkSpf(domain, sending.then((s) => s.ips), provider, lookup),
    checkDkim(domain, lookup, { selectors: input.dkimSelectors }),
    checkDmarc(domain, lookup),
    checkMx(domain, lookup),
    afterIps((list) => Promise.all(list.map((ip) => checkReverseDns(ip, lookup)))),
    afterIps((list) => checkBlacklists({ ips: list, domains: [domain, ...input.trackingDomains] }, lookup, { maxQuestions: DNS_LIMITS.dnsblQuestions })),
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
