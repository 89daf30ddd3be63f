// Helpers shared by the record checks: DNS failures as values, worst-of status, tag=value
// parsing (DKIM and DMARC use the same syntax) and a small bounded-concurrency map.
import type { CheckStatus, Finding } from '../../../shared/audit';
import { DnsError, type DnsAnswer, type DnsLookup, type RecordOf, type RecordType } from '../dns/index';

/** A query whose DNS failure is returned, not thrown, so one timeout makes a check unknown, not broken. */
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

export function dnsFailure(err: DnsError): Finding {
  const what = err.kind === 'timeout' ? 'timed out' : err.kind === 'cname_loop' ? `failed: ${err.message.replace(/^DNS \S+ \S+: /, '')}` : `failed (${err.kind})`;
  return {
    severity: 'warning',
    code: 'dns_failure',
    message: `The DNS question ${err.qtype} ${err.qname} ${what}, so this part could not be checked. Try again later; if it keeps failing, check the domain's name servers.`,
  };
}

/**
 * Errors win; then a check that could not read everything is unknown rather than falsely fine;
 * then warnings.
 */
export function statusOf(findings: Finding[], incomplete = false): CheckStatus {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (incomplete) return 'unknown';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}

const RANK: Record<CheckStatus, number> = { ok: 0, unknown: 1, warning: 2, error: 3 };

/** The worst of several check statuses (error > warning > unknown > ok); ok for none. */
export const worst = (statuses: readonly CheckStatus[]): CheckStatus =>
  statuses.reduce<CheckStatus>((a, b) => (RANK[b] > RANK[a] ? b : a), 'ok');

export const normName = (name: string): string => name.trim().toLowerCase().replace(/\.$/, '');

export interface TagList {
  /** Tag names lowercased, values with folding whitespace collapsed. First occurrence wins. */
  tags: Map<string, string>;
  /** Tag names in the order they appear. */
  order: string[];
  /** Syntax problems: parts without '=', bad tag names, duplicate tags. */
  errors: string[];
}

/** RFC 6376 §3.2 tag-list (also DMARC's syntax), tolerant of spaces, tabs and line folding. */
export function parseTagList(record: string): TagList {
  const tags = new Map<string, string>();
  const order: string[] = [];
  const errors: string[] = [];
  for (const raw of record.split(';')) {
    const part = raw.trim();
    if (part === '') continue; // a trailing ';' is allowed
    const eq = part.indexOf('=');
    if (eq < 0) {
      errors.push(`"${part}" is not a tag=value pair`);
      continue;
    }
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).replace(/\s+/g, ' ').trim();
    if (!/^[a-z][a-z0-9_]*$/.test(name)) {
      errors.push(`"${part.slice(0, eq).trim()}" is not a valid tag name`);
      continue;
    }
    if (tags.has(name)) {
      errors.push(`tag ${name}= appears more than once`);
      continue;
    }
    tags.set(name, value);
    order.push(name);
  }
  return { tags, order, errors };
}

/** Maps with at most `limit` calls in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
