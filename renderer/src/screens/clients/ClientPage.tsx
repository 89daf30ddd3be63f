import { errorMessage } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { HealthCounts } from '../../components/HealthCounts';
import { TrendCharts } from '../../components/TrendCharts';
import { useOverview } from '../../queries';
import { AccountsScreen } from '../accounts/AccountsScreen';
import { DomainsScreen } from '../domains/DomainsScreen';
import { LastChecked } from '../overview/LastChecked';
import { ProblemList } from '../overview/ProblemList';

/** One client: health counts, problems, trend, its domains and its inboxes, and the report to send it. */
export function ClientPage({ id }: { id: string }) {
  const overview = useOverview(id);
  const o = overview.data;
  if (overview.error) return <p className="error" role="alert">{errorMessage(overview.error)}</p>;
  if (!o) return <p>Loading…</p>;
  return (
    <section className="screen" data-testid="client-page">
      <header className="screen-head">
        <h1><a href="#/clients">Clients</a> / {o.client?.name}</h1>
        <div className="row">
          <ExportButton label="Export client report (HTML)" report={{ client_id: id, format: 'html' }} />
          <ExportButton label="Export CSV" report={{ client_id: id, format: 'csv' }} />
        </div>
      </header>
      <LastChecked last={o.last_checked} next={false} />
      <section className="panel" aria-labelledby="client-health">
        <h2 id="client-health">Health <small className="muted">{o.total} inbox{o.total === 1 ? '' : 'es'}{o.paused ? `, ${o.paused} paused` : ''}</small></h2>
        <HealthCounts counts={o.health} filter={{ client_id: id }} />
      </section>
      <div className="cols-2">
        <section className="panel" aria-labelledby="client-problems">
          <h2 id="client-problems">Problems right now</h2>
          <ProblemList problems={o.problems} unmeasured={o.unmeasured} />
        </section>
        <section className="panel">
          <DomainsScreen fixed={{ client_id: id }} />
        </section>
      </div>
      <section className="panel" aria-labelledby="client-trend">
        <h2 id="client-trend">Last 30 days</h2>
        <TrendCharts points={o.trend} />
      </section>
      <AccountsScreen fixed={{ client_id: id }} />
    </section>
  );
}
