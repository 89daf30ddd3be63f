import { useState, type FormEvent } from 'react';
import type { OAuthProvider } from '../../../../shared/oauth';
import { Field } from '../../components/Field';
import { useClients } from '../../queries';
import { SignInProgress } from './SignInProgress';
import { useSignIn } from './use-sign-in';
import { PROVIDER_NAME as NAME } from './sign-in-groups';


/** Addresses from a pasted list: one per line, or separated by commas, semicolons or spaces. */
export const parseAddresses = (text: string): string[] => [...new Set(text.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean))];

/**
 * Connect many inboxes of one Microsoft tenant or Google Workspace in one sitting: the browser
 * sign-in repeats with each address in turn as the login hint. Addresses that are already
 * inboxes switch to sign-in; the others are added.
 */
export function BulkSignIn() {
  const clients = useClients();
  const signIn = useSignIn();
  const [provider, setProvider] = useState<OAuthProvider>('microsoft');
  const [text, setText] = useState('');
  const [clientId, setClientId] = useState('');
  const [test, setTest] = useState(true);
  const addresses = parseAddresses(text);

  const start = (e: FormEvent) => {
    e.preventDefault();
    void signIn.start({ provider, emails: addresses, client_id: clientId || null, test });
  };
  const running = signIn.starting || !!signIn.jobId;

  return (
    <section className="screen">
      <header className="screen-head"><h1><a href="#/accounts">Accounts</a> / Sign in many inboxes</h1></header>
      <form className="form" onSubmit={start} noValidate data-testid="bulk-sign-in">
        <fieldset>
          <legend>One tenant or Workspace, one sitting</legend>
          <div className="field" role="radiogroup" aria-label="Provider">
            {(['microsoft', 'google'] as const).map((p) => (
              <label key={p} className="checkbox-inline">
                <input type="radio" name="provider" checked={provider === p} onChange={() => setProvider(p)} data-testid={`bulk-provider-${p}`} /> {NAME[p]}
              </label>
            ))}
          </div>
          <Field name="bulk_emails" label="Addresses" hint={`One per line (or separated by commas); at most 500. ${addresses.length} address${addresses.length === 1 ? '' : 'es'}.`} error={signIn.error?.fields.emails}>
            {(a11y) => <textarea {...a11y} rows={8} value={text} onChange={(e) => setText(e.target.value)} data-testid="bulk-emails" />}
          </Field>
          <Field name="bulk_client" label="Client" error={signIn.error?.fields.client_id}>
            {(a11y) => (
              <select {...a11y} value={clientId} onChange={(e) => setClientId(e.target.value)}>
                <option value="">No client</option>
                {clients.data?.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            )}
          </Field>
          <div className="field checkbox">
            <label><input type="checkbox" checked={test} onChange={(e) => setTest(e.target.checked)} /> Test SMTP and IMAP after each sign-in</label>
          </div>
        </fieldset>
        <p className="muted">Your browser opens {NAME[provider]}’s sign-in page for each address in turn. Sign in as that address and allow access; the next one follows.</p>
        {signIn.error && <p className="error" role="alert">{signIn.error.message}</p>}
        <div className="row end">
          <button type="submit" className="primary" disabled={running || addresses.length === 0} data-testid="start-bulk-sign-in">
            Sign in {addresses.length || ''} inbox{addresses.length === 1 ? '' : 'es'} with {NAME[provider]}
          </button>
        </div>
      </form>
      {signIn.jobId && <SignInProgress key={signIn.jobId} jobId={signIn.jobId} latest={signIn.prompt} />}
    </section>
  );
}
