// MX check: records by priority, null MX (RFC 7505), targets that are aliases (RFC 2181 §10.3)
// or resolve to nothing, the implicit-MX fallback, and which provider receives the mail.
import net from 'node:net';
import type { Finding } from '../../../shared/audit';
import { DnsError, type DnsLookup, type MxRecord } from '../dns/index';
import { ask, dnsFailure, normName, statusOf } from './common';
import type { MailProvider, MxHost, MxResult } from './types';

const isNullMx = (exchange: string) => exchange === '' || exchange === '.';

function providerOf(host: string): MailProvider {
  if (host === 'aspmx.l.google.com' || host.endsWith('.aspmx.l.google.com') || host.endsWith('.googlemail.com') || host.endsWith('.google.com')) return 'google';
  // *.mx.microsoft is Microsoft 365's newer (DNSSEC) MX name; office365.us is GCC High.
  if (host.endsWith('.mail.protection.outlook.com') || host.endsWith('.mx.microsoft') || host.endsWith('.mail.protection.office365.us')) return 'microsoft';
  return 'other';
}

/** Who receives mail for the domain, judged by the most preferred (lowest priority) MX hosts. */
export function detectProviderFromMx(mx: readonly MxRecord[]): MailProvider {
  const real = mx.map((r) => ({ host: normName(r.exchange), priority: r.priority })).filter((r) => !isNullMx(r.host));
  if (real.length === 0) return 'none';
  const best = Math.min(...real.map((r) => r.priority));
  const providers = new Set(real.filter((r) => r.priority === best).map((r) => providerOf(r.host)));
  return providers.size === 1 ? ([...providers][0] as MailProvider) : 'other';
}

interface TargetOutcome {
  host: MxHost;
  findings: Finding[];
  incomplete: boolean;
}

async function inspectTarget(record: MxRecord, lookup: DnsLookup): Promise<TargetOutcome> {
  const exchange = normName(record.exchange);
  const host: MxHost = { exchange, priority: record.priority, addresses: [], cname: null };
  const findings: Finding[] = [];
  if (net.isIP(exchange)) {
    findings.push({ severity: 'error', code: 'mx_ip_literal', message: `The MX record ${record.priority} ${exchange} is an IP address; an MX must name a host. Create a host name (e.g. mail.yourdomain) with an A record for that IP and point the MX at it.` });
    return { host, findings, incomplete: false };
  }
  const [alias, a, aaaa] = await Promise.all([ask(lookup, exchange, 'CNAME'), ask(lookup, exchange, 'A'), ask(lookup, exchange, 'AAAA')]);
  let incomplete = false;
  for (const r of [alias, a, aaaa]) {
    if (r instanceof DnsError) {
      incomplete = true;
      findings.push(dnsFailure(r));
    }
  }
  if (!(alias instanceof DnsError) && alias.records[0]) {
    host.cname = normName(alias.records[0]);
    findings.push({ severity: 'warning', code: 'mx_cname', message: `The MX host ${exchange} is an alias (CNAME to ${host.cname}). MX targets must not be aliases (RFC 2181 §10.3) and some senders refuse them: point the MX straight at ${host.cname}.` });
  }
  host.addresses = [a, aaaa].flatMap((r) => (r instanceof DnsError ? [] : r.records));
  if (host.addresses.length === 0 && !incomplete) {
    findings.push({ severity: 'error', code: 'mx_no_address', message: `The MX host ${exchange} has no A or AAAA record, so mail sent to it (including replies and bounces) cannot be delivered. Fix the host name in the MX record or give the host an address.` });
  }
  return { host, findings, incomplete };
}

export async function checkMx(domainIn: string, lookup: DnsLookup): Promise<MxResult> {
  const domain = normName(domainIn);
  const base = { records: [] as MxHost[], null_mx: false, implicit_mx: false, provider: 'none' as const, fixes: [] };
  const answer = await ask(lookup, domain, 'MX');
  if (answer instanceof DnsError) return { ...base, status: 'unknown', findings: [dnsFailure(answer)] };
  if (answer.rcode === 'NXDOMAIN') {
    return { ...base, status: 'error', findings: [{ severity: 'error', code: 'domain_not_found', message: `${domain} does not exist in DNS (NXDOMAIN). Check the spelling, or whether the domain has expired.` }] };
  }

  const sorted = [...answer.records].sort((x, y) => x.priority - y.priority || normName(x.exchange).localeCompare(normName(y.exchange)));
  const nulls = sorted.filter((r) => isNullMx(normName(r.exchange)));
  if (nulls.length) {
    const others = sorted.filter((r) => !isNullMx(normName(r.exchange)));
    const findings: Finding[] = [{
      severity: 'error', code: 'null_mx',
      message: `${domain} publishes a null MX ("0 ."), declaring that it accepts no mail (RFC 7505). A sending domain needs to receive replies and bounces, and many receivers reject mail from a domain that cannot receive. Replace it with your mail provider's MX records.`,
    }];
    if (others.length) findings.push({ severity: 'warning', code: 'null_mx_mixed', message: `The null MX is published beside other MX records (${others.map((r) => normName(r.exchange)).join(', ')}); RFC 7505 says a null MX must be the only one. Remove the "0 ." record.` });
    return {
      ...base, status: 'error', null_mx: true, findings,
      records: sorted.map((r) => ({ exchange: normName(r.exchange) || '.', priority: r.priority, addresses: [], cname: null })),
    };
  }

  if (sorted.length === 0) {
    const [a, aaaa] = await Promise.all([ask(lookup, domain, 'A'), ask(lookup, domain, 'AAAA')]);
    const failures = [a, aaaa].filter((r): r is DnsError => r instanceof DnsError);
    const addresses = [a, aaaa].flatMap((r) => (r instanceof DnsError ? [] : r.records));
    if (addresses.length) {
      return { ...base, implicit_mx: true, status: 'warning', records: [], findings: [{ severity: 'warning', code: 'mx_missing', message: `${domain} has no MX record, so senders fall back to its A/AAAA address (${addresses.join(', ')}), usually a web server that does not accept mail. Publish MX records for your mail provider so replies and bounces arrive.` }] };
    }
    if (failures.length) return { ...base, status: 'unknown', findings: failures.map(dnsFailure) };
    return { ...base, status: 'error', findings: [{ severity: 'error', code: 'mx_missing', message: `${domain} has no MX record and no address, so it cannot receive mail: replies and bounces to it are lost, and many receivers reject mail from such a domain. Publish MX records for your mail provider.` }] };
  }

  const outcomes = await Promise.all(sorted.map((r) => inspectTarget(r, lookup)));
  const findings = outcomes.flatMap((o) => o.findings);
  const provider = detectProviderFromMx(sorted);
  if (provider === 'google' || provider === 'microsoft') findings.push({ severity: 'info', code: 'mx_provider', message: `Mail for ${domain} is received by ${provider === 'google' ? 'Google Workspace' : 'Microsoft 365'}.` });
  return {
    ...base,
    status: statusOf(findings, outcomes.some((o) => o.incomplete)),
    records: outcomes.map((o) => o.host),
    provider,
    findings,
  };
}
