// Starts a sign-in sitting (accounts.signIn) and keeps its job id, any error from starting it, and
// the sitting's latest prompt: the first prompt can come before the job id does (core opens the
// browser at once), so prompts are listened for from before the call, not from the progress mount.
import { useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { SignInPrompt } from '../../../../shared/oauth';
import { ApiError, call, errorMessage, subscribe } from '../../api';

export function useSignIn() {
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [starting, setStarting] = useState(false);
  const [prompt, setPrompt] = useState<SignInPrompt | null>(null);
  /** Prompts heard while the job id is not known yet; null when not starting. */
  const early = useRef<SignInPrompt[] | null>(null);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      subscribe('signIn.prompt', (p) => {
        if (early.current) early.current.push(p);
        else if (p.job_id === current.current) setPrompt(p);
      }),
    [],
  );

  const start = async (input: InputOf<'accounts.signIn'>) => {
    setError(null);
    setJobId(null);
    setPrompt(null);
    current.current = null;
    early.current = [];
    setStarting(true);
    try {
      const id = (await call('accounts.signIn', input)).job_id;
      current.current = id;
      setPrompt(early.current.filter((p) => p.job_id === id).at(-1) ?? null);
      setJobId(id);
    } catch (err) {
      setError({ message: errorMessage(err), fields: err instanceof ApiError ? err.fields : {} });
    } finally {
      early.current = null;
      setStarting(false);
    }
  };
  return { jobId, error, starting, prompt, start, reset: () => setJobId(null) };
}
