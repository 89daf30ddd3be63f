import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { LOOPBACK_REDIRECT, OAUTH_PROVIDERS, type OAuthProvider, type SignInApp } from '../../../../shared/oauth';
import { ApiError, call, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { useClients } from '../../queries';
import { PROVIDER_NAME as NAME } from '../sign-in/sign-in-groups';


/** How to create the agency's own OAuth client at each provider, in three steps. */
function Steps({ provider }: { provider: OAuthProvider }) {
  if (provider === 'microsoft') {
    return (
      <ol className="steps" data-testid="steps-microsoft">
        <li>In the Microsoft Entra admin center, open <strong>App registrations → New registration</strong>. Choose who may sign in (this organisation, or any organisation), and add the redirect URI <code>{LOOPBACK_REDIRECT}</code> under <strong>Mobile and desktop applications</strong>.</li>
        <li>Under <strong>API permissions</strong> add the delegated permissions <code>IMAP.AccessAsUser.All</code> and <code>SMTP.Send</code> (Office 365 Exchange Online) and <code>offline_access</code>, <code>openid</code>, <code>email</code>, then grant admin consent. Each mailbox needs Authenticated SMTP turned on.</li>
        <li>Copy the <strong>Application (client) ID</strong> — and, for a single-tenant app, the <strong>Directory (tenant) ID</strong> — into the form below. No client secret is needed.</li>
      </ol>
    );
  }
  return (
    <ol className="steps" data-testid="steps-google">
      <li>In Google Cloud Console, open <strong>APIs &amp; Services → OAuth consent screen</strong> and create an <strong>Internal</strong> app (your Workspace users only; no Google review needed) with the scope <code>https://mail.google.com/</code>.</li>
      <li>Under <strong>Credentials → Create credentials → OAuth client ID</strong>, choose the application type <strong>Desktop app</strong> (it accepts the loopback redirect <code>{LOOPBACK_REDIRECT}</code> on any port).</li>
      <li>Copy the <strong>client ID</strong> and <strong>client secret</strong> into the form below. The secret goes to your system keychain, never to the database.</li>
    </ol>
  );
}

type Form = { id?: string; provider: OAuthProvider; label: string; client_id: string; client_secret: string; tenant: string; issuer: string; agency_client_id: string };
const empty = (provider: OAuthProvider = 'microsoft'): Form => ({ provider, label: '', client_id: '', client_secret: '', tenant: '', issuer: '', agency_client_id: '' });
const fromApp = (a: SignInApp): Form => ({
  id: a.id, provider: a.provider, label: a.label, client_id: a.client_id, client_secret: '', tenant: a.tenant ?? '', issuer: a.issuer ?? '', agency_client_id: a.agency_client_id ?? '',
});

/** Settings → Sign-in apps: the agency's OAuth client per provider (optionally per client). */
export function SignInApps() {
  const qc = useQueryClient();
  const apps = useQuery({ queryKey: ['signInApps'], queryFn: () => call('signInApps.list', undefined) });
  const clients = useClients();
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const set = (k: keyof Form, v: string) => setForm((f) => (f ? { ...f, [k]: v } : f));
  const refresh = () => qc.invalidateQueries({ queryKey: ['signInApps'] });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setErrors({});
    try {
      await call('signInApps.save', {
        ...(form.id ? { id: form.id } : {}),
        provider: form.provider,
        ...(form.label.trim() ? { label: form.label } : {}),
        client_id: form.client_id,
        ...(form.client_secret ? { client_secret: form.client_secret } : {}),
        ...(form.provider === 'microsoft' ? { tenant: form.tenant } : {}),
        issuer: form.issuer,
        agency_client_id: form.agency_client_id || null,
      });
      setForm(null);
      await refresh();
    } catch (err) {
      setErrors(err instanceof ApiError && Object.keys(err.fields).length ? err.fields : { _: errorMessage(err) });
    }
  };

  const remove = async (a: SignInApp) => {
    setProblem(null);
    try {
      await call('signInApps.delete', { id: a.id });
      await refresh();
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };

  const input = (k: keyof Form, label: string, hint?: string, type = 'text') => (
    <Field name={`app_${k}`} label={label} hint={hint} error={errors[k]}>
      {(a11y) => <input {...a11y} type={type} value={form?.[k] ?? ''} autoComplete="off" onChange={(e) => set(k, e.target.value)} data-testid={`app-${k}`} />}
    </Field>
  );

  return (
    <section className="check" data-testid="sign-in-apps">
      <h2>Sign-in apps (Google and Microsoft)</h2>
      <p className="muted">
        “Sign in with Microsoft / Google” uses your organisation’s own OAuth app, so the consent screen shows your name and
        Google’s full-mail access needs no public verification. Add one per provider; optionally another per client whose
        own tenant or Workspace you connect.
      </p>
      {apps.error && <p className="error">{errorMessage(apps.error)}</p>}
      {problem && <p className="error" role="alert">{problem}</p>}
      <ul className="apps">
        {apps.data?.map((a) => (
          <li key={a.id} data-testid="sign-in-app" data-provider={a.provider}>
            <strong>{a.label}</strong>
            <span className="muted">{NAME[a.provider]} · client ID <code>{a.client_id}</code>{a.tenant ? ` · tenant ${a.tenant}` : ''}{a.secret_stored ? ' · secret in keychain' : ''}</span>
            <span className="muted">{a.agency_client_name ? `for ${a.agency_client_name}` : 'for all clients'} · {a.account_count} inbox{a.account_count === 1 ? '' : 'es'}</span>
            <span className="grow" />
            <button type="button" onClick={() => setForm(fromApp(a))}>Edit</button>
            <button type="button" className="danger-link" onClick={() => void remove(a)}>Delete</button>
          </li>
        ))}
      </ul>
      {!form && (
        <div className="row">
          {OAUTH_PROVIDERS.map((p) => (
            <button key={p} type="button" onClick={() => setForm(empty(p))} data-testid={`add-app-${p}`}>+ Add {NAME[p]} app</button>
          ))}
        </div>
      )}
      {form && (
        <form className="form" onSubmit={save} noValidate data-testid="sign-in-app-form">
          <Steps provider={form.provider} />
          <fieldset>
            <legend>{form.id ? 'Edit' : 'New'} {NAME[form.provider]} sign-in app</legend>
            {input('client_id', form.provider === 'microsoft' ? 'Application (client) ID' : 'Client ID')}
            {form.provider === 'google' && input('client_secret', 'Client secret', form.id ? 'Leave empty to keep the stored secret' : 'Kept in your system keychain', 'password')}
            {form.provider === 'microsoft' && input('tenant', 'Tenant', 'Directory (tenant) ID or domain; empty = organizations (any work account)')}
            <Field name="app_agency_client_id" label="Used for" error={errors.agency_client_id}>
              {(a11y) => (
                <select {...a11y} value={form.agency_client_id} onChange={(e) => set('agency_client_id', e.target.value)} data-testid="app-agency_client_id">
                  <option value="">All clients</option>
                  {clients.data?.map((c) => <option key={c.id} value={c.id}>{c.name} only</option>)}
                </select>
              )}
            </Field>
            {input('label', 'Name (optional)')}
            {input('issuer', 'Custom authorization server (advanced)', 'Its issuer URL, e.g. for a sovereign cloud; empty = the provider’s own')}
          </fieldset>
          {errors._ && <p className="error" role="alert">{errors._}</p>}
          <div className="row end">
            <button type="button" onClick={() => { setForm(null); setErrors({}); }}>Cancel</button>
            <button type="submit" className="primary" data-testid="save-app">Save app</button>
          </div>
        </form>
      )}
    </section>
  );
}
