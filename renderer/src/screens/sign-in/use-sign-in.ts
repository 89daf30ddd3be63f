// Starts a sign-in sitting (accounts.signIn) and keeps its job id and any error from starting it.
import { useState } from 'react';
import type { InputOf } from '../../../../shared/contract';
import { ApiError, call, errorMessage } from '../../api';

export function useSignIn() {
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [starting, setStarting] = useState(false);

  const start = async (input: InputOf<'accounts.signIn'>) => {
    setError(null);
    setJobId(null);
    setStarting(true);
    try {
      setJobId((await call('accounts.signIn', input)).job_id);
    } catch (err) {
      setError({ message: errorMessage(err), fields: err instanceof ApiError ? err.fields : {} });
    } finally {
      setStarting(false);
    }
  };
  return { jobId, error, starting, start, reset: () => setJobId(null) };
}
