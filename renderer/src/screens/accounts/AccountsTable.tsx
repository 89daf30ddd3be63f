import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Account, AccountSortField } from '../../../../shared/domain';
import { scoreText } from '../../../../shared/report';
import { ConnectionCell } from '../../components/ConnectionCell';
import { LoginChip } from '../../components/LoginChip';
import { HealthChip } from '../../components/HealthChip';
import { StatusBadge } from '../../components/StatusBadge';
import { navigate } from '../../router';

interface Props {
  items: Account[];
  sort: AccountSortField;
  order: 'asc' | 'desc';
  onSort(field: AccountSortField): void;
  selected: Set<string>;
  /** Every inbox matching the filter is selected (across pages). */
  allSelected: boolean;
  onSelect(ids: string[], on: boolean): void;
  /** Changes with page, sort and filter: the list then starts again at its top. */
  resetKey: string;
  onToggleStatus(a: Account): void;
  onDelete(a: Account): void;
  testing: Set<string>;
  onTest(a: Account): void;
  onOpenConnection(a: Account): void;
}

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;
const COLUMNS = 'grid-cols';

/** A sortable column's header cell: aria-sort belongs on the cell, the button only sorts. */
function SortHeader({ field, label, sort, order, onSort, className }: { field: AccountSortField; label: string; className?: string } & Pick<Props, 'sort' | 'order' | 'onSort'>) {
  const active = sort === field;
  return (
    <span role="columnheader" className={className} aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className={`sort ${active ? 'active' : ''}`} onClick={() => onSort(field)} data-testid={`sort-${field}`}>
        {label} <span aria-hidden="true">{active ? (order === 'asc' ? '▲' : '▼') : ''}</span>
      </button>
    </span>
  );
}

/**
 * Virtualised: only the rows in view are in the DOM, so 100-row pages stay cheap. Header and rows
 * live in one scroll box (the header sticks to its top), so they scroll together sideways on a
 * narrow window and the columns always line up.
 */
export function AccountsTable({ items, sort, order, onSort, selected, allSelected: everySelected, onSelect, resetKey, onToggleStatus, onDelete, testing, onTest, onOpenConnection }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    // Without layout (first paint, tests) render a screenful rather than nothing.
    initialRect: { width: 1200, height: ROW_HEIGHT * 15 },
  });
  const allSelected = everySelected || (items.length > 0 && items.every((a) => selected.has(a.id)));

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  return (
    <div ref={scrollRef} className="table table-scroll" role="table" aria-label="Accounts" data-testid="accounts-table">
      <div className={`tr th ${COLUMNS}`} role="row">
        <span role="columnheader">
          <input type="checkbox" aria-label="Select all on this page" checked={allSelected} disabled={everySelected} onChange={(e) => onSelect(items.map((a) => a.id), e.target.checked)} />
        </span>
        <SortHeader field="email" label="Email and name" sort={sort} order={order} onSort={onSort} />
        <SortHeader field="provider" label="Provider" sort={sort} order={order} onSort={onSort} />
        <span role="columnheader">Client</span>
        <SortHeader field="health" label="Health" sort={sort} order={order} onSort={onSort} />
        <SortHeader field="score" label="Score" sort={sort} order={order} onSort={onSort} className="num" />
        <span role="columnheader">Status</span>
        <span role="columnheader">Connection</span>
        <span role="columnheader" className="num" title="Daily send limit">Per day</span>
        <span role="columnheader">Tags</span>
        <SortHeader field="created_at" label="Added" sort={sort} order={order} onSort={onSort} />
        <span role="columnheader" className="actions">Actions</span>
      </div>
      <div className="tbody" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const a = items[v.index]!;
            return (
              <div
                key={a.id}
                className={`tr ${COLUMNS} ${everySelected || selected.has(a.id) ? 'selected' : ''}`}
                role="row"
                data-testid="account-row"
                data-email={a.email}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start - HEADER_HEIGHT}px)` }}
              >
                <span role="cell">
                  <input type="checkbox" aria-label={`Select ${a.email}`} checked={everySelected || selected.has(a.id)} disabled={everySelected} onChange={(e) => onSelect([a.id], e.target.checked)} />
                </span>
                <span role="cell" className="email" title={a.email}>
                  <a href={`#/accounts/${encodeURIComponent(a.id)}`} data-testid="open-account">{a.email}</a>
                  <span className="email-flags">
                    <LoginChip account={a} />
                    {a.auth_method === 'password' && !a.smtp_password_stored && (
                      <span className="warn-dot" title="No password in the keychain: edit the inbox to enter it again" data-testid="no-password">!</span>
                    )}
                    <span className="muted email-name" title={a.display_name} data-testid="display-name">{a.display_name}</span>
                  </span>
                </span>
                <span role="cell">{a.provider}</span>
                <span role="cell">{a.client_name ?? '—'}</span>
                <span role="cell"><HealthChip health={a.health} reasons={a.health_reasons} /></span>
                <span role="cell" className="num score-cell" title={scoreText(a.score, a.score_measured)}>
                  <span data-testid="score">{a.score ?? (a.score_measured === null ? '—' : 'n/a')}</span>
                  {a.score_measured !== null && <small className="muted">{a.score_measured} %</small>}
                </span>
                <span role="cell"><StatusBadge status={a.status} /></span>
                <span role="cell"><ConnectionCell account={a} testing={testing.has(a.id)} onOpen={() => onOpenConnection(a)} /></span>
                <span role="cell" className="num">{a.daily_limit.toLocaleString()}</span>
                <span role="cell" className="tags">{a.tags.map((t) => <span key={t} className="tag">{t}</span>)}</span>
                <span role="cell" title={a.created_at}>{new Date(a.created_at).toLocaleDateString()}</span>
                <span role="cell" className="actions">
                  <button type="button" onClick={() => onTest(a)} disabled={testing.has(a.id)} aria-label={`Test ${a.email}`} data-testid="test">Test</button>
                  <button type="button" onClick={() => navigate(`#/accounts/${encodeURIComponent(a.id)}/edit`)} aria-label={`Edit ${a.email}`} data-testid="edit">Edit</button>
                  <button type="button" onClick={() => onToggleStatus(a)} aria-label={`${a.status === 'paused' ? 'Resume' : 'Pause'} ${a.email}`} data-testid="toggle-status">
                    {a.status === 'paused' ? 'Resume' : 'Pause'}
                  </button>
                  <button type="button" className="danger-link" onClick={() => onDelete(a)} aria-label={`Delete ${a.email}`} data-testid="delete">Delete</button>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
