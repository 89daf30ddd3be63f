import { useState } from 'react';
import { PROBE_ERROR_CODES } from '../../../../shared/connection';
import { HEALTH_LABEL, HEALTH_REASON_LABEL, HEALTHS, PROBE_ERROR_LABEL } from '../../../../shared/health';
import type { AccountQuery } from '../../filter-url';
import { READINESS_FILTER_LABEL } from './bulk-scope';

type Filters = Omit<AccountQuery, 'search'>;

/** A text filter applied on Enter or when leaving the field, so half-typed values are never sent. */
function CommitInput({ label, value, onCommit, testId, type = 'text', width }: { label: string; value: string; onCommit(v: string): void; testId: string; type?: string; width?: number }) {
  const [text, setText] = useState<string | null>(null);
  const commit = () => {
    if (text !== null && text.trim() !== value) onCommit(text.trim());
    setText(null);
  };
  return (
    <input
      type={type} aria-label={label} placeholder={label} value={text ?? value} style={width ? { width } : undefined} data-testid={testId}
      onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

const num = (v: string) => (v === '' ? undefined : Math.max(0, Math.min(100, Math.round(Number(v)))));

/** Filters by computed health and what it is derived from: connection, domain, tag, score, a problem. */
export function AccountsHealthFilters({ filters, update, hideDomain }: { filters: Filters; update(patch: Partial<Filters>): void; hideDomain?: boolean }) {
  return (
    <>
      <select aria-label="Health" value={filters.health ?? ''} onChange={(e) => update({ health: (e.target.value || undefined) as Filters['health'] })} data-testid="filter-health">
        <option value="">Any health</option>
        {HEALTHS.map((h) => <option key={h} value={h}>{HEALTH_LABEL[h]}</option>)}
      </select>
      <select aria-label="Connection" value={filters.connection ?? ''} onChange={(e) => update({ connection: (e.target.value || undefined) as Filters['connection'] })} data-testid="filter-connection">
        <option value="">Any connection</option>
        <option value="ok">Connection works</option>
        <option value="failed">Connection fails</option>
        <option value="not_tested">Not tested</option>
        {PROBE_ERROR_CODES.map((c) => <option key={c} value={c}>Fails: {PROBE_ERROR_LABEL[c]}</option>)}
      </select>
      {!hideDomain && <CommitInput label="Domain" value={filters.domain ?? ''} onCommit={(v) => update({ domain: v || undefined })} testId="filter-domain" width={150} />}
      <CommitInput label="Tag" value={filters.tag ?? ''} onCommit={(v) => update({ tag: v || undefined })} testId="filter-tag" width={100} />
      <CommitInput label="Score from" type="number" value={filters.score_min?.toString() ?? ''} onCommit={(v) => update({ score_min: num(v) })} testId="filter-score-min" width={112} />
      <CommitInput label="Score to" type="number" value={filters.score_max?.toString() ?? ''} onCommit={(v) => update({ score_max: num(v) })} testId="filter-score-max" width={100} />
      {filters.reason && (
        <span className="chip filter-chip" data-testid="filter-reason">
          Problem: {HEALTH_REASON_LABEL[filters.reason]}
          <button type="button" className="chip-x" aria-label="Remove the problem filter" onClick={() => update({ reason: undefined })}>×</button>
        </span>
      )}
      {filters.readiness && (
        <span className="chip filter-chip" data-testid="filter-readiness">
          Login: {READINESS_FILTER_LABEL[filters.readiness]}
          <button type="button" className="chip-x" aria-label="Remove the login filter" onClick={() => update({ readiness: undefined })}>×</button>
        </span>
      )}
    </>
  );
}
