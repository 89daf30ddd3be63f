// Add-form autoconfig: from the address's domain, look up MX and pick the provider and its
// hosts; otherwise suggest the usual host names on the domain. The user can always override.
import type { AutoconfigResult } from '../../../shared/connection';
import { detectProviderFromMx } from '../audit/index';
import { DnsError, type DnsLookup } from '../dns/index';

const PRESETS = {
  google: { smtp_host: 'smtp.gmail.com', imap_host: 'imap.gmail.com' },
  microsoft: { smtp_host: 'smtp.office365.com', imap_host: 'outlook.office365.com' },
} as const;

export async function autoconfig(email: string, dns: DnsLookup): Promise<AutoconfigResult> {
  const domain = (email.split('@').pop() ?? '').toLowerCase();
  const common = { domain, smtp_port: 587, smtp_security: 'starttls' as const, imap_port: 993, imap_security: 'tls' as const };
  let mx: string[] = [];
  let lookupProblem: string | null = null;
  try {
    const answer = await dns.query(domain, 'MX');
    mx = [...answer.records].sort((a, b) => a.priority - b.priority).map((r) => r.exchange.toLowerCase());
    if (answer.rcode === 'NXDOMAIN') lookupProblem = `${domain} does not exist in DNS`;
  } catch (err) {
    lookupProblem = err instanceof DnsError ? `the MX lookup for ${domain} failed (${err.kind})` : `the MX lookup for ${domain} failed`;
  }
  const provider = detectProviderFromMx(mx.map((exchange, i) => ({ exchange, priority: i })));
  if (provider === 'google' || provider === 'microsoft') {
    return {
      ...common, ...PRESETS[provider], provider, source: 'mx', mx,
      note: `MX points to ${provider === 'google' ? 'Google Workspace' : 'Microsoft 365'}`,
    };
  }
  return {
    ...common, provider: 'smtp', source: 'guess', mx,
    smtp_host: `smtp.${domain}`, imap_host: `imap.${domain}`,
    note: lookupProblem
      ? `Guessed host names: ${lookupProblem}`
      : `No known provider in MX${mx.length ? ` (${mx[0]})` : ''}; guessed smtp.${domain} / imap.${domain} (mail.${domain} is also common)`,
  };
}
