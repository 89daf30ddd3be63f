// domains.* handlers: one audit per sending domain serves all its inboxes; results are stored
// with their time and served from the store for an hour unless the user forces a re-check.
import type { Kysely } from 'kysely';
import type { CheckStatus, DomainReport, DomainSummary } from '../../../shared/audit';
import type { Handlers, ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { worst } from '../audit/index';
import { DEFAULT_SETTINGS } from '../../../shared/connection';
import type { Clock } from '../clock';
import { auditSession, DNS_LIMITS, type DnsResolver, type SessionLookup } from '../dns/index';
import type { CoreEvents } from '../events';
import { Cancelled, createLimiter, type Jobs } from '../jobs/index';
import type { Database } from '../store/index';
import { auditDomain } from './audit';
import { accountsOfDomain, domainsWithCounts, domainsWithReason, saveReport, saveSelectors, sendersOf, storedDomains } from './repo';

const FRESH_MS = 60 * 60 * 1000;
/**
 * Domains audited at once. The resolver's bound on questions in flight is what protects the
 * network; this only has to keep that bound busy. An audit's widest round is ~15–35 questions
 * and its first round ~6, so a quarter of the bound (16 at the default 64) keeps the slots
 * full between rounds, while each domain still finishes soon after it starts (steady progress).
 */
export const domainsAtOnce = (maxInFlight: number) => Math.min(64, Math.max(4, Math.ceil(maxInFlight / 4)));

type DomainHandlers = Pick<Handlers, 'domains.list' | 'domains.get' | 'domains.check' | 'domains.checkAll' | 'domains.setSelectors'>;

export function summarize(domain: string, accountCount: number, report: DomainReport | null): DomainSummary {
  if (!report) {
    return { domain, account_count: accountCount, checked_at: null, spf: null, dkim: null, dmarc: null, mx: null, ptr: null, blacklist: null, overall: null };
  }
  const ptr: CheckStatus = report.ptr.length ? worst(report.ptr.map((p) => p.status)) : 'unknown';
  const parts = { spf: report.spf.status, dkim: report.dkim.status, dmarc: report.dmarc.status, mx: report.mx.status, ptr, blacklist: report.blacklist.status };
  return { domain, account_count: accountCount, checked_at: report.checked_at, ...parts, overall: worst(Object.values(parts)) };
}

/** Domain summaries with domains.list's filters (also the Client page's domains). */
export async function listDomains(
  db: Kysely<Database>,
  { problems_only = false, issue, listed_on, client_id }: Partial<ParsedInputOf<'domains.list'>>,
): Promise<DomainSummary[]> {
  let counts = await domainsWithCounts(db, client_id);
  // The Overview's links: domains whose inboxes' health has this reason (the same facts it counted).
  if (issue || listed_on) {
    const keep = await domainsWithReason(db, listed_on ? 'listed' : issue!, listed_on);
    counts = counts.filter((c) => keep.has(c.domain));
  }
  const stored = await storedDomains(db, counts.map((c) => c.domain));
  const all = counts.map((c) => summarize(c.domain, c.account_count, stored.get(c.domain)?.report ?? null));
  return problems_only ? all.filter((d) => d.overall === 'error' || d.overall === 'warning') : all;
}

export interface DomainRun {
  /**
   * The domain's audit: from the store when younger than an hour (looked at again once the domain's
   * turn comes), unless forced. A cancelled one saves nothing. In a run(), once per domain.
   */
  check(domain: string, force: boolean, signal?: AbortSignal): Promise<DomainReport>;
}

export interface DomainService extends DomainRun {
  /**
   * Audits that share one DNS cache for as long as the run is used (a "Re-check all" job, a
   * round of the hourly check): a provider's include or a shared IP's blocklist names are asked
   * once per run.
   */
  run(): DomainRun;
  /** The last stored audit, whatever its age (what the Domains screen shows). */
  latest(domain: string): Promise<DomainReport | null>;
  handlers: DomainHandlers;
}

export interface DomainDeps {
  db: Kysely<Database>;
  clock: Clock;
  events: CoreEvents;
  jobs: Jobs;
  dns: () => DnsResolver;
  /** After an audit is stored: recompute the health of the domain's inboxes. */
  onAudited?: (domain: string) => Promise<void>;
}

export function createDomainService(deps: DomainDeps): DomainService {
  const { db, clock, events, jobs, dns } = deps;
  const limiter = createLimiter(() => ({ overall: domainsAtOnce(dns().maxInFlight ?? DEFAULT_SETTINGS.dns_max_in_flight), perHost: 1 }));

  async function mustHaveInboxes(domain: string) {
    const accounts = await accountsOfDomain(db, domain);
    if (accounts.length === 0) throw new AppError('not_found', `No inbox uses the domain ${domain}`, { field: 'domain' });
    return accounts;
  }

  const fresh = (report: DomainReport | null | undefined): report is DomainReport =>
    !!report && clock.now().getTime() - Date.parse(report.checked_at) < FRESH_MS;

  async function check(domain: string, force: boolean, signal?: AbortSignal, session?: SessionLookup): Promise<DomainReport> {
    const accounts = await mustHaveInboxes(domain);
    // Fresh in the store: no need to wait for a turn.
    const before = (await storedDomains(db, [domain])).get(domain)?.report;
    if (!force && fresh(before)) return before;
    const report = await limiter.run(domain, async () => {
      // Asked again once it is this domain's turn: an audit that held the turn before (another
      // inbox of the domain, another window) has just stored a fresh report, which serves this one.
      const stored = (await storedDomains(db, [domain])).get(domain);
      if (!force && fresh(stored?.report)) return { report: stored.report, audited: false };
      const resolver = dns();
      // The whole audit has its own deadline; cancelling stops its questions at once. In a run,
      // its own counters over the run's cache, so the report says what this domain asked.
      const lookup = auditSession(session ? session.scope() : resolver.session(), { deadlineMs: resolver.questionMs * DNS_LIMITS.auditDeadlineFactor, signal });
      try {
        const audited = await auditDomain(
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
        return { report: audited, audited: true };
      } finally {
        lookup.close();
      }
    }, signal);
    if (!report.audited) return report.report;
    if (signal?.aborted) throw new Cancelled();
    await saveReport(db, report.report);
    await deps.onAudited?.(domain);
    events.emit('domains.changed', { domains: [domain] });
    return report.report;
  }

  const run = (): DomainRun => {
    const session = dns().session();
    // Each domain at most once per run, whoever asks and however often: a later caller shares the
    // first one's audit (and its outcome).
    const audits = new Map<string, Promise<DomainReport>>();
    return {
      check: (domain, force, signal) => {
        const audit = audits.get(domain) ?? check(domain, force, signal, session);
        audits.set(domain, audit);
        return audit;
      },
    };
  };

  const handlers: DomainHandlers = {
    'domains.list': (filter) => listDomains(db, filter),
    'domains.get': async ({ domain }) => {
      const accounts = await mustHaveInboxes(domain);
      const stored = (await storedDomains(db, [domain])).get(domain);
      const report = stored?.report ?? null;
      const lists = [...new Set(report?.blacklist.flagged_lists.map((f) => f.list) ?? [])];
      const listings = await Promise.all(
        lists.map(async (list) => {
          const targets = [...new Set(report!.blacklist.flagged_lists.filter((f) => f.list === list).map((f) => (f as { target?: string }).target ?? domain))];
          const hosts = Object.entries(report!.sending_hosts ?? {}).filter(([, ips]) => ips.some((ip) => targets.includes(ip))).map(([host]) => host);
          const clients = await sendersOf(db, domain, { code: 'listed', detail: list });
          return { list, target: targets.join(', '), hosts, inboxes: clients.reduce((n, c) => n + c.inboxes, 0), clients };
        }),
      );
      return {
        summary: summarize(domain, accounts.length, report), report, dkim_selectors: stored?.dkim_selectors ?? [],
        clients: await sendersOf(db, domain), listings,
      };
    },
    'domains.check': ({ domain, force }) => check(domain, force),
    'domains.checkAll': async ({ force }) => {
      const domains = (await domainsWithCounts(db)).map((d) => d.domain);
      const audits = run();
      const job = jobs.start('domains.check', domains, async (domain, signal) => {
        const report = await audits.check(domain, force, signal);
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
  return {
    check: (domain, force, signal) => check(domain, force, signal), run, handlers,
    latest: async (domain) => (await storedDomains(db, [domain])).get(domain)?.report ?? null,
  };
}
