import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { IMAP_SECURITIES, PROVIDERS, PROVIDER_DAILY_CAP, SMTP_SECURITIES } from '../../../../shared/domain';
import type { OAuthProvider, SignInItemResult } from '../../../../shared/oauth';
import { ApiError, call, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { useAccount, useCall, useClients } from '../../queries';
import { navigate } from '../../router';
import { autoconfigPatch, emptyForm, formFromAccount, PROVIDER_DEFAULTS, toCreateInput, toSignInInput, toUpdateInput, type FormState } from './account-form-state';
import { SignInProgress } from '../sign-in/SignInProgress';
import { useSignIn } from '../sign-in/use-sign-in';

type Method = 'password' | OAuthProvider;
const METHODS: { value: Method; label: string }[] = [
  { value: 'password', label: 'Password (SMTP/IMAP)' },
  { value: 'microsoft', label: 'Sign in with Microsoft' },
  { value: 'google', label: 'Sign in with Google' },
];

export function AccountForm({ id }: { id?: string }) {
  const editing = !!id;
  const existing = useAccount(id);
  const clients = useClients();
  const create = useCall('accounts.create');
  const update = useCall('accounts.update');
  const [form, setForm] = useState<FormState>(emptyForm);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  // Read when an autoconfig answer arrives, which may be after the user typed more.
  const touchedRef = useRef(new Set<string>());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [autoNote, setAutoNote] = useState<string | null>(null);
  // New inboxes: password, or browser sign-in. Signed-in inboxes: switch back to a password.
  const [method, setMethod] = useState<Method>('password');
  const [usePassword, setUsePassword] = useState(false);
  const signIn = useSignIn();
  const onSignedIn = useCallback((results: SignInItemResult[]) => {
    if (results.length > 0 && results.every((r) => r.ok)) navigate('#/accounts');
  }, []);

  useEffect(() => {
    if (existing.data) setForm(formFromAccount(existing.data));
  }, [existing.data]);

  // After a rejected save, take the user to the first field that needs fixing.
  useEffect(() => {
    const first = Object.keys(errors)[0];
    if (first) document.getElementById(`f-${first}`)?.focus();
  }, [errors]);

  const set = (key: keyof FormState, value: string | boolean) => {
    setForm((f) => ({ ...f, [key]: value }));
    touchedRef.current.add(key);
    setTouched((t) => new Set(t).add(key));
  };

  const setProvider = (provider: string) => {
    // Suggest the provider's servers, never overwriting what the user typed.
    setForm((f) => {
      const next = { ...f, provider };
      for (const [k, v] of Object.entries(PROVIDER_DEFAULTS[provider] ?? {})) {
        if (!touched.has(k) && !editing) (next as Record<string, unknown>)[k] = v;
      }
      return next;
    });
  };

  // Typing the address suggests provider and hosts from its domain's MX (new inboxes only).
  const suggestFromEmail = async () => {
    if (editing || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.email.trim())) return;
    try {
      const c = await call('accounts.autoconfig', { email: form.email.trim() });
      setForm((f) => ({ ...f, ...autoconfigPatch(c, touchedRef.current) }));
      setAutoNote(c.note);
    } catch {
      setAutoNote(null);
    }
  };

  const chooseMethod = (m: Method) => {
    setMethod(m);
    if (m === 'password') return;
    setProvider(m);
    // The address's MX must not talk the form out of the provider the user signs in with.
    touchedRef.current.add('provider');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setSummary(null);
    if (!editing && method !== 'password') {
      await signIn.start(toSignInInput(form, method));
      return;
    }
    try {
      if (editing) await update.mutateAsync(toUpdateInput(id, form, { toPassword: usePassword }));
      else await create.mutateAsync(toCreateInput(form));
      navigate('#/accounts');
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
        setErrors(err.fields);
        setSummary(`Please fix ${Object.keys(err.fields).length === 1 ? 'the highlighted field' : 'the highlighted fields'}.`);
      } else setSummary(errorMessage(err));
    }
  };

  if (editing && existing.error) return <p className="error" role="alert">{errorMessage(existing.error)}</p>;
  if (editing && !existing.data) return <p>Loading…</p>;

  const text = (name: keyof FormState, label: string, opts: { type?: string; hint?: string; placeholder?: string; autoComplete?: string } = {}) => (
    <Field name={name} label={label} error={fieldErrors[name]} hint={opts.hint}>
      {(a11y) => (
        <input
          {...a11y}
          name={name}
          type={opts.type ?? 'text'}
          value={form[name] as string}
          placeholder={opts.placeholder}
          autoComplete={opts.autoComplete ?? 'off'}
          onChange={(e) => set(name, e.target.value)}
        />
      )}
    </Field>
  );
  const select = (name: keyof FormState, label: string, options: readonly string[], onChange?: (v: string) => void) => (
    <Field name={name} label={label} error={fieldErrors[name]}>
      {(a11y) => (
        <select {...a11y} name={name} value={form[name] as string} onChange={(e) => (onChange ?? ((v) => set(name, v)))(e.target.value)}>
          {options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      )}
    </Field>
  );
  const passwordHint = editing ? 'Leave empty to keep the password stored in your keychain' : undefined;
  const busy = create.isPending || update.isPending || signIn.starting || (!!signIn.jobId && !signIn.error);
  const signedIn = editing && existing.data?.auth_method === 'oauth';
  const withPassword = editing ? !signedIn || usePassword : method === 'password';
  const fieldErrors = { ...errors, ...(signIn.error?.fields ?? {}) };
  const signingIn = !editing && method !== 'password';
  const submitLabel = busy ? (signingIn ? 'Signing in…' : 'Saving…') : editing ? 'Save changes' : signingIn ? METHODS.find((m) => m.value === method)!.label : 'Add inbox';

  return (
    <section className="screen">
      <header className="screen-head">
        <h1>{editing ? `Edit ${existing.data?.email}` : 'Add inbox'}</h1>
      </header>
      <form className="form" onSubmit={submit} noValidate data-testid="account-form">
        {summary && <p className="error" role="alert" data-testid="form-error">{summary}</p>}
        {signIn.error && <p className="error" role="alert" data-testid="sign-in-error">{signIn.error.message}</p>}

        {!editing && (
          <fieldset data-testid="login-method-choice">
            <legend>How this inbox logs in</legend>
            <div className="field" role="radiogroup" aria-label="How this inbox logs in">
              {METHODS.map((m) => (
                <label key={m.value} className="checkbox-inline">
                  <input type="radio" name="login_method" value={m.value} checked={method === m.value} onChange={() => chooseMethod(m.value)} data-testid={`method-${m.value}`} /> {m.label}
                </label>
              ))}
            </div>
            <small className="hint">
              {method === 'password'
                ? 'The password is kept in your system keychain. Microsoft 365 ends password logins for SMTP by default at the end of 2026; Outlook.com already has.'
                : `Your browser opens ${method === 'microsoft' ? 'Microsoft' : 'Google'}’s sign-in page; after you allow access the inbox is connected and tested. No password is stored. Leave the address empty to use whichever account you sign in with.`}
            </small>
          </fieldset>
        )}

        <fieldset>
          <legend>Inbox</legend>
          <Field name="email" label="Email address" error={fieldErrors.email} hint={autoNote ?? undefined}>
            {(a11y) => (
              <input {...a11y} name="email" type="email" value={form.email} autoComplete="off" data-testid="email-input"
                onChange={(e) => set('email', e.target.value)} onBlur={() => void suggestFromEmail()} />
            )}
          </Field>
          {text('display_name', 'Display name')}
          {select('provider', 'Provider', PROVIDERS, setProvider)}
          <Field name="client_id" label="Client" error={fieldErrors.client_id}>
            {(a11y) => (
              <select {...a11y} name="client_id" value={form.client_id} onChange={(e) => set('client_id', e.target.value)}>
                <option value="">No client</option>
                {clients.data?.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>SMTP (sending)</legend>
          {text('smtp_host', 'SMTP host', { placeholder: 'smtp.example.com' })}
          {text('smtp_port', 'SMTP port', { type: 'text' })}
          {select('smtp_security', 'SMTP security', SMTP_SECURITIES)}
          {text('smtp_username', 'SMTP username', { hint: 'Leave empty to use the email address' })}
          {withPassword && text('smtp_password', 'SMTP password', { type: 'password', hint: usePassword ? 'The password this inbox will log in with from now on' : passwordHint, placeholder: editing && !usePassword ? 'unchanged — stored in keychain' : '', autoComplete: 'new-password' })}
          {signedIn && (
            <div className="field checkbox">
              <span data-testid="signed-in-note">Signs in with {existing.data?.provider === 'google' ? 'Google' : 'Microsoft'}: no password stored.</span>
              <label>
                <input type="checkbox" checked={usePassword} onChange={(e) => setUsePassword(e.target.checked)} data-testid="use-password-instead" /> Use a password instead
              </label>
            </div>
          )}
        </fieldset>

        <fieldset>
          <legend>IMAP (reading)</legend>
          {text('imap_host', 'IMAP host', { hint: 'Leave empty to use the SMTP host' })}
          {text('imap_port', 'IMAP port', { hint: 'Leave empty for 993 (TLS) or 143' })}
          {select('imap_security', 'IMAP security', IMAP_SECURITIES)}
          {text('imap_username', 'IMAP username', { hint: 'Leave empty to use the SMTP username' })}
          {withPassword && text('imap_password', 'IMAP password', {
            type: 'password',
            hint: editing ? 'Leave empty to keep the current IMAP password' : 'Leave empty to use the SMTP password',
            placeholder: editing ? 'unchanged' : '',
            autoComplete: 'new-password',
          })}
        </fieldset>

        <fieldset>
          <legend>Security</legend>
          <div className="field checkbox">
            <label>
              <input type="checkbox" name="allow_self_signed" checked={form.allow_self_signed} onChange={(e) => set('allow_self_signed', e.target.checked)} data-testid="allow-self-signed" /> Allow self-signed certificate
            </label>
            <small className="hint">
              {form.allow_self_signed
                ? 'Certificates are still checked for host name and dates, but a self-signed one from these servers is trusted. Only tick this for servers you run.'
                : 'Certificates are verified against trusted authorities.'}
            </small>
          </div>
        </fieldset>

        <fieldset>
          <legend>Sending</legend>
          {text('daily_limit', 'Daily send limit', { hint: `At most ${PROVIDER_DAILY_CAP[form.provider as keyof typeof PROVIDER_DAILY_CAP]?.toLocaleString() ?? '—'} for ${form.provider}` })}
          {text('min_minutes_between_sends', 'Minimum minutes between sends')}
          {text('reply_to', 'Reply-to address', { type: 'email' })}
          {text('bcc', 'BCC address', { type: 'email' })}
          {text('tracking_domain', 'Custom tracking domain', { placeholder: 'track.example.com' })}
          {text('tags', 'Tags', { hint: 'Comma separated' })}
          <Field name="signature_html" label="Signature (HTML)" error={fieldErrors.signature_html}>
            {(a11y) => <textarea {...a11y} name="signature_html" rows={3} value={form.signature_html} onChange={(e) => set('signature_html', e.target.value)} />}
          </Field>
        </fieldset>

        <fieldset>
          <legend>Warmup</legend>
          <div className="field checkbox">
            <label>
              <input type="checkbox" name="warmup_enabled" checked={form.warmup_enabled} onChange={(e) => set('warmup_enabled', e.target.checked)} /> Warmup enabled
            </label>
          </div>
          {text('warmup_per_day', 'Warmup emails per day')}
          {text('warmup_daily_rampup', 'Daily ramp-up')}
          {text('warmup_target_reply_rate', 'Target reply rate %')}
        </fieldset>

        <div className="row end">
          {!editing && (
            <label className="checkbox-inline">
              <input type="checkbox" checked={form.test_after_save} onChange={(e) => set('test_after_save', e.target.checked)} data-testid="test-after-save" /> Test the connection after saving
            </label>
          )}
          <button type="button" onClick={() => navigate('#/accounts')}>Cancel</button>
          <button type="submit" className="primary" disabled={busy} data-testid="save-account">{submitLabel}</button>
        </div>
        {signIn.jobId && <SignInProgress key={signIn.jobId} jobId={signIn.jobId} latest={signIn.prompt} onDone={onSignedIn} />}
      </form>
    </section>
  );
}
