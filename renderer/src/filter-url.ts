// Filters live in the URL hash (#/accounts?health=failing&client_id=…), so every link to a
// filtered view works — from the Overview, a client page, or pasted back in. Values that are
// not valid are dropped rather than sent to core.
import type { InputOf } from '../../shared/contract';
import { ACCOUNT_SORT_FIELDS, ACCOUNT_STATUSES, PROVIDERS } from '../../shared/domain';
import { READINESS_LEVELS } from '../../shared/basic-auth';
import { HEALTH_REASON_CODES, HEALTHS } from '../../shared/health';
import { CONNECTION_FILTERS } from '../../shared/validation';

export type AccountQuery = Exclude<InputOf<'accounts.list'>, undefined>;
export type DomainQuery = Exclude<InputOf<'domains.list'>, undefined>;

export const DEFAULT_ACCOUNT_QUERY = { sort: 'created_at', order: 'desc', page: 1, per_page: 25 } as const;

const ENUMS: Record<string, readonly string[]> = {
  status: ACCOUNT_STATUSES, provider: PROVIDERS, health: HEALTHS, connection: CONNECTION_FILTERS, reason: HEALTH_REASON_CODES,
  sort: ACCOUNT_SORT_FIELDS, order: ['asc', 'desc'], issue: HEALTH_REASON_CODES, readiness: READINESS_LEVELS,
};
const TEXT = new Set(['client_id', 'domain', 'tag', 'search', 'listed_on']);
const NUMBERS: Record<string, [number, number]> = { score_min: [0, 100], score_max: [0, 100], page: [1, 1_000_000], per_page: [1, 100] };
const BOOLEANS = new Set(['warmup', 'problems_only']);

function parse(query: string, allowed: readonly string[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, raw] of new URLSearchParams(query)) {
    if (!allowed.includes(key)) continue;
    const value = raw.trim();
    if (ENUMS[key]?.includes(value)) out[key] = value;
    else if (TEXT.has(key) && value && value.length <= 255) out[key] = value;
    else if (NUMBERS[key] && /^\d+$/.test(value) && Number(value) >= NUMBERS[key][0] && Number(value) <= NUMBERS[key][1]) out[key] = Number(value);
    else if (BOOLEANS.has(key) && (value === 'true' || value === 'false')) out[key] = value === 'true';
  }
  return out;
}

const ACCOUNT_KEYS = ['status', 'provider', 'client_id', 'warmup', 'search', 'health', 'connection', 'domain', 'tag', 'score_min', 'score_max', 'reason', 'readiness', 'sort', 'order', 'page', 'per_page'];
const DOMAIN_KEYS = ['problems_only', 'issue', 'listed_on', 'client_id'];

export function accountQueryFromUrl(query: string): AccountQuery {
  const q = { ...DEFAULT_ACCOUNT_QUERY, ...parse(query, ACCOUNT_KEYS) } as AccountQuery;
  if (q.score_min !== undefined && q.score_max !== undefined && q.score_min > q.score_max) delete q.score_max;
  return q;
}

export function domainQueryFromUrl(query: string): DomainQuery {
  return parse(query, DOMAIN_KEYS) as DomainQuery;
}

/** The query string of a filter: only what is set and differs from the defaults. */
export function toQueryString(filter: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if ((DEFAULT_ACCOUNT_QUERY as Record<string, unknown>)[key] === value) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/** The hash of a filtered Accounts or Domains view. */
export const filteredHash = (screen: 'accounts' | 'domains', filter: Record<string, unknown>): string => {
  const q = toQueryString(filter);
  return `#/${screen}${q ? `?${q}` : ''}`;
};
