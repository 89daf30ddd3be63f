import { useState } from 'react';
import { call, errorMessage } from '../api';
import { shortTime, useSchedulerStatus } from './use-scheduler-status';

/** When every inbox was last checked and when the next hourly round runs, with "Check now". */
export function NextCheck() {
  const status = useSchedulerStatus();
  const [error, setError] = useState<string | null>(null);
  const s = status.data;
  if (!s) return null;
  const last = s.last_run;
  const checkNow = async () => {
    setError(null);
    try {
      await call('scheduler.runNow', undefined);
      await status.refetch();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const next = s.running
    ? 'checking now'
    : s.waiting_for_network
      ? 'waiting for the network'
      : s.next_run_at
        ? `next ${shortTime(s.next_run_at)}`
        : 'next check not planned';
  return (
    <div className="next-check" data-testid="next-check">
      <span>
        {last && last.finished_at
          ? `Last check ${shortTime(last.finished_at)}: ${last.done} of ${last.total} inbox${last.total === 1 ? '' : 'es'}${last.status === 'cancelled' ? ' (cancelled)' : ''}`
          : 'Not checked yet'}
        {' · '}
        <span data-testid="next-run">{next}</span>
        {s.overdue && !s.running && <span className="warn"> · a check was missed while the app was closed or asleep</span>}
      </span>
      <button type="button" onClick={() => void checkNow()} disabled={s.running} data-testid="check-now">Check now</button>
      {error && <span className="error" role="alert">{error}</span>}
    </div>
  );
}
