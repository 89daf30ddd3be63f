import { useCallback, useEffect, useState } from 'react';
import { subscribe } from '../api';
import { JobProgress } from './JobProgress';
import { useSchedulerStatus } from './use-scheduler-status';

/** The hourly check's progress, under the nav on every screen while a round runs; it can be cancelled. */
export function SchedulerProgress() {
  const status = useSchedulerStatus();
  const [seen, setSeen] = useState<string | null>(null);
  const [finished, setFinished] = useState<string | null>(null);
  useEffect(() => subscribe('job.progress', (p) => p.kind === 'scheduler.check' && p.status === 'running' && setSeen(p.id)), []);
  const running = status.data?.running ? status.data.last_run?.job_id ?? null : null;
  const id = seen ?? running;
  const onDone = useCallback((p: { id: string }) => setFinished(p.id), []);
  if (!id || id === finished) return null;
  return (
    <div className="scheduler-bar" data-testid="scheduler-progress">
      <JobProgress key={id} jobId={id} label="Checking all inboxes" onDone={onDone} />
    </div>
  );
}
