import { HEALTH_LABEL, HEALTHS } from '../../../../shared/health';
import type { ClientHealth } from '../../../../shared/overview';
import { filteredHash } from '../../filter-url';

/** Health counts per client, worst first; every count links to those inboxes. */
export function ClientHealthTable({ clients }: { clients: ClientHealth[] }) {
  return (
    <table className="simple" data-testid="client-health">
      <thead>
        <tr><th scope="col">Client</th><th scope="col" className="num">Inboxes</th>{HEALTHS.map((h) => <th key={h} scope="col" className="num">{HEALTH_LABEL[h]}</th>)}</tr>
      </thead>
      <tbody>
        {clients.map((c) => {
          const filter = { client_id: c.client_id ?? 'none' };
          return (
            <tr key={c.client_id ?? 'none'} data-testid="client-health-row" data-client={c.name}>
              <td>{c.client_id ? <a href={`#/clients/${encodeURIComponent(c.client_id)}`}>{c.name}</a> : <a href={filteredHash('accounts', filter)}>{c.name}</a>}</td>
              <td className="num">{c.total}</td>
              {HEALTHS.map((h) => (
                <td key={h} className="num" data-health={h}>
                  {c.health[h] > 0 ? <a href={filteredHash('accounts', { ...filter, health: h })} aria-label={`${c.health[h]} ${HEALTH_LABEL[h]} inboxes of ${c.name}`}>{c.health[h]}</a> : <span className="muted">0</span>}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
