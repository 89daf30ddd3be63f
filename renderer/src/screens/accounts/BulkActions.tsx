import { useCallback, useState } from 'react';
import type { BulkAction, BulkOutcome } from '../../../../shared/import';
import type { Client } from '../../../../shared/domain';
import type { AccountFilterInput } from '../../../../shared/validation';
import { call, errorMessage } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JobProgress } from '../../components/JobProgress';
import { SignInGroupsPanel } from '../sign-in/SignInGroupsPanel';
import type { SignInGroups } from '../sign-in/sign-in-groups';
import { describeScope, inboxes, selectedCount, type Selection } from './bulk-scope';
import { resolveSignIn } from './sign-in-scope';

const ACTIONS: Record<BulkAction, { button: string; verb: string; past: string; danger?: boolean; note?: string }> = {
  test: { button: 'Test', verb: 'Test the connections of', past: 'tested' },
  pause: { button: 'Pause', verb: 'Pause', past: 'paused' },
  resume: { button: 'Resume', verb: 'Resume', past: 'resumed' },
  move: { button: 'Move to client…', verb: 'Move', past: 'moved' },
  tag: { button: 'Add tags…', verb: 'Add tags to', past: 'tagged' },
  untag: { button: 'Remove tags…', verb: 'Remove tags from', past: 'untagged' },
  daily_limit: { button: 'Daily limit…', verb: 'Set the daily limit of', past: 'changed' },
  delete: { button: 'Delete', verb: 'Delete', past: 'deleted', danger: true, note: 'Their settings and the passwords in your keychain are removed. This cannot be undone.' },
};

interface Props {
  selection: Selection;
  /** The filter the list shows now (what "all matching" means). */
  filter: AccountFilterInput;
  clients: Client[];
  onStarted(): void;
  onClear(): void;
}

interface Running {
  action: BulkAction;
  scope: string;
  jobId: string | null;
  outcome: BulkOutcome | null;
  /** accounts.test jobs sum up as passed / failed. */
  summary: string | null;
}

/** The bulk bar, the confirmation naming count and scope, and the job's progress and failures. */
export function BulkActions({ selection, filter, clients, onStarted, onClear }: Props) {
  const [pending, setPending] = useState<BulkAction | null>(null);
  const [clientId, setClientId] = useState('');
  const [tags, setTags] = useState('');
  const [limit, setLimit] = useState('50');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  /** "Sign in…": the selection's Google and Microsoft inboxes, once resolved. */
  const [signIn, setSignIn] = useState<{ scope: string; groups: SignInGroups | null; error: string | null } | null>(null);

  const count = selectedCount(selection);
  const scope = describeScope(selection, filter, clients);

  const run = async (action: BulkAction) => {
    const target = selection.kind === 'ids' ? { ids: [...selection.ids] } : { filter };
    const tagList = tags.split(',').map((t) => t.trim()).filter(Boolean);
    setBusy(true);
    setError(null);
    try {
      let outcome: BulkOutcome;
      if (action === 'test') {
        const r = await call('accounts.test', target);
        outcome = { job_id: r.job_id, total: count, changed: 0, failed: 0, failures: [] };
      } else if (action === 'pause' || action === 'resume') outcome = await call('accounts.setStatus', { ...target, status: action === 'pause' ? 'paused' : 'active' });
      else if (action === 'delete') outcome = await call('accounts.delete', target);
      else if (action === 'move') outcome = await call('accounts.setClient', { ...target, client_id: clientId || null });
      else if (action === 'tag') outcome = await call('accounts.tag', { ...target, add: tagList });
      else if (action === 'untag') outcome = await call('accounts.tag', { ...target, remove: tagList });
      else outcome = await call('accounts.setDailyLimit', { ...target, daily_limit: /^\d+$/.test(limit.trim()) ? Number(limit) : (limit as unknown as number) });
      setRunning({ action, scope, jobId: outcome.job_id, outcome: outcome.job_id ? null : outcome, summary: null });
      setPending(null);
      onStarted();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const onJobDone = useCallback(async (p: { id: string; done: number; failed: number; status: string }) => {
    const job = await call('jobs.get', { id: p.id }).catch((err: unknown) => {
      setError(errorMessage(err));
      return null;
    });
    if (!job) return;
    const summary = job.kind === 'accounts.test' ? `${p.done - p.failed} passed, ${p.failed} failed${p.status === 'cancelled' ? ' (cancelled)' : ''}` : null;
    setRunning((r) => (r && r.jobId === p.id ? { ...r, outcome: (job.result as BulkOutcome | null) ?? r.outcome, summary } : r));
  }, []);

  const openSignIn = async () => {
    setSignIn({ scope, groups: null, error: null });
    try {
      const groups = await resolveSignIn(selection, filter);
      setSignIn((cur) => cur && { ...cur, groups });
    } catch (err) {
      setSignIn((cur) => cur && { ...cur, error: errorMessage(err) });
    }
  };

  const spec = pending ? ACTIONS[pending] : null;
  const done = running?.outcome;
  return (
    <>
      {count > 0 && (
        <div className="bulk" data-testid="bulk-bar">
          <span data-testid="bulk-count">{selection.kind === 'filter' ? `All ${inboxes(count)} matching` : `${count.toLocaleString('en-US')} selected`}</span>
          {(Object.keys(ACTIONS) as BulkAction[]).map((a) => (
            <button key={a} type="button" className={ACTIONS[a].danger ? 'danger-link' : ''} onClick={() => { setError(null); setPending(a); }} data-testid={`bulk-${a}`}>
              {ACTIONS[a].button}
            </button>
          ))}
          <button type="button" onClick={() => void openSignIn()} disabled={!!signIn && !signIn.groups && !signIn.error} data-testid="bulk-sign-in">Sign in…</button>
          <button type="button" onClick={onClear} data-testid="bulk-clear">Clear</button>
        </div>
      )}

      {signIn && (
        <div className="bulk-sign-in" data-testid="bulk-sign-in-panel">
          <h2>Sign in {signIn.scope}</h2>
          {!signIn.groups && !signIn.error && <p role="status" className="muted">Finding the Google and Microsoft inboxes…</p>}
          {signIn.error && <p className="error" role="alert">{signIn.error}</p>}
          {signIn.groups && <SignInGroupsPanel groups={signIn.groups} onClose={() => setSignIn(null)} />}
        </div>
      )}

      {running && (
        <div className="bulk-result" data-testid="bulk-result">
          {running.jobId && <JobProgress key={running.jobId} jobId={running.jobId} label={`${ACTIONS[running.action].verb} ${running.scope}`} onDone={onJobDone} />}
          {running.summary && <span data-testid="bulk-summary">{running.summary}</span>}
          {error && !pending && <p className="error" role="alert">{error}</p>}
          {done && (
            <span data-testid="bulk-summary">
              {inboxes(done.changed)} {ACTIONS[running.action].past}{done.failed ? `, ${done.failed.toLocaleString('en-US')} failed` : ''}.
            </span>
          )}
          {done && done.failures.length > 0 && (
            <ul className="failures" data-testid="bulk-failures">
              {done.failures.slice(0, 100).map((f) => <li key={f.id}>{f.email ?? f.id}: {f.reason}</li>)}
              {done.failures.length > 100 && <li className="muted">…and {done.failures.length - 100} more</li>}
            </ul>
          )}
          {(done || running.summary) && <button type="button" onClick={() => setRunning(null)}>Dismiss</button>}
        </div>
      )}

      {pending && spec && (
        <ConfirmDialog
          title={`${spec.button.replace('…', '')}: ${inboxes(count)}`}
          body={`${spec.verb} ${scope}?${spec.note ? ` ${spec.note}` : ''}`}
          confirmLabel={spec.button.replace('…', '')}
          danger={!!spec.danger}
          busy={busy}
          error={error}
          onConfirm={() => void run(pending)}
          onCancel={() => { setPending(null); setError(null); }}
        >
          {pending === 'move' && (
            <div className="field">
              <label htmlFor="bulk-client">Client</label>
              <select id="bulk-client" value={clientId} onChange={(e) => setClientId(e.target.value)} data-testid="bulk-client">
                <option value="">No client</option>
                {clients.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </div>
          )}
          {(pending === 'tag' || pending === 'untag') && (
            <div className="field">
              <label htmlFor="bulk-tags">Tags (comma-separated)</label>
              <input id="bulk-tags" value={tags} onChange={(e) => setTags(e.target.value)} data-testid="bulk-tags" />
            </div>
          )}
          {pending === 'daily_limit' && (
            <div className="field">
              <label htmlFor="bulk-limit">Daily limit</label>
              <input id="bulk-limit" inputMode="numeric" value={limit} onChange={(e) => setLimit(e.target.value)} data-testid="bulk-limit" />
            </div>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}
