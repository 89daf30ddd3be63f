import { useCallback, useEffect, useState } from 'react';
import type { SignInItemResult, SignInPrompt } from '../../../../shared/oauth';
import { call, errorMessage, subscribe } from '../../api';
import { errorWords } from '../../components/error-words';
import { JobProgress } from '../../components/JobProgress';

/**
 * A running sign-in sitting: which address the browser waits for (with the page's address to
 * open by hand if no browser came up), progress with Cancel, then each address's outcome.
 */
export function SignInProgress({ jobId, latest, onDone }: { jobId: string; latest?: SignInPrompt | null; onDone?(results: SignInItemResult[]): void }) {
  const [heard, setPrompt] = useState<SignInPrompt | null>(null);
  // useSignIn's prompt (heard from before the job id came back) when given; else from this mount on.
  const prompt = latest !== undefined ? latest : heard;
  const [results, setResults] = useState<SignInItemResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => subscribe('signIn.prompt', (p) => p.job_id === jobId && setPrompt(p)), [jobId]);

  const finished = useCallback(() => {
    void call('jobs.get', { id: jobId, include_results: true }).then((j) => {
      const r = j.results as SignInItemResult[];
      setResults(r);
      onDone?.(r);
    }).catch((err: unknown) => setError(`The sign-in results could not be read: ${errorMessage(err)}`));
  }, [jobId, onDone]);

  return (
    <div className="sign-in" data-testid="sign-in-progress">
      <JobProgress jobId={jobId} label="Signing in" onDone={finished} />
      {error && <p className="error" role="alert" data-testid="sign-in-error">{error}</p>}
      {!results && prompt && (
        <div className="check" role="status" data-testid="sign-in-waiting">
          <p>
            {prompt.status === 'waiting'
              ? <>Waiting for you in the browser{prompt.total > 1 ? ` (${prompt.index} of ${prompt.total})` : ''}: sign in{prompt.email ? <> as <strong>{prompt.email}</strong></> : ''} and allow access.</>
              : 'Back from the browser: connecting and testing…'}
          </p>
          {prompt.status === 'waiting' && (
            <label className="field">
              No browser window? Open this address yourself:
              <input readOnly value={prompt.url} onFocus={(e) => e.target.select()} data-testid="sign-in-url" />
            </label>
          )}
        </div>
      )}
      {results && (
        <ul className="results" data-testid="sign-in-results">
          {results.map((r, i) => (
            <li key={`${r.requested ?? r.email ?? ''}-${i}`} className={r.ok ? 'ok-text' : 'error'} data-testid="sign-in-result" data-outcome={r.outcome} data-ok={r.ok}>
              <strong>{r.email ?? r.requested ?? 'Sign-in'}</strong>: {r.message}
              {r.test && !r.test.ok && (
                <> — SMTP {r.test.smtp.ok ? 'ok' : errorWords(r.test.smtp.error)}, IMAP {r.test.imap.ok ? 'ok' : errorWords(r.test.imap.error)}</>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
