import { useCallback, useState } from 'react';
import type { ImportResult } from '../../../../shared/import';
import { call, errorMessage } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { navigate } from '../../router';
import { plural } from './import-types';
import { RowProblems } from './RowProblems';
import { SignInGroupsPanel } from '../sign-in/SignInGroupsPanel';
import { SIGN_IN_MAX, SIGN_IN_PROVIDERS, type SignInGroups } from '../sign-in/sign-in-groups';

/** The new inboxes that sign in instead of a password, as sign-in groups (older results lack them). */
const signInGroups = (result: ImportResult): SignInGroups => ({
  groups: SIGN_IN_PROVIDERS.map((provider) => ({ provider, ids: (result.needs_sign_in?.[provider] ?? []).slice(0, SIGN_IN_MAX), total: result.needs_sign_in?.[provider]?.length ?? 0 })).filter((g) => g.total > 0),
  skipped: 0,
  connected: 0,
});

/** How the import ended, each failure with line, address, field and reason, and one-click testing. */
export function ImportSummary({ result, onAgain }: { result: ImportResult; onAgain(): void }) {
  const [testJob, setTestJob] = useState<string | null>(result.test_job_id);
  const [testSummary, setTestSummary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const toSignIn = signInGroups(result);
  const needSignIn = toSignIn.groups.reduce((n, g) => n + g.total, 0);

  const onTested = useCallback((p: { done: number; failed: number }) => setTestSummary(`${p.done - p.failed} passed, ${p.failed} failed`), []);

  const testAll = async () => {
    setError(null);
    try {
      setTestJob((await call('accounts.test', { ids: result.account_ids })).job_id);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="panel" data-testid="import-summary">
      <h2>{result.cancelled ? 'Import cancelled' : result.stopped_reason ? 'Import stopped' : 'Import finished'}</h2>
      {result.stopped_reason && <p className="error" role="alert">{result.stopped_reason}</p>}
      <ul className="counts">
        <li data-testid="count-created"><strong>{result.created.toLocaleString('en-US')}</strong> created</li>
        <li data-testid="count-updated"><strong>{result.updated.toLocaleString('en-US')}</strong> updated</li>
        <li data-testid="count-skipped"><strong>{result.skipped.toLocaleString('en-US')}</strong> skipped (already there)</li>
        <li data-testid="count-failed" className={result.failed ? 'error' : ''}><strong>{result.failed.toLocaleString('en-US')}</strong> failed</li>
      </ul>
      {result.cancelled && <p className="muted">Rows before the cancel were imported completely; nothing after it was touched.</p>}
      <div className="row">
        {result.account_ids.length > 0 && !testJob && (
          <button type="button" className="primary" onClick={() => void testAll()} data-testid="test-imported">
            Test the imported inboxes ({plural(result.account_ids.length, 'inbox', 'inboxes')})
          </button>
        )}
        {needSignIn > 0 && !signingIn && (
          <button type="button" className="primary" onClick={() => setSigningIn(true)} data-testid="sign-in-imported">
            Sign in the {plural(needSignIn, 'inbox', 'inboxes')} that need it
          </button>
        )}
        <button type="button" onClick={() => navigate('#/accounts')} data-testid="view-inboxes">View inboxes</button>
        <button type="button" onClick={onAgain}>Import another file</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {signingIn && <SignInGroupsPanel groups={toSignIn} onClose={() => setSigningIn(false)} testId="import-sign-in" />}
      {testJob && (
        <div className="row">
          <JobProgress jobId={testJob} label="Testing connections" onDone={onTested} />
          {testSummary && <span data-testid="test-summary">{testSummary}</span>}
        </div>
      )}
      <RowProblems errors={result.errors} total={result.errors_total} title="Rows not imported" testId="import-failures" />
    </section>
  );
}
