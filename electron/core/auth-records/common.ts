// Small helpers shared by the record checks.
import type { CheckStatus, Finding } from '../../../shared/audit';
import { DnsError, type DnsAnswer, type DnsLookup, type RecordOf, type RecordType } from '../dns/index';

/** Worst status of the findings: any error → error, any warning → warning, else ok. */
export function statusOf(findings: Finding[]): CheckStatus {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}

const RANK: Record<CheckStatus, number> = { ok: 0, unknown: 1, warning: 2, error: 3 };
export const worst = (statuses: CheckStatus[]): CheckStatus =>
  statuses.reduce<CheckStatus>((a, b) => (RANK[b] > RANK[a] ? b : a), 'ok');

/** A query whose DNS failure becomes a value, so one timeout marks a check unknown, not broken. */
export async function ask<T extends RecordType>(
  lookup: DnsLookup,
  name: string,
  type: T,
): Promise<DnsAnswer<RecordOf[T]> | DnsError> {
  try {
    return await lookup.query(name, type);
  } catch (err) {
    if (err instanceof DnsError) return err;
    throw err;
  }
}

export const dnsProblem = (err: DnsError): Finding => ({
  severity: 'warning',
  code: 'dns_failure',
  message: `Could not read ${err.qtype} ${err.qname}: the DNS query ${err.kind === 'timeout' ? 'timed out' : `failed (${err.kind})`}; try again later`,
});

/** tag=value; pairs (DKIM, DMARC), keys lowercased, whitespace and folding tolerated. */
export function parseTags(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const key = part.slice(0, i).trim().toLowerCase();
    if (key && !tags.has(key)) tags.set(key, part.slice(i + 1).replace(/\s+/g, ' ').trim());
  }
  return tags;
}
