// The one entry that builds core: store, vault and handlers, composed from what the caller passes.
import type { Settings } from '../../shared/connection';
import type { Handlers } from '../../shared/contract';
import { accountsHandlers, bulkHandlers, createAccountWriter, reconcileSecrets } from './accounts/index';
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
import { exportCsv } from './exports/index';
import { importHandlers } from './import/index';
import { createReportService } from './report/service';
import { jobsHandlers } from './jobs/handlers';
import { openSettings, settingsHandlers } from './settings/index';

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
  /** The scheduler's hourly work: scan mailboxes, write snapshots, refresh reports. */
  tick(): Promise<{ refreshed: number; failed: number }>;
  /** Resolves when background work (tests after create) has finished; for tests and shutdown. */
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
  const dns = dnsFromSettings(settings, opts.dns);
  const domains = createDomainService({ db, clock, events, jobs, dns });
  const reports = createReportService({
    db, vault: opts.vault, clock, events, log, settings, limiter, probeEnv, domainReport: (d, force) => domains.check(d, force),
  });
  const tester = createAccountTester({ db, vault: opts.vault, clock, events, log, settings, limiter, probeEnv });
  // Tests started by accounts.create run in the background; close() waits for them.
  const background = new Set<Promise<unknown>>();
  const onCreated = (account: Parameters<typeof tester.test>[0]) => {
    const p = tester
      .test(account)
      .catch((err: unknown) => log.error('test after create failed', { id: account.id, error: String(err) }))
      .finally(() => background.delete(p));
    background.add(p);
  };
  const deps = { db, vault: opts.vault, clock, events, log, onCreated };
  const testHandlers = accountTestHandlers({ db, tester, jobs });
  const importDeps = {
    db, events, log, clock, jobs, writer: createAccountWriter(deps),
    mxProvider: async (email: string) => {
      const found = await autoconfig(email, dns().session());
      return found.source === 'mx' ? found.provider : undefined;
    },
    startTests: async (ids: string[]) => (await testHandlers['accounts.test']({ ids })).job_id,
  };

  try {
    await reconcileSecrets(db, opts.vault, log);
  } catch (err) {
    // The app still opens without a keychain; saving a password will say what is missing.
    log.warn('keychain reconcile skipped', { reason: err instanceof Error ? err.message : String(err) });
  }

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
    ...bulkHandlers({ ...deps, jobs }),
    ...testHandlers,
    ...importHandlers(importDeps),
    ...jobsHandlers(jobs),
    ...settingsHandlers(settings),
    'accounts.autoconfig': ({ email }) => autoconfig(email, dns().session()),
    ...domains.handlers,
    'deliverability.report': ({ id, refresh }) => reports.report(id, refresh),
    'reputation.history': ({ id, days }) => reports.history(id, days),
    'export.csv': (input) => exportCsv(db, input, clock),
    ...clientsHandlers(deps),
  } satisfies Handlers;

  const close = async () => {
    await jobs.cancelAll();
    await Promise.allSettled([...background]);
    await store.close();
  };
  return { handlers, invoke: createInvoke(handlers, log), events, close, tick: () => reports.tick(), idle: () => Promise.allSettled([...background]).then(() => undefined) };
}

/** The configured resolver, rebuilt when the DNS settings change. */
function dnsFromSettings(settings: { current(): Settings }, fixed?: DnsResolver): () => DnsResolver {
  let key = '';
  let resolver: DnsResolver | undefined = fixed;
  return () => {
    if (fixed) return fixed;
    const s = settings.current();
    const next = JSON.stringify([s.dns_servers, s.dns_timeout_ms, s.dns_tries]);
    if (!resolver || next !== key) {
      resolver = createDnsResolver({ servers: s.dns_servers, timeoutMs: s.dns_timeout_ms, tries: s.dns_tries });
      key = next;
    }
    return resolver;
  };
}

export type { Vault } from './vault/index';
export { createKeytarVault, createMemoryVault } from './vault/index';
export { createConsoleLogger, type Logger } from './log';
