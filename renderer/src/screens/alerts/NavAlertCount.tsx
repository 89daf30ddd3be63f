import { useAlertCounts } from './use-alerts';

/** The nav's count of alerts not yet acknowledged (the same number as the app's badge). */
export function NavAlertCount() {
  const counts = useAlertCounts();
  const n = counts.data?.unacknowledged ?? 0;
  if (n === 0) return null;
  return (
    <span className="nav-count" data-testid="nav-alert-count">
      {n}<span className="sr-only"> new</span>
    </span>
  );
}
