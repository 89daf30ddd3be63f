import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeliverabilityReport } from '../../../../shared/report';
import { call, errorMessage } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { useAccount } from '../../queries';
import { BouncesPanel } from './BouncesPanel';
import { HealthPanel } from './HealthPanel';
import { ReputationChart } from './ReputationChart';
import { LoginPanel } from './LoginPanel';

const RANGES = [7, 30, 90, 180] as const;
const pct = (v: number | null) => (v === null ? 'unknown' : `${(v * 100).toFixed(2)} %`);
const passed = (v: boolean | null) => (v === null ? 'unknown' : v ? 'pass' : 'problem');

function ScorePanel({ r }: { r: DeliverabilityReport }) {
  return (
    <section className="check" data-testid="score-panel">
      <h2>
        Deliverability score <span className={`score${r.overall_score === null ? ' score-none' : ''}`} data-testid="overall-score">{r.overall_score ?? 'not enough data'}</span>
        <small className="muted" data-testid="score-measured">
          {r.overall_score === null ? `only ${r.measured} % measured; a score needs ${r.score_floor} %` : `${r.measured} % measured (${r.points} of ${r.known_max} measured points)`}
        </small>
      </h2>
      {r.capped && <p className="warn" data-testid="score-capped">{r.capped}</p>}
      <table className="simple">
        <thead><tr><th>Part</th><th className="num">Points</th><th>Status</th><th>Evidence</th></tr></thead>
        <tbody>
          {r.components.map((c) => (
            <tr key={c.key} data-testid="score-component" data-key={c.key}>
              <td>{c.label}</td>
              <td className="num">{c.status === 'unknown' ? `— / ${c.max}` : `${c.points} / ${c.measured}`}</td>
              <td><span className={`chip chip-${c.status === 'good' ? 'ok' : c.status === 'bad' ? 'error' : c.status}`}>{c.status}</span></td>
              <td>{c.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function AccountDetail({ id }: { id: string }) {
  const qc = useQueryClient();
  const account = useAccount(id);
  const [days, setDays] = useState<number>(30);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const report = useQuery({ queryKey: ['report', id], queryFn: () => call('deliverability.report', { id }) });
  // After the report: building it is what writes the day snapshots the chart reads.
  const checkedAt = report.data?.checked_at;
  const history = useQuery({
    queryKey: ['history', id, days, checkedAt],
    queryFn: () => call('reputation.history', { id, days }),
    enabled: checkedAt !== undefined,
  });

  const refresh = async () => {
    setRefreshing(true);
    setError(null);
    try {
      qc.setQueryData(['report', id], await call('deliverability.report', { id, refresh: true }));
      await qc.invalidateQueries({ queryKey: ['history', id] });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setRefreshing(false);
    }
  };

  if (account.error) return <p className="error" role="alert">{errorMessage(account.error)}</p>;
  const r = report.data;
  return (
    <section className="screen">
      <header className="screen-head">
        <h1><a href="#/accounts">Accounts</a> / {account.data?.email ?? '…'}</h1>
        <div className="row">
          <ExportButton label="Export history" input={{ kind: 'history', id, days }} />
          <button type="button" className="primary" onClick={() => void refresh()} disabled={refreshing} data-testid="refresh-report">
            {refreshing ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </header>
      {account.data && <HealthPanel account={account.data} />}
      {account.data && <LoginPanel account={account.data} />}
      {(error || report.error) && <p className="error" role="alert">{error ?? errorMessage(report.error)}</p>}
      {!r && !report.error && <p>Building the report… (reading the mailbox and checking DNS)</p>}
      {r && (
        <>
          <p className={r.mailbox.error ? 'error' : 'muted'} data-testid="report-meta">Checked {new Date(r.checked_at).toLocaleString()} · {r.mailbox.message}</p>
          {r.mailbox.unreadable && (
            <p className="muted" data-testid="mailbox-unreadable">
              {r.mailbox.unreadable.count} message{r.mailbox.unreadable.count === 1 ? '' : 's'} in this mailbox could not be read and {r.mailbox.unreadable.count === 1 ? 'is' : 'are'} not counted
              {' '}({r.mailbox.unreadable.examples.map((u) => `${u.folder} UID ${u.uid}: ${u.reason}`).join('; ')}).
            </p>
          )}
          <ScorePanel r={r} />
          <section className="check" data-testid="recommendations">
            <h2>Fix first</h2>
            {r.recommendations.length === 0 ? <p>Nothing to fix in what was measured.</p> : (
              <ol>{r.recommendations.map((x) => <li key={x.key} data-key={x.key}><strong>{x.title}</strong> (+{x.impact} points): {x.action}</li>)}</ol>
            )}
          </section>
          {r.not_measured.length > 0 && (
            <section className="check" data-testid="not-measured">
              <h2>Not measured yet</h2>
              <ul>{r.not_measured.map((x) => <li key={x.key} data-key={x.key}><strong>{x.title}</strong> ({x.points} points): {x.action}</li>)}</ul>
            </section>
          )}
          <section className="check" data-testid="dns-summary">
            <h2>DNS and blacklists <a href={`#/domains/${encodeURIComponent(r.domain)}`}>{r.domain}</a></h2>
            <p>SPF {passed(r.dns_authentication.spf.passed)} · DKIM {passed(r.dns_authentication.dkim.passed)} · DMARC {passed(r.dns_authentication.dmarc.passed)}</p>
            <p>
              {r.blacklist_check.listed
                ? `Listed on ${r.blacklist_check.flagged_lists.map((f) => f.list).join(', ')}`
                : `Not listed (${r.blacklist_check.clean_lists.length} of ${r.blacklist_check.checked_lists} lists clean)`}
            </p>
          </section>
          <section className="check" data-testid="reputation">
            <h2>Reputation, last {r.reputation.window_days} days</h2>
            <p>
              Sent {r.reputation.sent} · bounce rate {pct(r.reputation.bounce_rate)} ({r.reputation.hard_bounces} hard, {r.reputation.soft_bounces} soft) ·
              block rate {pct(r.reputation.block_rate)} ({r.reputation.blocks}) · complaint rate {pct(r.reputation.complaint_rate)} ·
              reply rate {pct(r.reputation.reply_rate)}
            </p>
          </section>
          <BouncesPanel r={r} />
        </>
      )}
      <section className="check">
        <h2>
          History
          <select aria-label="Range" value={days} onChange={(e) => setDays(Number(e.target.value))} data-testid="history-range">
            {RANGES.map((d) => <option key={d} value={d}>{d} days</option>)}
          </select>
        </h2>
        {history.data && history.data.length === 0 && <p className="muted" data-testid="no-history">No sends in this range yet.</p>}
        {history.data && history.data.length > 0 && <ReputationChart points={history.data} days={days} />}
      </section>
    </section>
  );
}
