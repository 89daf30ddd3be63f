import { useEffect, useRef, useState, type FormEvent } from 'react';
import { IMAP_SECURITIES, PROVIDERS, PROVIDER_DAILY_CAP, SMTP_SECURITIES } from '../../../shared/domain';
import { ApiError, call, errorMessage } from '../api';
import { Field } from '../components/Field';
import { useAccount, useCall, useClients } from '../queries';
import { navigate } from '../router';
import { autoconfigPatch, emptyForm, formFromAccount, PROVIDER_DEFAULTS, toCreateInput, toUpdateInput, type FormState } from './account-form-state';

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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setSummary(null);
    try {
      if (editing) await update.mutateAsync(toUpdateInput(id, form));
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
    <Field name={name} label={label} error={errors[name]} hint={opts.hint}>
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
    <Field name={name} label={label} error={errors[name]}>
      {(a11y) => (
        <select {...a11y} name={name} value={form[name] as string} onChange={(e) => (onChange ?? ((v) => set(name, v)))(e.target.value)}>
          {options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      )}
    </Field>
  );
  const passwordHint = editing ? 'Leave empty to keep the password stored in your keychain' : undefined;
  const busy = create.isPending || update.isPending;

  return (
    <section className="screen">
      <header className="screen-head">
        <h1>{editing ? `Edit ${existing.data?.email}` : 'Add inbox'}</h1>
      </header>
      <form className="form" onSubmit={submit} noValidate data-testid="account-form">
        {summary && <p className="error" role="alert" data-testid="form-error">{summary}</p>}

        <fieldset>
          <legend>Inbox</legend>
          <Field name="email" label="Email address" error={errors.email} hint={autoNote ?? undefined}>
            {(a11y) => (
              <input {...a11y} name="email" type="email" value={form.email} autoComplete="off" data-testid="email-input"
                onChange={(e) => set('email', e.target.value)} onBlur={() => void suggestFromEmail()} />
            )}
          </Field>
          {text('display_name', 'Display name')}
          {select('provider', 'Provider', PROVIDERS, setProvider)}
          <Field name="client_id" label="Client" error={errors.client_id}>
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
          {text('smtp_password', 'SMTP password', { type: 'password', hint: passwordHint, placeholder: editing ? 'unchanged — stored in keychain' : '', autoComplete: 'new-password' })}
        </fieldset>

        <fieldset>
          <legend>IMAP (reading)</legend>
          {text('imap_host', 'IMAP host', { hint: 'Leave empty to use the SMTP host' })}
          {text('imap_port', 'IMAP port', { hint: 'Leave empty for 993 (TLS) or 143' })}
          {select('imap_security', 'IMAP security', IMAP_SECURITIES)}
          {text('imap_username', 'IMAP username', { hint: 'Leave empty to use the SMTP username' })}
          {text('imap_password', 'IMAP password', {
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
          <Field name="signature_html" label="Signature (HTML)" error={errors.signature_html}>
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
          <button type="submit" className="primary" disabled={busy} data-testid="save-account">{busy ? 'Saving…' : editing ? 'Save changes' : 'Add inbox'}</button>
        </div>
      </form>
    </section>
  );
}
