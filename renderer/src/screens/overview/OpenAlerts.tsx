import { useAlertCounts } from '../alerts/use-alerts';

/** How many alerts are open (and not yet acknowledged), linking to the Alerts screen. */
export function OpenAlerts() {
  const counts = useAlertCounts();
  const c = counts.data;
  if (!c) return null;
  const text = c.open === 0 ? 'No open alerts' : `${c.open.toLocaleString()} open alert${c.open === 1 ? '' : 's'}`;
  return (
    <p className="open-alerts" data-testid="open-alerts" data-open={c.open}>
      <a href="#/alerts">{text}{c.unacknowledged > 0 ? ` (${c.unacknowledged.toLocaleString()} not acknowledged)` : ''}</a>
    </p>
  );
}
