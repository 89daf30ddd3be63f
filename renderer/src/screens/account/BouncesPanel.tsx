import type { BounceCategory } from '../../../../shared/bounces';
import type { BounceExample, BounceFix, DeliverabilityReport } from '../../../../shared/report';

const pct = (v: number | null) => (v === null ? 'unknown' : `${(v * 100).toFixed(2)} %`);

const CATEGORY: Record<BounceCategory, { label: string; chip: string }> = {
  hard: { label: 'hard bounce', chip: 'error' },
  block: { label: 'block', chip: 'error' },
  soft: { label: 'soft bounce', chip: 'warning' },
  delay: { label: 'delay', chip: 'unknown' },
};

/** One report's words: the status and reply, the server that said it, the address it was about. */
function Evidence({ e }: { e: BounceExample }) {
  // The status and reply code, unless the server's reply already says them.
  const code = [e.reply_code, e.status].filter((c) => c && !e.diagnostic?.includes(c)).join(' ');
  return (
    <li data-testid="bounce-evidence">
      <span className="muted">{e.date} · {e.address}{e.remote_mta ? ` · ${e.remote_mta}` : e.reporting_mta ? ` · reported by ${e.reporting_mta}` : ''}</span>
      <br />
      <code>{[code, e.diagnostic].filter(Boolean).join(' ') || 'no reply given'}</code>
    </li>
  );
}

function Fix({ fix }: { fix: BounceFix }) {
  return (
    <div data-testid="bounce-fix" data-kind={fix.kind}>
      <strong>{fix.title}</strong>
      <div>{fix.action}</div>
      {fix.record && <pre className="fix-record">{fix.record.record_name} TXT {fix.record.value}</pre>}
      <div className="row">
        {fix.href && <a href={fix.href} data-testid="bounce-fix-link">{fix.kind === 'blacklist' ? 'Blacklist entry' : fix.kind === 'ptr' ? 'Reverse DNS (PTR)' : 'DNS records'} on the domain page</a>}
        {fix.removal_url && <a href={fix.removal_url} target="_blank" rel="noreferrer">Removal page{fix.list ? ` (${fix.list})` : ''}</a>}
      </div>
    </div>
  );
}

/** Bounces of the report window by reason, with evidence and what to do; blocks apart. */
export function BouncesPanel({ r }: { r: DeliverabilityReport }) {
  const rep = r.reputation;
  return (
    <section className="check" data-testid="bounces">
      <h2>Bounces by reason, last {rep.window_days} days</h2>
      <p data-testid="bounce-rates">
        Hard bounces {rep.hard_bounces} ({pct(rep.hard_bounce_rate)}) · soft bounces {rep.soft_bounces} ·{' '}
        <strong data-testid="block-rate">blocks {rep.blocks} ({pct(rep.block_rate)})</strong> · delays {rep.delays} (still retrying, not bounces)
      </p>
      {r.bounces_by_reason.length === 0 ? (
        <p className="muted" data-testid="no-bounces">No bounces, blocks or delays in this window.</p>
      ) : (
        <table className="simple">
          <thead>
            <tr><th>Reason</th><th className="num">Messages</th><th>Evidence (latest)</th><th>What to do</th></tr>
          </thead>
          <tbody>
            {r.bounces_by_reason.map((b) => (
              <tr key={`${b.category}-${b.reason}`} data-testid="bounce-reason" data-reason={b.reason} data-category={b.category}>
                <td>
                  {b.label}
                  <br />
                  <span className={`chip chip-${CATEGORY[b.category].chip}`}>{CATEGORY[b.category].label}</span>
                </td>
                <td className="num">{b.count}</td>
                <td><ul className="evidence">{b.examples.map((e, i) => <Evidence key={i} e={e} />)}</ul></td>
                <td><Fix fix={b.fix} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted" data-testid="complaints-note">{r.complaints_note}</p>
    </section>
  );
}
