import { errorMessage } from '../../api';
import { HealthCounts } from '../../components/HealthCounts';
import { TrendCharts } from '../../components/TrendCharts';
import { useOverview } from '../../queries';
import { navigate } from '../../router';
import { ClientHealthTable } from './ClientHealthTable';
import { LastChecked } from './LastChecked';
import { OpenAlerts } from './OpenAlerts';
import { ProblemList } from './ProblemList';
import { ReadinessPanel } from './ReadinessPanel';

/** Home: what is broken right now, and for which client. */
export function OverviewScreen() {
  const overview = useOverview();
  const o = overview.data;
  return (
    <section className="screen">
      <header className="screen-head">
        <h1>Overview</h1>
        <button type="button" className="primary" onClick={() => navigate('#/accounts/new')} data-testid="add-account">+ Add inbox</button>
      </header>
      {overview.error && <p className="error" role="alert">{errorMessage(overview.error)}</p>}
      {o && o.total === 0 && (
        <div className="empty" data-testid="overview-empty">
          <h2>No inboxes yet</h2>
          <p>Add your sending inboxes: their health, problems and trends appear here.</p>
        </div>
      )}
      {o && o.total > 0 && (
        <>
          <LastChecked last={o.last_checked} />
          <section className="panel" aria-labelledby="fleet-health">
            <h2 id="fleet-health">Fleet health <small className="muted">{o.total.toLocaleString()} inboxes{o.paused ? `, ${o.paused.toLocaleString()} paused` : ''}</small></h2>
            <HealthCounts counts={o.health} />
          </section>
          <section className="panel" aria-labelledby="problems-now">
            <h2 id="problems-now">Problems right now</h2>
            <OpenAlerts />
            <ProblemList problems={o.problems} unmeasured={o.unmeasured} />
          </section>
          <ReadinessPanel />
          <section className="panel" aria-labelledby="by-client">
            <h2 id="by-client">By client</h2>
            <ClientHealthTable clients={o.clients} />
          </section>
          <section className="panel" aria-labelledby="trend-30">
            <h2 id="trend-30">Last 30 days</h2>
            <TrendCharts points={o.trend} />
          </section>
        </>
      )}
    </section>
  );
}
