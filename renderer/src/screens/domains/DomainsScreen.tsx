import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { DomainSummary } from '../../../../shared/audit';
import { HEALTH_REASON_LABEL } from '../../../../shared/health';
import { domainQueryFromUrl, filteredHash } from '../../filter-url';
import { call, errorMessage } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { StatusChip } from '../../components/StatusChip';
import { navigate, replaceHash } from '../../router';

const CHECKS = [['spf', 'SPF'], ['dkim', 'DKIM'], ['dmarc', 'DMARC'], ['mx', 'MX'], ['ptr', 'PTR'], ['blacklist', 'Blacklists']] as const;

interface Props {
  /** The address's query (#/domains?issue=…&listed_on=…&client_id=…), e.g. from an Overview problem. */
  query?: string;
  /** Set on a client's page: only its domains, no heading of its own. */
  fixed?: { client_id: string };
}

export function DomainsScreen({ query = '', fixed }: Props) {
  const qc = useQueryClient();
  const [filter] = useState(() => ({ ...domainQueryFromUrl(fixed ? '' : query), ...fixed }));
  const [problemsOnly, setProblemsOnly] = useState(filter.problems_only ?? false);
  const input = { ...filter, problems_only: problemsOnly };
  const domains = useQuery({ queryKey: ['domains', input], queryFn: () => call('domains.list', input) });
  const hash = filteredHash('domains', { ...filter, problems_only: problemsOnly || undefined });
  useEffect(() => {
    if (!fixed) replaceHash(hash);
  }, [fixed, hash]);
  const narrowed = filter.listed_on ? `listed on ${filter.listed_on}` : filter.issue ? HEALTH_REASON_LABEL[filter.issue] : null;
  const [checking, setChecking] = useState<Set<string>>(new Set());
  const [job, setJob] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const recheck = async (d: DomainSummary) => {
    setChecking((s) => new Set(s).add(d.domain));
    setError(null);
    try {
      await call('domains.check', { domain: d.domain, force: true });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setChecking((s) => { const n = new Set(s); n.delete(d.domain); return n; });
      void qc.invalidateQueries({ queryKey: ['domains'] });
    }
  };
  const recheckAll = async () => {
    setError(null);
    try {
      setJob((await call('domains.checkAll', { force: true })).job_id);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const onJobDone = useCallback(() => void qc.invalidateQueries({ queryKey: ['domains'] }), [qc]);

  return (
    <section className="screen">
      <header className="screen-head">
        {fixed ? <h2>Domains</h2> : <h1>Domains</h1>}
        {!fixed && <button type="button" className="primary" onClick={() => void recheckAll()} disabled={!domains.data?.length} data-testid="recheck-all">Re-check all</button>}
      </header>
      <div className="filters">
        {narrowed && (
          <span className="chip filter-chip" data-testid="domain-filter">
            Only domains: {narrowed}{filter.client_id && !fixed ? ' (one client)' : ''}
            <a className="chip-x" href={filteredHash('domains', {})} aria-label="Show all domains">×</a>
          </span>
        )}
        <label className="checkbox-inline">
          <input type="checkbox" checked={problemsOnly} onChange={(e) => setProblemsOnly(e.target.checked)} data-testid="problems-only" /> Only domains with problems
        </label>
      </div>
      {job && <JobProgress key={job} jobId={job} label="Checking domains" onDone={onJobDone} />}
      {(error || domains.error) && <p className="error" role="alert">{error ?? errorMessage(domains.error)}</p>}
      {domains.data && domains.data.length === 0 && (
        <p className="empty" data-testid="domains-empty">{problemsOnly ? 'No domain has a problem.' : 'Domains appear here once you add inboxes.'}</p>
      )}
      {domains.data && domains.data.length > 0 && (
        <table className="simple" data-testid="domains-table">
          <thead>
            <tr>
              <th scope="col">Domain</th><th scope="col" className="num">Inboxes</th>{CHECKS.map(([, l]) => <th scope="col" key={l}>{l}</th>)}<th scope="col">Checked</th>
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {domains.data.map((d) => (
              <tr key={d.domain} data-testid="domain-row" data-domain={d.domain}>
                <td><a href={`#/domains/${encodeURIComponent(d.domain)}`}>{d.domain}</a></td>
                <td className="num">{d.account_count}</td>
                {CHECKS.map(([k, l]) => <td key={k}><StatusChip status={d[k]} testId={`chip-${k}`} label={undefined} />{' '}<span className="sr-only">{l}</span></td>)}
                <td title={d.checked_at ?? ''}>{d.checked_at ? new Date(d.checked_at).toLocaleString() : 'never'}</td>
                <td className="actions">
                  <button type="button" onClick={() => void recheck(d)} disabled={checking.has(d.domain)} aria-label={`${d.checked_at ? 'Re-check' : 'Check'} ${d.domain}`} data-testid="recheck">
                    {checking.has(d.domain) ? 'Checking…' : d.checked_at ? 'Re-check' : 'Check'}
                  </button>
                  <button type="button" onClick={() => navigate(`#/domains/${encodeURIComponent(d.domain)}`)} aria-label={`Details of ${d.domain}`}>Details</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
