// The scheduler's status (last and next round, running or not), shared by NextCheck and the
// progress bar; refreshed when a round starts or ends and every minute.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call, subscribe } from '../api';

export function useSchedulerStatus() {
  const qc = useQueryClient();
  useEffect(
    () =>
      subscribe('job.progress', (p) => {
        // Only a round's start and end change the status; progress in between is the bar's.
        if (p.kind === 'scheduler.check' && (p.done === 0 || p.status !== 'running')) void qc.invalidateQueries({ queryKey: ['scheduler'] });
      }),
    [qc],
  );
  return useQuery({ queryKey: ['scheduler'], queryFn: () => call('scheduler.status', undefined), refetchInterval: 60_000 });
}

export const shortTime = (iso: string): string => {
  const d = new Date(iso);
  const today = d.toDateString() === new Date().toDateString();
  return today ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : d.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
};
