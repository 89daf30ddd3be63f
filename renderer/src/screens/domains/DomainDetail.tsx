import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { CheckStatus, DomainReport, Finding, Fix, ListingSenders, SenderCount } from '../../../../shared/audit';
import { filteredHash } from '../../filter-url';
import { AccountsScreen } from '../accounts/AccountsScreen';
import { call, errorMessage } from '../../api';
import { StatusChip } from '../../components/StatusChip';

function CopyFix({ fix }: { fix: Fix }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(fix.value);
    setCopied(true);
  };
  return (
    <div className="fix" data-testid="fix">
      <div className="fix-head">
        <span>Publish <strong>{fix.record_type}</strong> at <code>{fix.record_name}</code></span>
        <button type="button" onClick={() => void copy()} data-testid="copy-fix">{copied ? 'Copied' : 'Copy'}</button>
      </div>
      <pre data-testid="fix-value">{fix.value}</pre>
      <small>{fix.note}</small>
    </div>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  if (!findings.length) return null;
  return (
    <ul className="findings">
      {findings.map((f, i) => <li key={i} className={`finding-${f.severity}`} data-testid="finding">{f.message}</li>)}
    </ul>
  );
}

function Section({ id, title, status, children, findings, fixes }: { id: string; title: string; status: CheckStatus; children?: ReactNode; findings: Finding[]; fixes: Fix[] }) {
  return (
    <section className="check" data-testid={`check-${id}`}>
      <h2>{title} <StatusChip status={status} /></h2>
      {children}
      <Findings findings={findings} />
      {fixes.map((f, i) => <CopyFix key={i} fix={f} />)}
    </section>
  );
}

const Record = ({ value }: { value: string | null }) => (value ? <pre className="record">{value}</pre> : <p className="muted">No record published.</p>);

const clientLink = (c: SenderCount) => (c.client_id ? <a href={`#/clients/${encodeURIComponent(c.client_id)}`}>{c.name}</a> : c.name);

function Senders({ clients }: { clients: SenderCount[] }) {
  return (
    <>
      {clients.map((c, i) => (
        <span key={c.client_id ?? 'none'}>{i > 0 && ', '}{clientLink(c)} ({c.inboxes})</span>
      ))}
    </>
  );
}

/** Which inboxes and clients send from a listed IP or domain. */
function ListingWho({ domain, l }: { domain: string; l: ListingSenders }) {
  return (
    <p className="muted" data-testid="listing-senders">
      {l.target}{l.hosts.length ? ` (${l.hosts.join(', ')})` : ''} is used by{' '}
      <a href={filteredHash('accounts', { domain, reason: 'listed' })}>{l.inboxes} inbox{l.inboxes === 1 ? '' : 'es'}</a>
      {l.clients.length ? <> of <Senders clients={l.clients} /></> : null}.
    </p>
  );
}

function Report({ r, listings }: { r: DomainReport; listings: ListingSenders[] }) {
  return (
    <>
      <p className="muted">
        Checked {new Date(r.checked_at).toLocaleString()} · sending IPs {r.sending_ips.join(', ') || 'none found'} · {r.dns.questions} DNS questions
      </p>
      {r.notes && r.notes.length > 0 && (
        <section className="check" data-testid="audit-notes">
          <h2>About this audit</h2>
          <Findings findings={r.notes} />
        </section>
      )}
      <Section id="spf" title="SPF" status={r.spf.status} findings={r.spf.findings} fixes={r.spf.fixes}>
        {r.spf.records.length > 1 ? r.spf.records.map((rec) => <Record key={rec} value={rec} />) : <Record value={r.spf.record} />}
        <p>{r.spf.lookups} of 10 DNS lookups{r.spf.includes.length ? ` — ${r.spf.includes.map((i) => `${i.term} (${i.lookups})`).join(', ')}` : ''}</p>
        {r.spf.results.map((x) => <p key={x.ip}>Sending IP {x.ip}: <strong>{x.result}</strong> {x.path.length ? `— ${x.path.join(' → ')}` : ''}</p>)}
      </Section>
      <Section id="dkim" title="DKIM" status={r.dkim.status} findings={r.dkim.findings} fixes={r.dkim.fixes}>
        {r.dkim.keys.map((k) => (
          <div key={k.selector}>
            <p><strong>{k.selector}</strong>: {k.revoked ? 'revoked' : `${k.key_type.toUpperCase()} ${k.bits ?? '?'} bits`}{k.testing ? ', testing mode' : ''}{k.cname ? ` (CNAME → ${k.cname})` : ''}</p>
            <Record value={k.record} />
          </div>
        ))}
      </Section>
      <Section id="dmarc" title="DMARC" status={r.dmarc.status} findings={r.dmarc.findings} fixes={r.dmarc.fixes}>
        <Record value={r.dmarc.record} />
        {r.dmarc.record && <p>Policy <strong>{r.dmarc.policy ?? 'invalid'}</strong> ({r.dmarc.strength}){r.dmarc.inherited ? `, inherited from ${r.dmarc.found_at}` : ''}; reports to {r.dmarc.rua.join(', ') || 'nobody'}</p>}
      </Section>
      <Section id="mx" title="MX" status={r.mx.status} findings={r.mx.findings} fixes={r.mx.fixes}>
        {r.mx.records.map((m) => <p key={m.exchange}>{m.priority} {m.exchange} {m.addresses.length ? `(${m.addresses.join(', ')})` : ''}</p>)}
        <p>Receiving provider: {r.mx.provider}</p>
      </Section>
      <Section id="ptr" title="Reverse DNS" status={r.ptr.length ? r.ptr.reduce<CheckStatus>((a, p) => (p.status === 'error' || a === 'error' ? 'error' : p.status === 'ok' ? a : p.status), 'ok') : 'unknown'} findings={r.ptr.flatMap((p) => p.findings)} fixes={[]}>
        {r.ptr.map((p) => <p key={p.ip}>{p.ip} → {p.ptr.join(', ') || 'no PTR'} {p.forward_confirmed ? '(forward-confirmed)' : ''}</p>)}
      </Section>
      <section className="check" data-testid="check-blacklist">
        <h2>Blacklists <StatusChip status={r.blacklist.status} /></h2>
        <p>{r.blacklist.checked_lists} lists checked, {r.blacklist.clean_lists.length} clean.</p>
        {r.blacklist.flagged_lists.map((f) => (
          <p key={`${f.list}-${f.query}`} className="error" data-testid="flagged-list">
            Listed on {f.list}: {f.meaning} (answer {f.answer} for {f.query}). <a href={f.removal_url} target="_blank" rel="noreferrer">Removal page</a>
          </p>
        ))}
        {listings.map((l) => <ListingWho key={l.list} domain={r.domain} l={l} />)}
        {r.blacklist.unknown_lists.map((u) => <p key={u.list} className="warn" data-testid="unknown-list">{u.list}: unknown — {u.reason}</p>)}
      </section>
    </>
  );
}

export function DomainDetail({ domain }: { domain: string }) {
  const qc = useQueryClient();
  const detail = useQuery({ queryKey: ['domains', 'get', domain], queryFn: () => call('domains.get', { domain }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selectors, setSelectors] = useState<string | null>(null);

  const recheck = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('domains.check', { domain, force: true });
      await qc.invalidateQueries({ queryKey: ['domains'] });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const saveSelectors = async () => {
    setError(null);
    try {
      await call('domains.setSelectors', { domain, selectors: (selectors ?? '').split(',').map((s) => s.trim()).filter(Boolean) });
      await qc.invalidateQueries({ queryKey: ['domains', 'get', domain] });
      setSelectors(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  if (detail.error) return <p className="error" role="alert">{errorMessage(detail.error)}</p>;
  if (!detail.data) return <p>Loading…</p>;
  const { report, summary, dkim_selectors, clients, listings } = detail.data;
  return (
    <section className="screen domain-detail">
      <header className="screen-head">
        <h1><a href="#/domains">Domains</a> / {domain}</h1>
        <button type="button" className="primary" onClick={() => void recheck()} disabled={busy} data-testid="recheck-domain">{busy ? 'Checking…' : report ? 'Re-check' : 'Check now'}</button>
      </header>
      <p data-testid="domain-senders">
        {summary.account_count} inbox{summary.account_count === 1 ? '' : 'es'} on this domain{clients.length ? <> · by client: <Senders clients={clients} /></> : null}.
      </p>
      <div className="row">
        <label htmlFor="selectors">Your DKIM selectors</label>
        <input id="selectors" value={selectors ?? dkim_selectors.join(', ')} onChange={(e) => setSelectors(e.target.value)} placeholder="e.g. mailjet, sendgrid" data-testid="selectors" />
        {selectors !== null && <button type="button" onClick={() => void saveSelectors()} data-testid="save-selectors">Save</button>}
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {report ? <Report r={report} listings={listings} /> : <p className="empty">Not checked yet.</p>}
      <AccountsScreen fixed={{ domain }} />
    </section>
  );
}
