// One DNS session for an import: the preview (and its re-reads when a column is remapped) and the
// import job that follows ask each domain's MX once between them. The session is renewed when the
// resolver changes (DNS settings) or after a while, so a file imported much later is asked afresh.
import type { Clock } from '../clock';
import type { DnsLookup, DnsResolver } from '../dns/index';

export const IMPORT_DNS_TTL_MS = 10 * 60_000;

export function importDnsSession(resolver: () => DnsResolver, clock: Clock, ttlMs = IMPORT_DNS_TTL_MS): () => DnsLookup {
  let current: { of: DnsResolver; lookup: DnsLookup; until: number } | null = null;
  return () => {
    const of = resolver();
    const now = clock.now().getTime();
    if (!current || current.of !== of || now >= current.until) current = { of, lookup: of.session(), until: now + ttlMs };
    return current.lookup;
  };
}
