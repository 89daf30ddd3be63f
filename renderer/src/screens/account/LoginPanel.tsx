import { useQuery } from '@tanstack/react-query';
import type { Account } from '../../../../shared/domain';
import type { OAuthProvider } from '../../../../shared/oauth';
import { call, errorMessage } from '../../api';
import { LoginChip } from '../../components/LoginChip';
import { navigate } from '../../router';
import { SignInProgress } from '../sign-in/SignInProgress';
import { useSignIn } from '../sign-in/use-sign-in';
import { PROVIDER_NAME as NAME } from '../sign-in/sign-in-groups';


/** Account detail: how the inbox logs in, the end of password logins at its provider, and sign-in. */
export function LoginPanel({ account }: { account: Account }) {
  const readiness = useQuery({
    queryKey: ['accounts', 'readiness', account.id, account.auth_method],
    queryFn: () => call('accounts.authReadiness', { id: account.id }),
  });
  const signIn = useSignIn();
  const r = readiness.data?.items[0]?.readiness;
  const kind = r?.kind;
  const provider: OAuthProvider | null =
    account.provider === 'google' || account.provider === 'microsoft' ? account.provider
      : kind === 'microsoft_365' || kind === 'outlook_consumer' ? 'microsoft' : kind === 'google_workspace' || kind === 'gmail' ? 'google' : null;
  const start = () => provider && void signIn.start({ provider, account_ids: [account.id] });
  const oauth = account.auth_method === 'oauth';

  return (
    <section className="check" data-testid="login-panel">
      <h2>Login <LoginChip account={account} long /></h2>
      <p data-testid="login-method">
        {oauth
          ? `Signs in with ${NAME[account.provider as OAuthProvider] ?? 'OAuth'} (XOAUTH2). No password is stored; the sign-in lives in your system keychain.`
          : 'Password, kept in your system keychain.'}
        {account.sign_in === 'expired' && <strong className="error"> Sign-in expired — sign in again.</strong>}
        {account.sign_in === 'needs_sign_in' && <strong className="warn"> Not signed in yet.</strong>}
      </p>
      {r && r.level !== 'ok' && (
        <div className={r.level === 'blocked' ? 'error' : 'warn'} data-testid="readiness" data-level={r.level}>
          <p>{r.message}</p>
          {r.action && <p><strong>What to do:</strong> {r.action}</p>}
        </div>
      )}
      {readiness.error && <p className="error">{errorMessage(readiness.error)}</p>}
      <div className="row">
        {provider && (!oauth || account.sign_in !== 'connected') && (
          <button type="button" className="primary" onClick={start} disabled={signIn.starting || !!signIn.jobId} data-testid="switch-to-sign-in">
            {oauth ? `Sign in again with ${NAME[provider]}` : `Switch to sign-in with ${NAME[provider]}`}
          </button>
        )}
        {oauth && (
          <button type="button" onClick={() => navigate(`#/accounts/${encodeURIComponent(account.id)}/edit`)} data-testid="use-password">Use a password instead…</button>
        )}
      </div>
      {signIn.error && <p className="error" role="alert">{signIn.error.message}</p>}
      {signIn.jobId && <SignInProgress key={signIn.jobId} jobId={signIn.jobId} latest={signIn.prompt} />}
    </section>
  );
}
