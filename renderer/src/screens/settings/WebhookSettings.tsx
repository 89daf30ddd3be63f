import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { WebhookTestResult } from '../../../../shared/alerts';
import { ApiError, call, errorMessage } from '../../api';
import { Field } from '../../components/Field';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** The workspace webhook (Slack-compatible): set, test, and what happened to recent posts. */
export function WebhookSettings() {
  const qc = useQueryClient();
  const status = useQuery({ queryKey: ['alerts', 'webhook'], queryFn: () => call('alerts.webhookStatus', undefined), refetchInterval: 30_000 });
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [test, setTest] = useState<WebhookTestResult | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (next: string | null) => {
    setError(null);
    setTest(null);
    try {
      qc.setQueryData(['alerts', 'webhook'], await call('alerts.setWebhook', { url: next }));
      setUrl('');
    } catch (err) {
      setError(err instanceof ApiError ? err.fields.url ?? err.message : errorMessage(err));
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(url);
  };
  const sendTest = async () => {
    setBusy(true);
    setTest(null);
    try {
      setTest(await call('alerts.testWebhook', undefined));
    } catch (err) {
      setTest({ ok: false, status: null, message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const s = status.data;
  return (
    <form className="form settings-form" onSubmit={submit} noValidate data-testid="webhook-settings">
      <fieldset className="list">
        <legend>Webhook</legend>
        <p className="hint">
          Each alert digest is also posted as JSON (<code>{'{"text": …}'}</code>, the Slack incoming-webhook format) to this address. Failed
          posts are retried after 30 s, 2 min, 10 min, 30 min, 2 h and 6 h. The address is kept in your system keychain.
        </p>
        <p data-testid="webhook-current">{s?.configured ? <>Posting to <code>{s.url_hint}</code></> : 'No webhook set.'}</p>
        <Field name="url" label={s?.configured ? 'Replace with' : 'Webhook URL'} error={error ?? undefined}>
          {(a11y) => <input {...a11y} name="url" type="url" placeholder="https://hooks.slack.com/services/…" value={url} onChange={(e) => setUrl(e.target.value)} data-testid="webhook-url" />}
        </Field>
        <div className="row">
          <button type="submit" className="primary" disabled={!url.trim()} data-testid="save-webhook">Save webhook</button>
          {s?.configured && <button type="button" onClick={() => void sendTest()} disabled={busy} data-testid="test-webhook">{busy ? 'Sending…' : 'Send test message'}</button>}
          {s?.configured && <button type="button" className="danger-link" onClick={() => void save(null)} data-testid="remove-webhook">Remove</button>}
          {test && <span className={test.ok ? 'ok-text' : 'error'} role="status" data-testid="webhook-test-result">{test.message}</span>}
        </div>
        {s && s.deliveries.length > 0 && (
          <table className="simple" data-testid="webhook-deliveries">
            <caption>Recent posts</caption>
            <thead>
              <tr><th scope="col">Queued</th><th scope="col">Digest</th><th scope="col">Status</th><th scope="col" className="num">Tries</th><th scope="col">Last error</th><th scope="col">Next try</th></tr>
            </thead>
            <tbody>
              {s.deliveries.map((d) => (
                <tr key={d.id} data-testid="webhook-delivery" data-status={d.status}>
                  <td>{when(d.created_at)}</td>
                  <td>{d.title}</td>
                  <td><span className={`chip chip-${d.status === 'delivered' ? 'ok' : d.status === 'failed' ? 'error' : 'warning'}`}>{d.status}</span></td>
                  <td className="num">{d.attempts}</td>
                  <td>{d.last_error ?? '—'}</td>
                  <td>{d.status === 'pending' ? when(d.next_attempt_at) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </fieldset>
    </form>
  );
}
