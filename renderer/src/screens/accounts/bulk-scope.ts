// Words for what a bulk action acts on, so a confirmation names both the count and the scope:
// "Delete 128 inboxes of client Hooli?".
import type { AccountFilterInput } from '../../../../shared/validation';
import type { Client } from '../../../../shared/domain';
import type { ReadinessLevel } from '../../../../shared/basic-auth';
import { HEALTH_LABEL, HEALTH_REASON_LABEL, type Health, type HealthReasonCode } from '../../../../shared/health';

/** The readiness filter in words (Overview's basic-auth panel links to it). */
export const READINESS_FILTER_LABEL: Record<ReadinessLevel, string> = {
  blocked: 'password logins no longer work',
  warning: 'password logins ending or app password only',
  ok: 'signed in, or not affected',
};

export type Selection = { kind: 'none' } | { kind: 'ids'; ids: Set<string> } | { kind: 'filter'; total: number };

export const selectedCount = (s: Selection): number => (s.kind === 'ids' ? s.ids.size : s.kind === 'filter' ? s.total : 0);

export const inboxes = (n: number) => `${n.toLocaleString('en-US')} inbox${n === 1 ? '' : 'es'}`;

/** The filter in words ("of client Hooli, status paused, matching “acme”"); '' when nothing is filtered. */
export function describeFilter(filter: AccountFilterInput, clients: Client[] = []): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    if (key === 'client_id') parts.push(value === 'none' ? 'without a client' : `of client ${clients.find((c) => c.id === value)?.name ?? 'unknown'}`);
    else if (key === 'search') parts.push(`matching “${String(value)}”`);
    else if (key === 'warmup') parts.push(value ? 'with warmup on' : 'with warmup off');
    else if (key === 'status') parts.push(`with status ${String(value)}`);
    else if (key === 'provider') parts.push(`on ${String(value)}`);
    else if (key === 'health') parts.push(`with health ${HEALTH_LABEL[value as Health].toLowerCase()}`);
    else if (key === 'reason') parts.push(`with the problem “${HEALTH_REASON_LABEL[value as HealthReasonCode]}”`);
    else if (key === 'readiness') parts.push(`with login: ${READINESS_FILTER_LABEL[value as ReadinessLevel]}`);
    else if (key === 'domain') parts.push(`on domain ${String(value)}`);
    else if (key === 'tag') parts.push(`tagged “${String(value)}”`);
    else if (key === 'score_min') parts.push(`scoring at least ${String(value)}`);
    else if (key === 'score_max') parts.push(`scoring at most ${String(value)}`);
    else if (key === 'connection') parts.push(value === 'not_tested' ? 'not tested yet' : `with connection ${String(value).replace(/_/g, ' ')}`);
    // Filters added later are still named, plainly.
    else parts.push(`${key.replace(/_/g, ' ')} ${Array.isArray(value) ? value.join('–') : String(value)}`);
  }
  return parts.join(', ');
}

/** "128 inboxes of client Hooli" / "3 selected inboxes" / "all 128 inboxes". */
export function describeScope(selection: Selection, filter: AccountFilterInput, clients: Client[] = []): string {
  const n = selectedCount(selection);
  if (selection.kind !== 'filter') return `${n.toLocaleString('en-US')} selected inbox${n === 1 ? '' : 'es'}`;
  const words = describeFilter(filter, clients);
  return words ? `${inboxes(n)} ${words}` : `all ${inboxes(n)}`;
}
