import { useCallback, useState } from 'react';
import type { OAuthProvider } from '../../../../shared/oauth';
import { describeGroups, PROVIDER_NAME, SIGN_IN_MAX, type SignInGroups } from './sign-in-groups';
import { SignInProgress } from './SignInProgress';
import { useSignIn } from './use-sign-in';

const inboxes = (n: number) => `${n.toLocaleString('en-US')} inbox${n === 1 ? '' : 'es'}`;

/**
 * Signs in existing inboxes group by group (one sitting per provider: the browser opens that
 * provider's page for each inbox in turn), with the sitting's progress and each inbox's outcome.
 */
export function SignInGroupsPanel({ groups, onClose, testId = 'sign-in-groups' }: { groups: SignInGroups; onClose?(): void; testId?: string }) {
  const signIn = useSignIn();
  const [test, setTest] = useState(true);
  /** Providers whose sitting has ended (their button then says "again"). */
  const [done, setDone] = useState<OAuthProvider[]>([]);
  const [current, setCurrent] = useState<OAuthProvider | null>(null);
  const running = signIn.starting || (!!signIn.jobId && current !== null);
  const finished = useCallback(() => {
    setCurrent((p) => {
      if (p) setDone((d) => (d.includes(p) ? d : [...d, p]));
      return null;
    });
  }, []);

  const start = (provider: OAuthProvider, ids: string[]) => {
    setCurrent(provider);
    void signIn.start({ provider, account_ids: ids, test }).then(() => undefined);
  };

  return (
    <section className="panel sign-in-groups" aria-label="Sign in inboxes" data-testid={testId}>
      <p data-testid="sign-in-groups-summary">{describeGroups(groups)}</p>
      {groups.groups.some((g) => g.total > SIGN_IN_MAX) && (
        <p className="warn" role="note" data-testid="sign-in-over-max">
          A sitting signs in at most {SIGN_IN_MAX} inboxes.{' '}
          {groups.groups.filter((g) => g.total > SIGN_IN_MAX).map((g) => `${inboxes(g.total)} on ${PROVIDER_NAME[g.provider]}: the first ${SIGN_IN_MAX} are signed in now.`).join(' ')}{' '}
          Narrow the filter (by client, domain or tag) to sign in the rest.
        </p>
      )}
      {groups.groups.length > 0 && (
        <>
          <p className="muted">Your browser opens the provider’s sign-in page for each inbox in turn: sign in as that address and allow access.</p>
          <label className="checkbox-inline"><input type="checkbox" checked={test} onChange={(e) => setTest(e.target.checked)} data-testid="sign-in-groups-test" /> Test SMTP and IMAP after each sign-in</label>
        </>
      )}
      <div className="row">
        {groups.groups.map((g) => (
          <button key={g.provider} type="button" className="primary" disabled={running} onClick={() => start(g.provider, g.ids)} data-testid={`sign-in-group-${g.provider}`}>
            Sign in {inboxes(g.ids.length)} with {PROVIDER_NAME[g.provider]}{done.includes(g.provider) ? ' again' : ''}
          </button>
        ))}
        {onClose && <button type="button" onClick={onClose} disabled={running} data-testid="sign-in-groups-close">Close</button>}
      </div>
      {signIn.error && <p className="error" role="alert">{signIn.error.message}</p>}
      {signIn.jobId && <SignInProgress key={signIn.jobId} jobId={signIn.jobId} latest={signIn.prompt} onDone={finished} />}
    </section>
  );
}
