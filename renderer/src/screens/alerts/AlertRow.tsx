import type { Alert } from '../../../../shared/alerts';

const when = (iso: string) => new Date(iso).toLocaleString();

/** One alert: what and where (a link to the inbox or domain), since when, and its state. */
export function AlertRow({ alert: a, onAcknowledge }: { alert: Alert; onAcknowledge(): void }) {
  const link = a.account_id ? `#/accounts/${encodeURIComponent(a.account_id)}` : `#/domains/${encodeURIComponent(a.domain)}`;
  const subject = a.account_id ? a.email ?? 'inbox' : a.domain;
  return (
    <tr data-testid="alert-row" data-kind={a.kind} data-subject={subject} data-state={a.resolved_at ? 'resolved' : 'open'}>
      <td><span className={`chip chip-${a.resolved_at ? 'ok' : a.severity === 'critical' ? 'error' : 'warning'}`}>{a.resolved_at ? 'resolved' : a.severity}</span></td>
      <td>
        <div><strong>{a.title}</strong></div>
        <div className="muted small">{a.detail}</div>
        <a href={link} data-testid="alert-link">{a.account_id ? `Open inbox ${subject}` : `Open domain ${subject}`}</a>
      </td>
      <td>{a.client_name ?? 'No client'}</td>
      <td title={a.opened_at}>{when(a.opened_at)}</td>
      <td>
        {a.resolved_at ? (
          <span title={a.resolved_at}>{a.resolution} · {when(a.resolved_at)}</span>
        ) : a.acknowledged_at ? (
          <span>Open · acknowledged</span>
        ) : (
          <strong>Open · new</strong>
        )}
      </td>
      <td className="actions">
        {!a.resolved_at && !a.acknowledged_at && (
          <button type="button" onClick={onAcknowledge} aria-label={`Acknowledge: ${a.title}`} data-testid="acknowledge">
            {a.observed['accept'] ? 'Accept change' : 'Acknowledge'}
          </button>
        )}
      </td>
    </tr>
  );
}
