import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/connection';
import { call, errorMessage } from '../../api';
import { Field } from '../../components/Field';
import { numberOrText, useSettingsSave } from '../../components/use-settings-save';
import { useClients } from '../../queries';

const NUMBERS = [
  ['alert_bounce_pct', 'Bounce rate alert (%)', 'Alert when an inbox bounces (hard and soft) more than this over 30 days (at least 20 sends)'],
  ['alert_block_pct', 'Block rate alert (%)', 'Alert when receivers refuse more than this of an inbox’s sends over 30 days (at least 20 sends); above 3 % the score counts blocks as bad'],
  ['alert_complaint_pct', 'Complaint rate alert (%)', 'Gmail and Yahoo ask senders to stay under 0.3 %'],
  ['alert_score_drop', 'Score drop alert (points)', 'Alert when a score falls this much between checks'],
] as const;

/** Alert thresholds and per-client auto-pause. */
export function AlertSettings() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings.get', undefined) });
  if (settings.error) return <p className="error" role="alert">{errorMessage(settings.error)}</p>;
  if (!settings.data) return null;
  return <AlertForm initial={settings.data} />;
}

function AlertForm({ initial }: { initial: Settings }) {
  const clients = useClients();
  const [form, setForm] = useState<Record<string, string>>(() => Object.fromEntries(NUMBERS.map(([k]) => [k, String(initial[k])])));
  const [pause, setPause] = useState<Set<string>>(() => new Set(initial.alert_auto_pause_client_ids));
  const { errors, saved, save } = useSettingsSave();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ ...Object.fromEntries(NUMBERS.map(([k]) => [k, numberOrText(form[k])])), alert_auto_pause_client_ids: [...pause] });
  };

  return (
    <form className="form settings-form" onSubmit={submit} noValidate data-testid="alert-settings">
      <fieldset>
        <legend>Alerts</legend>
        {NUMBERS.map(([k, label, hint]) => (
          <Field key={k} name={k} label={label} hint={hint} error={errors[k]}>
            {(a11y) => <input {...a11y} name={k} inputMode="decimal" value={form[k] ?? ''} onChange={(e) => setForm((f) => ({ ...f, [k]: e.target.value }))} />}
          </Field>
        ))}
      </fieldset>
      <fieldset className="list">
        <legend>Auto-pause</legend>
        <p className="hint">Pause an inbox automatically when it crosses the bounce, block or complaint threshold (off unless you tick its client). The alert says it was paused and why.</p>
        {clients.data?.length === 0 && <p className="muted">No clients yet.</p>}
        {clients.data?.map((c) => (
          <label key={c.id} className="checkbox-inline">
            <input
              type="checkbox"
              checked={pause.has(c.id)}
              onChange={(e) => setPause((s) => { const n = new Set(s); if (e.target.checked) n.add(c.id); else n.delete(c.id); return n; })}
              data-testid={`auto-pause-${c.name}`}
            />{' '}
            {c.name}
          </label>
        ))}
      </fieldset>
      {errors._ && <p className="error" role="alert">{errors._}</p>}
      <div className="row end">
        {saved && <span className="ok-text" data-testid="alert-settings-saved">Saved</span>}
        <button type="submit" className="primary" data-testid="save-alert-settings">Save alert settings</button>
      </div>
    </form>
  );
}
