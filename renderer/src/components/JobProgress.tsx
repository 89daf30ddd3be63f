import { useEffect, useState } from 'react';
import type { EventMap } from '../../../shared/contract';
import { call, errorMessage, subscribe } from '../api';

type Progress = EventMap['job.progress'];

/** A progress bar for a running job, fed by core's job.progress events, with Cancel. */
export function JobProgress({ jobId, label, onDone }: { jobId: string; label: string; onDone(p: Progress): void }) {
  const [p, setP] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const off = subscribe('job.progress', (e) => e.id === jobId && live && setP(e));
    // Events may have gone out before this mounted: start from the job's current state.
    // A job pruned before this mounted cannot be read: say so rather than sit at 0.
    void call('jobs.get', { id: jobId }).then(
      (j) => live && setP((cur) => (cur && cur.done >= j.done ? cur : j)),
      (err: unknown) => live && setError(`This job's progress could not be read: ${errorMessage(err)}`),
    );
    return () => {
      live = false;
      off();
    };
  }, [jobId]);

  useEffect(() => {
    if (p && p.status !== 'running') onDone(p);
  }, [p, onDone]);

  if (error && !p) return <p className="error" role="alert" data-testid="job-error">{label}: {error}</p>;
  const total = p?.total ?? 0;
  const done = p?.done ?? 0;
  return (
    <div className="job" role="status" data-testid="job-progress">
      <span>{label}: {done} of {total}{p?.failed ? `, ${p.failed} failed` : ''}{p && p.status !== 'running' ? ` — ${p.status}` : ''}</span>
      <progress max={total || 1} value={done} aria-label={label} />
      {p?.status === 'running' && (
        <button type="button" onClick={() => void call('jobs.cancel', { id: jobId })} data-testid="job-cancel">Cancel</button>
      )}
    </div>
  );
}
