// The one entry that builds core: store, vault and handlers, composed from what the caller passes.
import type { Settings } from '../../shared/connection';
import type { Handlers } from '../../shared/contract';
import { accountsHandlers, reconcileSecrets } from './accounts/index';
import { clientsHandlers } from './clients/index';
import { systemClock, type Clock } from './clock';
import { createInvoke, type Invoke } from './dispatch';
import { createEvents, type CoreEvents } from './events';
import { silentLogger, type Logger } from './log';
import { openStore } from './store/index';
import type { Vault } from './vault/index';
import { accountTestHandlers } from './accounts/test-handlers';
import { autoconfig } from './accounts/autoconfig';
import { createDnsResolver, type DnsResolver } from './dns/index';
import { createAccountTester } from './accounts/testing';
import { createJobs, createLimiter } from './jobs/index';
import { createDomainService } from './domains/index';
import { exportClientReport, exportCsv, removeLeftoverPartials } from './exports/index';
import { overview } from './overview/index';
import { createReportService } from './report/service';
import { jobsHandlers } from './jobs/handlers';
import { openSettings, settingsHandlers } from './settings/index';
import { createHealthService } from './health/index';

export interface CoreOptions {
  dataDir: string;
  vault: Vault;
  clock?: Clock;
  log?: Logger;
  appVersion?: string;
  /** Extra TLS trust anchors (PEM) for mail servers, e.g. a company CA; tests pass their CA. */
  extraCa?: string[];
  /** DNS for audits and autoconfig; default: a resolver built from Settings (servers, timeout, tries). */
  dns?: DnsResolver;
}

export interface Core {
  handlers: Handlers;
  invoke: Invoke;
  events: Pick<CoreEvents, 'on'>;
  close(): Promise<void>;
  /** The scheduler's hourly work: scan mailboxes, write snapshots, refresh reports, renew stale health. */
  tick(): Promise<{ refreshed: number; failed: number }>;
  /** Resolves when background work (tests after create, the start-up health pass) has finished; for tests and shutdown. */
  idle(): Promise<void>;
}

export async function openCore(opts: CoreOptions): Promise<Core> {
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? silentLogger;
  const store = await openStore(opts.dataDir);
  const events = createEvents();
  const { db } = store;
  const settings = await openSettings(db);
  const limiter = createLimiter(() => ({
    overall: settings.current().test_concurrency,
    perHost: settings.current().test_per_host_concurrency,
  }));
  const jobs = createJobs({ events, clock, log });
  const probeEnv = { extraCa: opts.extraCa, pins: new Map<string, string>(), now: () => clock.now() };
  const dns = dnsFromSettings(settings, log, opts.dns);
  const health = createHealthService({ db, clock, events, log });
  const domains = createDomainService({ db, clock, events, jobs, dns, onAudited: (d) => health.recomputeDomain(d) });
  const reports = createReportService({
    db, vault: opts.vault, clock, events, log, settings, limiter, probeEnv, health, domainReport: (d, force) => domains.check(d, force),
  });
  const tester = createAccountTester({ db, vault: opts.vault, clock, events, log, settings, limiter, probeEnv, health });
  // Tests started by accounts.create run in the background; close() waits for them.
  const background = new Set<Promise<unknown>>();
  const onCreated = (account: Parameters<typeof tester.test>[0]) => {
    const p = tester
      .test(account)
      .catch((err: unknown) => log.error('test after create failed', { id: account.id, error: String(err) }))
      .finally(() => background.delete(p));
    background.add(p);
  };
  const deps = { db, vault: opts.vault, clock, events, log, onCreated, health };

  const leftovers = await removeLeftoverPartials(db);
  if (leftovers) log.warn('removed the temporary files of exports that never finished', { count: leftovers });
  try {
    await reconcileSecrets(db, opts.vault, log);
  } catch (err) {
    // The app still opens without a keychain; saving a password will say what is missing.
    log.warn('keychain reconcile skipped', { reason: err instanceof Error ? err.message : String(err) });
  }
  // Rows never computed (just migrated, or written by other code) and verdicts gone stale: in the
  // background, so opening a database of 100,000 inboxes after an upgrade does not wait for it.
  const sweep: Promise<unknown> = health
    .sweep()
    .then((n) => n > 0 && events.emit('accounts.changed', { ids: [] }))
    .catch((err: unknown) => log.error('health pass failed', { error: String(err) }))
    .finally(() => background.delete(sweep));
  background.add(sweep);

  const handlers = {
    'app.info': async () => {
      const problem = await opts.vault.check();
      return {
        version: opts.appVersion ?? '0.0.0-dev',
        data_dir: opts.dataDir,
        database_path: store.file,
        keychain: { available: problem === null, message: problem },
      };
    },
    ...accountsHandlers(deps),
    ...accountTestHandlers({ db, tester, jobs }),
    ...jobsHandlers(jobs),
    ...settingsHandlers(settings),
    'accounts.autoconfig': ({ email }) => autoconfig(email, dns().session()),
    ...domains.handlers,
    'deliverability.report': ({ id, refresh }) => reports.report(id, refresh),
    'reputation.history': ({ id, days }) => reports.history(id, days),
    'export.csv': (input) => exportCsv(db, input, clock, opts.dataDir),
    ...clientsHandlers(deps),
    'overview.get': (input) => overview(db, input, clock),
    'export.clientReport': (input) => exportClientReport(db, input, clock, opts.dataDir),
  } satisfies Handlers;

  const close = async () => {
    await jobs.cancelAll();
    await Promise.allSettled([...background]);
    await store.close();
  };
  return { handlers, invoke: createInvoke(handlers, log), events, close, tick: async () => {
      const r = await reports.tick();
      await health.sweep();
      return r;
    }, idle: () => Promise.allSettled([...background]).then(() => undefined) };
}

/** The configured resolver, rebuilt when the DNS settings change. */
function dnsFromSettings(settings: { current(): Settings }, log: Logger, fixed?: DnsResolver): () => DnsResolver {
  let key = '';
  let resolver: DnsResolver | undefined = fixed;
  return () => {
    if (fixed) return fixed;
    const s = settings.current();
    const next = JSON.stringify([s.dns_servers, s.dns_timeout_ms, s.dns_tries]);
    if (!resolver || next !== key) {
      key = next;
      try {
        resolver = createDnsResolver({ servers: s.dns_servers, timeoutMs: s.dns_timeout_ms, tries: s.dns_tries });
      } catch (err) {
        // Settings are validated on save and on load; should node:dns still refuse them, the
        // system's servers answer rather than every audit failing (Settings shows the warning).
        log.warn('DNS servers refused, using the system resolver', { error: err instanceof Error ? err.message : String(err) });
        resolver = createDnsResolver({ timeoutMs: s.dns_timeout_ms, tries: s.dns_tries });
      }
    }
    return resolver;
  };
}

export type { Vault } from './vault/index';
export { createKeytarVault, createMemoryVault } from './vault/index';
export { createConsoleLogger, type Logger } from './log';
