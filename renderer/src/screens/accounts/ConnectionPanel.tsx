import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ProbeResult, SendTestEmailResult } from '../../../../shared/connection';
import type { Account } from '../../../../shared/domain';
import { errorMessage } from '../../api';
import { errorWords } from '../../components/error-words';
import { useAccount, useCall } from '../../queries';

function ProbeDetails({ p, name }: { p: ProbeResult | null; name: string }) {
  if (!p) return <p className="muted">{name}: not tested yet.</p>;
  const rows: [string, string | null][] = [
    ['Server', `${p.host}:${p.port}`],
    ['Greeting', p.greeting],
    ['Server reply', p.server_response],
    ['TLS', p.tls_version],
    ['Login methods', p.auth_methods.join(' ') || null],
    ['Certificate', p.certificate ? `${p.certificate.subject} — issued by ${p.certificate.issuer}` : null],
    ['Certificate expires', p.certificate?.valid_to.slice(0, 10) ?? null],
    ['Time', `${p.latency_ms} ms`],
  ];
  return (
    <section className={`probe ${p.ok ? 'ok' : 'bad'}`} data-testid={`probe-${p.protocol}`}>
      <h3>{name}: {p.ok ? 'works' : errorWords(p.error)}</h3>
      <p className={p.ok ? '' : 'error'} data-testid={`probe-${p.protocol}-message`}>{p.message}</p>
      {p.self_signed_allowed && <p className="warn">Self-signed certificate trusted because you allowed it for this inbox.</p>}
      <dl className="kv">
        {rows.filter(([, v]) => v).map(([k, v]) => (
          <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
        ))}
      </dl>
    </section>
  );
}

/** Connection details of one inbox: last SMTP/IMAP results, Test again, send a test email. */
export function ConnectionPanel({ account: initial, onClose }: { account: Account; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const live = useAccount(initial.id);
  const account = live.data ?? initial;
  const test = useCall('accounts.test');
  const send = useCall('accounts.sendTestEmail');
  const [to, setTo] = useState('');
  const [sent, setSent] = useState<SendTestEmailResult | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const onSend = (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    send.mutate({ id: account.id, to: to.trim() }, { onSuccess: setSent });
  };

  return (
    <dialog ref={ref} className="dialog wide" aria-labelledby="conn-title" onCancel={onClose} data-testid="connection-panel">
      <h2 id="conn-title">{account.email}</h2>
      <p className="muted">{account.last_tested_at ? `Last tested ${new Date(account.last_tested_at).toLocaleString()}` : 'Not tested yet'}</p>
      <ProbeDetails p={account.smtp_test} name="SMTP" />
      <ProbeDetails p={account.imap_test} name="IMAP" />
      {test.error && <p className="error" role="alert">{errorMessage(test.error)}</p>}

      <form className="row" onSubmit={onSend} data-testid="send-test-form">
        <input type="email" placeholder="Send a test email to…" aria-label="Test email recipient" value={to} onChange={(e) => setTo(e.target.value)} data-testid="send-test-to" />
        <button type="submit" disabled={send.isPending || !to.trim()} data-testid="send-test">{send.isPending ? 'Sending…' : 'Send test email'}</button>
      </form>
      {send.error && <p className="error" role="alert">{errorMessage(send.error)}</p>}
      {sent && (
        <p className={sent.ok ? 'ok-text' : 'error'} data-testid="send-test-result">
          {sent.message}{sent.response ? ` — server said: ${sent.response}` : ''}{sent.message_id ? ` (Message-ID ${sent.message_id})` : ''}
        </p>
      )}

      <div className="row end">
        <button type="button" onClick={() => test.mutate({ id: account.id })} disabled={test.isPending} data-testid="test-again">
          {test.isPending ? 'Testing…' : 'Test again'}
        </button>
        <button type="button" onClick={onClose} data-testid="close-panel">Close</button>
      </div>
    </dialog>
  );
}
