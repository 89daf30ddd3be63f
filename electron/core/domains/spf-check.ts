// The domain's SPF as the audit shows it: the analysis of the record, its evaluation for each
// sending IP, and copy-ready fixes (provider include missing, two records merged, over 10 lookups).
// The analysis and the evaluations run side by side over the same cached lookup: both walk the
// same includes, so the evaluation mostly waits on answers the analysis already asked for.
import type { Finding, Fix, SpfCheck } from '../../../shared/audit';
import { statusOf } from '../audit/index';
import type { DnsLookup } from '../dns/index';
import { analyzeSpfRecord, evaluateSpf, mergeSpfRecords, missingProviderInclude, SPF_PROVIDER_INCLUDES } from '../spf/index';

export async function checkSpf(
  domain: string,
  sendingIps: string[] | Promise<string[]>,
  provider: 'google' | 'microsoft' | 'smtp' | 'mixed',
  lookup: DnsLookup,
): Promise<SpfCheck> {
  const evaluations = Promise.resolve(sendingIps).then((list) =>
    Promise.all(
      list.map(async (ip) => {
        const r = await evaluateSpf({ ip, domain, sender: `postmaster@${domain}`, lookup });
        return { ip, result: r.result, path: r.path };
      }),
    ),
  );
  const [analysis, results, ips] = await Promise.all([analyzeSpfRecord(domain, lookup), evaluations, sendingIps]);
  const findings: Finding[] = analysis.problems.map((message) => ({
    // A DNS failure (a CNAME loop included) makes SPF unknown, never an error in the record.
    severity: !/lookup for \S+ failed \(/.test(message) && /\+all|limit|several|syntax|loop|permerror/i.test(message) ? 'error' : 'warning',
    code: 'spf_problem',
    message,
  }));
  const fixes: Fix[] = [];
  const fix = (value: string, note: string) => fixes.push({ record_name: domain, record_type: 'TXT', value, note });

  if (analysis.status === 'none') {
    findings.push({ severity: 'error', code: 'spf_missing', message: `${domain} has no SPF record: receivers cannot tell which servers may send as it` });
    const include = provider === 'google' || provider === 'microsoft' ? ` include:${SPF_PROVIDER_INCLUDES[provider]}` : '';
    const ip4 = ips.filter((ip) => ip.includes('.')).map((ip) => ` ip4:${ip}`).join('');
    fix(`v=spf1${include}${include ? '' : ip4} ~all`, 'Publish this TXT record; move ~all to -all once all your senders pass');
  }
  if (analysis.status === 'multiple') {
    fix(mergeSpfRecords(analysis.records), `Replace the ${analysis.records.length} SPF records with this single merged one: two records make SPF fail (permerror) everywhere`);
  }
  if (analysis.lookups > 10) {
    const costly = [...analysis.includes].sort((a, b) => b.lookups - a.lookups).map((i) => `${i.term} costs ${i.lookups}`).join(', ');
    findings.push({ severity: 'error', code: 'spf_too_many_lookups', message: `SPF needs ${analysis.lookups} DNS lookups (the limit is 10, so receivers return permerror): ${costly}. Remove includes you no longer use or replace them with ip4:/ip6: ranges` });
  }
  if (analysis.record && (provider === 'google' || provider === 'microsoft') && !analysis.providers.includes(provider)) {
    const corrected = missingProviderInclude(analysis.record, provider);
    if (corrected) {
      findings.push({ severity: 'error', code: 'spf_provider_missing', message: `${domain} sends through ${provider === 'google' ? 'Google Workspace' : 'Microsoft 365'} but its SPF record does not include ${SPF_PROVIDER_INCLUDES[provider]}` });
      fix(corrected, `Adds ${provider === 'google' ? 'Google' : 'Microsoft'}'s senders to the record`);
    }
  }

  for (const r of results) {
    if (r.result === 'fail' || r.result === 'softfail') findings.push({ severity: 'error', code: 'spf_ip_not_allowed', message: `Sending IP ${r.ip} is not allowed by ${domain}'s SPF (${r.result}); add it (ip4:${r.ip}) or the provider's include` });
    if (r.result === 'neutral') findings.push({ severity: 'warning', code: 'spf_neutral', message: `SPF says nothing about sending IP ${r.ip} (neutral)` });
  }
  const temp = analysis.status === 'temperror' || results.some((r) => r.result === 'temperror');
  return {
    status: temp && findings.every((f) => f.severity !== 'error') ? 'unknown' : statusOf(findings),
    record: analysis.record ?? null,
    records: analysis.records,
    lookups: analysis.lookups,
    void_lookups: 0,
    includes: analysis.includes.map((i) => ({ term: i.term, lookups: i.lookups, ...(i.provider ? { provider: i.provider } : {}) })),
    results,
    findings,
    fixes,
  };
}
