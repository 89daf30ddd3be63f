import { useEffect, useState } from 'react';
import type { AccountFilterInput } from '../../../../shared/validation';
import type { Account, AccountSortField } from '../../../../shared/domain';
import { ACCOUNT_STATUSES, PROVIDERS } from '../../../../shared/domain';
import { errorMessage } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ExportButton } from '../../components/ExportButton';
import { NextCheck } from '../../components/NextCheck';
import { Pagination } from '../../components/Pagination';
import { useAccounts, useCall, useClients } from '../../queries';
import { accountQueryFromUrl, filteredHash, type AccountQuery } from '../../filter-url';
import { navigate, replaceHash } from '../../router';
import { useDebounced } from '../../use-debounced';
import { AccountsHealthFilters } from './AccountsHealthFilters';
import { AccountsTable } from './AccountsTable';
import { BulkActions } from './BulkActions';
import { describeFilter, inboxes, type Selection } from './bulk-scope';
import { ConnectionPanel } from './ConnectionPanel';

type Filters = Omit<AccountQuery, 'search'>;
type Pending = { ids: string[]; label: string } | null;

interface Props {
  /** The address's query (#/accounts?…): filters start from it and are written back to it. */
  query?: string;
  /** Filters fixed by the page the table sits on (a client, a domain): their controls are hidden. */
  fixed?: { client_id?: string; domain?: string };
}

export function AccountsScreen({ query: urlQuery = '', fixed }: Props) {
  const embedded = fixed !== undefined;
  const [{ search: initialSearch, ...initial }] = useState(() => accountQueryFromUrl(embedded ? '' : urlQuery));
  const [filters, setFilters] = useState<Filters>({ ...initial, ...fixed });
  const [search, setSearch] = useState(initialSearch ?? '');
  const debounced = useDebounced(search.trim(), 250);
  const query = { ...filters, ...(debounced ? { search: debounced } : {}) };
  const hash = filteredHash('accounts', query);
  useEffect(() => {
    if (!embedded) replaceHash(hash);
  }, [embedded, hash]);
  const accounts = useAccounts(query);
  const clients = useClients();
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  /** Inboxfleet's own format (imports back), or a vendor's upload layout. */
  const [exportKind, setExportKind] = useState<'accounts' | 'smartlead' | 'instantly'>('accounts');
  /** Said once when a filter change drops a selection, so nothing is acted on unseen. */
  const [selectionNote, setSelectionNote] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Pending>(null);
  const setStatus = useCall('accounts.setStatus');
  const remove = useCall('accounts.delete');
  const test = useCall('accounts.test');
  const [testing, setTesting] = useState<Set<string>>(new Set());
  const [panel, setPanel] = useState<Account | null>(null);

  const testOne = (a: Account) => {
    setTesting((s) => new Set(s).add(a.id));
    test.mutate({ id: a.id }, {
      onSettled: () => setTesting((s) => { const n = new Set(s); n.delete(a.id); return n; }),
    });
  };

  const clearSelection = (why: string | null) => {
    setSelectionNote(selection.kind !== 'none' && why ? why : null);
    setSelection({ kind: 'none' });
  };
  // A different filter shows different rows: never keep acting on a selection the user cannot see.
  const update = (patch: Partial<Filters>) => {
    clearSelection('Selection cleared because the filter changed.');
    setFilters((f) => ({ ...f, page: 1, ...patch }));
  };
  const onSort = (field: AccountSortField) =>
    setFilters((f) => ({ ...f, page: 1, sort: field, order: f.sort === field && f.order === 'asc' ? 'desc' : 'asc' }));
  const onSelect = (ids: string[], on: boolean) => {
    setSelectionNote(null);
    setSelection((s) => {
      const next = new Set(s.kind === 'ids' ? s.ids : []);
      ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
      return next.size ? { kind: 'ids', ids: next } : { kind: 'none' };
    });
  };
  const toggleStatus = (a: Account) => setStatus.mutate({ ids: [a.id], status: a.status === 'paused' ? 'active' : 'paused' });
  const confirmDelete = () =>
    pendingDelete &&
    remove.mutate({ ids: pendingDelete.ids }, {
      onSuccess: () => {
        setSelection((s) => {
          if (s.kind !== 'ids') return s;
          const left = new Set([...s.ids].filter((id) => !pendingDelete.ids.includes(id)));
          return left.size ? { kind: 'ids', ids: left } : { kind: 'none' };
        });
        setPendingDelete(null);
      },
    });

  const page = accounts.data;
  const { page: _page, per_page: _perPage, ...exportFilter } = query;
  const { sort: _sort, order: _order, ...listFilter } = exportFilter;
  const filter: AccountFilterInput = listFilter;
  // Filters fixed by the page (the client page's client) are not the user's filtering.
  const filtering = Object.entries(filter).some(([k, v]) => v !== undefined && v !== '' && !(k in (fixed ?? {})));
  const selectedIds = selection.kind === 'ids' ? selection.ids : new Set<string>();
  const pageAllSelected = selection.kind === 'filter' || (!!page?.items.length && page.items.every((a) => selectedIds.has(a.id)));

  return (
    <section className="screen">
      <header className="screen-head">
        {embedded ? <h2>Inboxes</h2> : <h1>Accounts</h1>}
        <div className="row">
          <select aria-label="Export format" value={exportKind} onChange={(e) => setExportKind(e.target.value as typeof exportKind)} data-testid="export-format">
            <option value="accounts">Inboxfleet CSV</option>
            <option value="smartlead">Smartlead CSV</option>
            <option value="instantly">Instantly CSV</option>
          </select>
          <ExportButton label="Export inboxes" input={{ kind: exportKind, filter: exportFilter }} />
          <ExportButton label="Export reports" input={{ kind: 'reports', filter: exportFilter }} />
          <button type="button" onClick={() => navigate('#/import')} data-testid="open-import">Import CSV</button>
          <button type="button" onClick={() => navigate('#/accounts/sign-in')} data-testid="bulk-sign-in-link">Sign in many…</button>
          <button type="button" className="primary" onClick={() => navigate('#/accounts/new')} data-testid="add-account">+ Add inbox</button>
        </div>
      </header>

      <NextCheck />

      <div className="filters" role="search">
        <input type="search" placeholder="Search email, name, tag or client" aria-label="Search email, name, tag or client" title="3 or more characters match anywhere; 1–2 match the start of the address or name" value={search} onChange={(e) => { setSearch(e.target.value); update({}); }} data-testid="filter-search" />
        <select aria-label="Status" value={filters.status ?? ''} onChange={(e) => update({ status: (e.target.value || undefined) as Filters['status'] })} data-testid="filter-status">
          <option value="">All statuses</option>
          {ACCOUNT_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
        <select aria-label="Provider" value={filters.provider ?? ''} onChange={(e) => update({ provider: (e.target.value || undefined) as Filters['provider'] })} data-testid="filter-provider">
          <option value="">All providers</option>
          {PROVIDERS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
        {!fixed?.client_id && (
          <select aria-label="Client" value={filters.client_id ?? ''} onChange={(e) => update({ client_id: e.target.value || undefined })} data-testid="filter-client">
            <option value="">All clients</option>
            <option value="none">No client</option>
            {clients.data?.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        )}
        <select aria-label="Warmup" value={filters.warmup === undefined ? '' : String(filters.warmup)} onChange={(e) => update({ warmup: e.target.value === '' ? undefined : e.target.value === 'true' })} data-testid="filter-warmup">
          <option value="">Warmup: any</option>
          <option value="true">Warmup on</option>
          <option value="false">Warmup off</option>
        </select>
        <AccountsHealthFilters filters={filters} update={update} hideDomain={!!fixed?.domain} />
      </div>

      {selectionNote && <p className="muted" role="status" data-testid="selection-note">{selectionNote}</p>}
      {page && pageAllSelected && page.total > page.items.length && (
        <div className="select-all" role="status" data-testid="select-all-banner">
          {selection.kind === 'filter' ? (
            <>
              <span>All <strong>{inboxes(page.total)}</strong> {describeFilter(filter, clients.data) || 'in the list'} are selected, on every page.</span>
              <button type="button" onClick={() => clearSelection(null)} data-testid="clear-selection">Clear selection</button>
            </>
          ) : (
            <>
              <span>All {page.items.length} on this page are selected.</span>
              <button type="button" onClick={() => setSelection({ kind: 'filter', total: page.total })} data-testid="select-all-matching">
                Select all {inboxes(page.total)} {filtering ? 'matching this filter' : ''}
              </button>
            </>
          )}
        </div>
      )}
      <BulkActions
        // "All matching" counts what the filter matches now, not when it was selected.
        selection={selection.kind === 'filter' && page ? { kind: 'filter', total: page.total } : selection}
        filter={filter} clients={clients.data ?? []} onStarted={() => clearSelection(null)} onClear={() => clearSelection(null)} />


      {(accounts.error || setStatus.error || test.error) && <p className="error" role="alert">{errorMessage(accounts.error ?? setStatus.error ?? test.error)}</p>}

      {page && page.total === 0 && !filtering && (
        <div className="empty" data-testid="empty-state">
          <h2>No inboxes yet</h2>
          <p>Add an inbox with its SMTP and IMAP settings. Its password is kept in your system keychain.</p>
          <button type="button" className="primary" onClick={() => navigate('#/accounts/new')}>+ Add your first inbox</button>
        </div>
      )}
      {page && page.total === 0 && filtering && <p className="empty" data-testid="no-matches">No inboxes match these filters.</p>}
      {page && page.items.length > 0 && (
        <>
          <AccountsTable
            items={page.items}
            sort={filters.sort ?? 'created_at'}
            order={filters.order ?? 'desc'}
            onSort={onSort}
            selected={selectedIds}
            allSelected={selection.kind === 'filter'}
            onSelect={onSelect}
            resetKey={JSON.stringify(query)}
            onToggleStatus={toggleStatus}
            onDelete={(a) => setPendingDelete({ ids: [a.id], label: a.email })}
            testing={testing}
            onTest={testOne}
            onOpenConnection={setPanel}
          />
        </>
      )}
      {page && page.total > 0 && (
        <Pagination page={page} onPage={(p) => setFilters((f) => ({ ...f, page: p }))} onPerPage={(n) => setFilters((f) => ({ ...f, page: 1, per_page: n }))} />
      )}

      {panel && <ConnectionPanel account={panel} onClose={() => setPanel(null)} />}

      {pendingDelete && (
        <ConfirmDialog
          title="Delete inbox?"
          body={`Delete ${pendingDelete.label}? Its settings and the passwords in your keychain are removed. This cannot be undone.`}
          confirmLabel="Delete"
          busy={remove.isPending}
          error={remove.error ? errorMessage(remove.error) : null}
          onConfirm={confirmDelete}
          onCancel={() => { setPendingDelete(null); remove.reset(); }}
        />
      )}
    </section>
  );
}
