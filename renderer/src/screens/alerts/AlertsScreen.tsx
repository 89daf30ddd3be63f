import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Alert } from '../../../../shared/alerts';
import { call, errorMessage } from '../../api';
import { useClients } from '../../queries';
import { AlertRow } from './AlertRow';
import { useAlertList } from './use-alerts';

const RANGES = [
  ['7', 'Open and resolved in the last 7 days'],
  ['30', 'Open and resolved in the last 30 days'],
  ['open', 'Open only'],
] as const;

/** Open alerts first, then recently resolved ones; filter by client; acknowledge what you have seen. */
export function AlertsScreen() {
  const qc = useQueryClient();
  const clients = useClients();
  const [client, setClient] = useState('');
  const [range, setRange] = useState<(typeof RANGES)[number][0]>('7');
  const [error, setError] = useState<string | null>(null);
  const list = useAlertList({
    status: range === 'open' ? 'open' : 'all', days: range === '30' ? 30 : 7, ...(client ? { client_id: client } : {}),
  });
  const items = list.data?.items ?? [];
  const open = items.filter((a) => !a.resolved_at);
  const resolved = items.filter((a) => a.resolved_at);
  const unseen = open.filter((a) => !a.acknowledged_at);
  // The list holds at most 500; core's totals count every open alert (of all clients), so they
  // name what is not shown when no client is chosen.
  const totals = !client && list.data ? list.data : null;
  const openCaption = totals && totals.open > open.length ? `Open (${open.length.toLocaleString('en-US')} of ${totals.open.toLocaleString('en-US')})` : `Open (${open.length.toLocaleString('en-US')})`;
  const unseenAll = totals ? totals.unacknowledged : unseen.length;

  const acknowledge = async (which: Alert[] | 'all') => {
    setError(null);
    try {
      // "All" is every open alert of this client filter, including those past the 500 shown.
      await call('alerts.acknowledge', which === 'all' ? { filter: client ? { client_id: client } : {} } : { ids: which.map((a) => a.id) });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      await qc.invalidateQueries({ queryKey: ['alerts'] });
    }
  };

  return (
    <section className="screen" aria-labelledby="alerts-title">
      <header className="screen-head">
        <h1 id="alerts-title">Alerts</h1>
        <button type="button" onClick={() => void acknowledge('all')} disabled={unseenAll === 0} data-testid="acknowledge-all">
          Acknowledge all{unseenAll ? ` ${unseenAll.toLocaleString('en-US')}` : ''}
        </button>
      </header>
      {totals && unseenAll > unseen.length && (
        <p className="warn" data-testid="alerts-more">
          {`${open.length.toLocaleString('en-US')} of ${totals.open.toLocaleString('en-US')} open alerts are shown (the newest); ${(unseenAll - unseen.length).toLocaleString('en-US')} unacknowledged ones are not. Acknowledge all includes them; choose a client to see fewer at a time.`}
        </p>
      )}
      <p className="muted">
        Inboxfleet compares every check with the one before and opens an alert only when something changes: an inbox stops (or starts)
        logging in, a domain is listed or delisted, an SPF, DKIM or DMARC record is removed or changed, a rate crosses its threshold, a
        score drops. Alerts resolve themselves when the problem clears. Acknowledging a DNS change accepts it as the new normal.
      </p>
      <div className="filters">
        <select aria-label="Client" value={client} onChange={(e) => setClient(e.target.value)} data-testid="alerts-client">
          <option value="">All clients</option>
          <option value="none">No client</option>
          {clients.data?.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <select aria-label="Show" value={range} onChange={(e) => setRange(e.target.value as typeof range)} data-testid="alerts-range">
          {RANGES.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select>
      </div>
      {(error || list.error) && <p className="error" role="alert">{error ?? errorMessage(list.error)}</p>}
      {list.data && items.length === 0 && (
        <p className="empty" data-testid="alerts-empty">
          No alerts{client ? ' for this client' : ''}. Every inbox is checked hourly; you will see changes here and on your desktop.
        </p>
      )}
      {open.length > 0 && <AlertTable caption={openCaption} alerts={open} onAcknowledge={(a) => void acknowledge([a])} testId="alerts-open" />}
      {resolved.length > 0 && <AlertTable caption={`Resolved (${resolved.length})`} alerts={resolved} onAcknowledge={(a) => void acknowledge([a])} testId="alerts-resolved" />}
    </section>
  );
}

function AlertTable({ caption, alerts, onAcknowledge, testId }: { caption: string; alerts: Alert[]; onAcknowledge(a: Alert): void; testId: string }) {
  return (
    <table className="simple alerts" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Severity</th>
          <th scope="col">Alert</th>
          <th scope="col">Client</th>
          <th scope="col">Opened</th>
          <th scope="col">Status</th>
          <th scope="col"><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((a) => <AlertRow key={a.id} alert={a} onAcknowledge={() => onAcknowledge(a)} />)}
      </tbody>
    </table>
  );
}
