// MX: records by priority, null MX (RFC 7505), targets that are CNAMEs or resolve to nothing,
// and which provider receives the domain's mail.
import type { Finding, MxCheck } from '../../../shared/audit';
import { DnsError, type DnsLookup, type MxRecord } from '../dns/index';
import { ask, dnsProblem, statusOf } from './common';

export function detectProviderFromMx(mx: MxRecord[]): MxCheck['provider'] {
  const hosts = mx.map((r) => r.exchange.toLowerCase().replace(/\.$/, '')).filter(Boolean);
  if (hosts.length === 0) return 'none';
  if (hosts.some((h) => h === 'aspmx.l.google.com' || h.endsWith('.aspmx.l.google.com') || h.endsWith('.googlemail.com') || h === 'smtp.google.com')) return 'google';
  if (hosts.some((h) => h.endsWith('.mail.protection.outlook.com'))) return 'microsoft';
  return 'other';
}

export async function checkMx(domain: string, lookup: DnsLookup): Promise<MxCheck> {
  const answer = await ask(lookup, domain, 'MX');
  if (answer instanceof DnsError) return { status: 'unknown', records: [], null_mx: false, provider: 'none', findings: [dnsProblem(answer)], fixes: [] };
  const findings: Finding[] = [];
  const sorted = [...answer.records].sort((a, b) => a.priority - b.priority);
  const nullMx = sorted.some((r) => r.exchange === '' || r.exchange === '.');
  if (answer.rcode === 'NXDOMAIN') {
    return { status: 'error', records: [], null_mx: false, provider: 'none', fixes: [], findings: [{ severity: 'error', code: 'domain_missing', message: `${domain} does not exist in DNS` }] };
  }
  if (nullMx) {
    return {
      status: 'error', records: [], null_mx: true, provider: 'none', fixes: [],
      findings: [{ severity: 'error', code: 'null_mx', message: `${domain} publishes a null MX (RFC 7505): it accepts no mail, so replies and bounces to your inboxes cannot arrive, and many receivers reject mail from it` }],
    };
  }
  if (sorted.length === 0) {
    findings.push({ severity: 'warning', code: 'mx_missing', message: `${domain} has no MX record: mail to it falls back to its A record, and receivers distrust senders whose domain cannot receive replies` });
  }
  const records = await Promise.all(
    sorted.map(async (r) => {
      const exchange = r.exchange.toLowerCase();
      const [cname, a, aaaa] = await Promise.all([ask(lookup, exchange, 'CNAME'), ask(lookup, exchange, 'A'), ask(lookup, exchange, 'AAAA')]);
      const addresses = [a, aaaa].flatMap((x) => (x instanceof DnsError ? [] : x.records));
      const alias = cname instanceof DnsError ? null : (cname.records[0] ?? null);
      if (alias) findings.push({ severity: 'warning', code: 'mx_cname', message: `MX ${exchange} is a CNAME (to ${alias}); RFC 2181 §10.3 says MX must name a host directly, and some senders will not deliver` });
      if (addresses.length === 0 && !(a instanceof DnsError) && !(aaaa instanceof DnsError)) {
        findings.push({ severity: 'error', code: 'mx_no_address', message: `MX ${exchange} has no A or AAAA record: nothing can deliver to it` });
      }
      return { exchange, priority: r.priority, addresses, cname: alias };
    }),
  );
  return { status: statusOf(findings), records, null_mx: false, provider: detectProviderFromMx(sorted), findings, fixes: [] };
}
