// domains.* handlers: one audit per sending domain serves all its inboxes; results are stored
// with their time and served from the store for an hour unless the user forces a re-check.
import type { Kysely } from 'kysely';
import type { CheckStatus, DomainReport, DomainSummary } from '../../../shared/audit';
import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { worst } from '../audit/index';
import type { Clock } from '../clock';
import { auditSession, DNS_LIMITS, type DnsResolver } from '../dns/index';
import type { CoreEvents } from '../events';
import { Cancelled, createLimiter, type Jobs } from '../jobs/index';
import type { Database } from '../store/index';
import { auditDomain } from './audit';
import { accountsOfDomain, domainsWithCounts, saveReport, saveSelectors, storedDomains } from './repo';

const FRESH_MS = 60 * 60 * 1000;
/** Domains audited at once by "Re-check all"; each audit already runs its queries in parallel. */
const DOMAINS_AT_ONCE = 4;

type DomainHandlers = Pick<Handlers, 'domains.list' | 'domains.get' | 'domains.check' | 'domains.checkAll' | 'domains.setSelectors'>;

export function summarize(domain: string, accountCount: number, report: DomainReport | null): DomainSummary {
  if (!report) {
    return { domain, account_count: accountCount, checked_at: null, spf: null, dkim: null, dmarc: null, mx: null, ptr: null, blacklist: null, overall: null };
  }
  const ptr: CheckStatus = report.ptr.length ? worst(report.ptr.map((p) => p.status)) : 'unknown';
  const parts = { spf: report.spf.status, dkim: report.dkim.status, dmarc: report.dmarc.status, mx: report.mx.status, ptr, blacklist: report.blacklist.status };
  return { domain, account_count: accountCount, checked_at: report.checked_at, ...parts, overall: worst(Object.values(parts)) };
}

export interface DomainService {
  /** The domain's audit: from the store when younger than an hour, unless forced. A cancelled one saves nothing. */
  check(domain: string, force: boolean, signal?: AbortSignal): Promise<DomainReport>;
  handlers: DomainHandlers;
}

export function createDomainService(deps: {
  db: Kysely<Database>; clock: Clock; events: CoreEvents; jobs: Jobs; dns: () => DnsResolver;
  /** After each audit is stored (the alert rules compare it with the last one). */
  onChecked?: (domain: string) => Promise<void>;
}): DomainService {
  const { db, clock, events, jobs, dns } = deps;
  const limiter = createLimiter(() => ({ overall: DOMAINS_AT_ONCE, perHost: 1 }));

  async function mustHaveInboxes(domain: string) {
    const accounts = await accountsOfDomain(db, domain);
    if (accounts.length === 0) throw new AppError('not_found', `No inbox uses the domain ${domain}`, { field: 'domain' });
    return accounts;
  }

  async function check(domain: string, force: boolean, signal?: AbortSignal): Promise<DomainReport> {
    const accounts = await mustHaveInboxes(domain);
    const stored = (await storedDomains(db, [domain])).get(domain);
    const last = stored?.report;
    if (!force && last && clock.now().getTime() - Date.parse(last.checked_at) < FRESH_MS) return last;
    const report = await limiter.run(domain, async () => {
      const resolver = dns();
      // The whole audit has its own deadline; cancelling stops its questions at once.
      const lookup = auditSession(resolver.session(), { deadlineMs: resolver.questionMs * DNS_LIMITS.auditDeadlineFactor, signal });
      try {
        return await auditDomain(
          {
            domain,
            smtpHosts: [...new Set(accounts.map((a) => a.smtp_host))],
            trackingDomains: [...new Set(accounts.map((a) => a.tracking_domain).filter((d): d is string => !!d))],
            providers: [...new Set(accounts.map((a) => a.provider))],
            dkimSelectors: stored?.dkim_selectors ?? [],
          },
          lookup,
          clock.now(),
        );
      } finally {
        lookup.close();
      }
    }, signal);
    if (signal?.aborted) throw new Cancelled();
    await saveReport(db, report);
    await deps.onChecked?.(domain);
    events.emit('domains.changed', { domains: [domain] });
    return report;
  }

  const handlers: DomainHandlers = {
    'domains.list': async ({ problems_only }) => {
      const counts = await domainsWithCounts(db);
      const stored = await storedDomains(db);
      const all = counts.map((c) => summarize(c.domain, c.account_count, stored.get(c.domain)?.report ?? null));
      return problems_only ? all.filter((d) => d.overall === 'error' || d.overall === 'warning') : all;
    },
    'domains.get': async ({ domain }) => {
      const accounts = await mustHaveInboxes(domain);
      const stored = (await storedDomains(db, [domain])).get(domain);
      return { summary: summarize(domain, accounts.length, stored?.report ?? null), report: stored?.report ?? null, dkim_selectors: stored?.dkim_selectors ?? [] };
    },
    'domains.check': ({ domain, force }) => check(domain, force),
    'domains.checkAll': async ({ force }) => {
      const domains = (await domainsWithCounts(db)).map((d) => d.domain);
      const job = jobs.start('domains.check', domains, async (domain, signal) => {
        const report = await check(domain, force, signal);
        const s = summarize(domain, 0, report);
        return { result: { domain, overall: s.overall, checked_at: report.checked_at }, failed: false };
      });
      return { job_id: job.id, total: domains.length };
    },
    'domains.setSelectors': async ({ domain, selectors }) => {
      await mustHaveInboxes(domain);
      const unique = [...new Set(selectors)];
      await saveSelectors(db, domain, unique);
      return { dkim_selectors: unique };
    },
  };
  return { check, handlers };
}
