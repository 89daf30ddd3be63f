import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Settings, SettingsView } from '../../../../shared/connection';
import { call, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { numberOrText, useSettingsSave } from '../../components/use-settings-save';

type NumberKey = Exclude<keyof Settings, 'dns_servers'>;

const NUMBERS: [NumberKey, string, string][] = [
  ['connect_timeout_ms', 'Connect timeout (ms)', 'TCP connect and implicit-TLS handshake'],
  ['greeting_timeout_ms', 'Greeting timeout (ms)', 'Server greeting and STARTTLS upgrade'],
  ['socket_timeout_ms', 'Silence timeout (ms)', 'Longest pause allowed during TLS and login'],
  ['probe_deadline_ms', 'Whole check limit (ms)', 'Hard cap on one SMTP or IMAP check'],
  ['test_concurrency', 'Tests at once', 'Connections open at the same time, overall'],
  ['test_per_host_concurrency', 'Tests at once per server', 'Keeps big providers from seeing a burst of logins'],
  ['dns_timeout_ms', 'DNS timeout (ms)', 'Per try'],
  ['dns_tries', 'DNS tries', 'Per question'],
  ['dns_max_in_flight', 'DNS questions at once', 'Over all audits; lower it if your router drops lookups during audits'],
  ['scan_deadline_ms', 'Mailbox scan limit (ms)', 'Hard cap on reading one inbox; the next scan goes on where it stopped'],
  ['sign_in_timeout_ms', 'Sign-in wait (ms)', 'How long a sign-in waits for you in the browser'],
];

const toForm = (s: Settings): Record<string, string> => ({
  ...Object.fromEntries(NUMBERS.map(([k]) => [k, String(s[k])])),
  dns_servers: s.dns_servers.join(', '),
});

export function ConnectionSettings() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings.get', undefined) });
  if (settings.error) return <p className="error" role="alert">{errorMessage(settings.error)}</p>;
  if (!settings.data) return null;
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: SettingsView }) {
  const [form, setForm] = useState<Record<string, string>>(() => toForm(initial));
  const { errors, saved, save } = useSettingsSave();
  // Saved values the app set aside at start (e.g. a DNS server Node cannot use): shown until fixed;
  // a save refetches settings, so this follows what core says now.
  const warnings = initial.warnings;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch: Record<string, unknown> = Object.fromEntries(NUMBERS.map(([k]) => [k, numberOrText(form[k])]));
    patch.dns_servers = (form.dns_servers ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    void save(patch);
  };

  return (
    <form className="form settings-form" onSubmit={submit} noValidate data-testid="settings-form">
      <fieldset>
        <legend>Connection tests and DNS</legend>
        {warnings.map((w) => (
          <p key={w.field} className="error" role="alert" data-testid={`setting-warning-${w.field}`}>{w.message}</p>
        ))}
        {NUMBERS.map(([k, label, hint]) => (
          <Field key={k} name={k} label={label} hint={hint} error={errors[k]}>
            {(a11y) => <input {...a11y} name={k} value={form[k] ?? ''} onChange={(e) => setForm((f) => ({ ...f, [k]: e.target.value }))} />}
          </Field>
        ))}
        <Field name="dns_servers" label="DNS servers" hint="Comma separated, e.g. 1.1.1.1 or 127.0.0.1:5300; empty = the system's" error={errors.dns_servers}>
          {(a11y) => <input {...a11y} name="dns_servers" value={form.dns_servers ?? ''} onChange={(e) => setForm((f) => ({ ...f, dns_servers: e.target.value }))} />}
        </Field>
      </fieldset>
      {errors._ && <p className="error" role="alert">{errors._}</p>}
      <div className="row end">
        {saved && <span className="ok-text" data-testid="settings-saved">Saved</span>}
        <button type="submit" className="primary" data-testid="save-settings">Save settings</button>
      </div>
    </form>
  );
}
