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
import { exportClientReport, exportCsv, removeLeftoverPartials } from './exports/index';
import { overview } from './overview/index';
import { importDnsSession, importHandlers } from './import/index';
import { createReportService, type ScannedMailbox } from './report/service';
import { jobsHandlers } from './jobs/handlers';
import { openSettings, settingsHandlers } from './settings/index';
import { createAlerts, type AlertsDeps } from './alerts/index';
import { createScheduler, type Scheduler } from './scheduler/index';
import { inboxCheck } from './scheduler/check';
import { accountsRepo } from './store/index';
import type { Timers } from './timers';
import {
  createConfigSource, createCredentials, createTokenSource, readinessAudit, reconcileAppSecrets, signInAppsHandlers, signInHandler,
} from './oauth/index';
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
  /** Main knows whether the computer is online; scheduled rounds wait while it is not. */
  isOnline?: () => boolean;
  timers?: Timers;
  /** Webhook retry schedule and digest timing (tests shorten them). */
  alerts?: Pick<AlertsDeps, 'webhook' | 'digest'>;
  /**
   * Opens a sign-in page in the user's browser (main passes shell.openExternal; e2e tests a
   * browser page). Without it, "Sign in with Google/Microsoft" says it needs the desktop app.
   */
  openUrl?: (url: string) => Promise<void>;
}

export interface Core {
  handlers: Handlers;
  invoke: Invoke;
  events: Pick<CoreEvents, 'on'>;
  close(): Promise<void>;
  /** Runs a round of every inbox now (or joins the running one) and resolves when it is done; stale health is renewed after it. */
  tick(): Promise<{ refreshed: number; failed: number }>;
  /** Main starts the hourly rounds once the window is up and wakes them after sleep. */
  scheduler: Pick<Scheduler, 'start' | 'wake'>;
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
  const probeEnv = { extraCa: opts.extraCa, pins: new Map<string, string>(), now: () => clock.now(), trust: new Map() };
  const alerts = createAlerts({ db, vault: opts.vault, clock, events, log, settings, busy: () => jobs.running() > 0, timers: opts.timers, ...opts.alerts });
  // Alerts follow every check; a failure there is logged and never loses the check's result.
  const observe = (what: string, fn: () => Promise<void>) =>
    fn().catch((err: unknown) => log.error('alert evaluation failed', { what, error: err instanceof Error ? err.message : String(err) }));
  const health = createHealthService({ db, clock, events, log });
  // A sign-in that expired or was renewed changes the inbox's health and its sign-in alert at once.
  const onSignInChanged = async (id: string) => {
    await health.recompute([id]);
    await observe(id, () => alerts.observeAccount(id));
  };
  // Access tokens: memory only, one refresh per inbox at a time, bounded per token endpoint.
  const configs = createConfigSource({ vault: opts.vault, clock, timeoutMs: () => settings.current().socket_timeout_ms });
  const tokens = createTokenSource({
    db, vault: opts.vault, clock, events, log, configs,
    limiter: createLimiter(() => ({ overall: settings.current().test_concurrency, perHost: settings.current().test_per_host_concurrency })),
    onExpired: onSignInChanged,
  });
  const credentials = createCredentials({ vault: opts.vault, tokens });
  const dns = dnsFromSettings(settings, log, opts.dns);
  // After each stored audit: the health of the domain's inboxes, then the alert rules.
  const domains = createDomainService({
    db, clock, events, jobs, dns,
    onAudited: async (d) => {
      await health.recomputeDomain(d);
      await observe(d, () => alerts.observeDomain(d));
    },
  });
  const reports = createReportService({
    db, vault: opts.vault, clock, events, log, settings, limiter, probeEnv, credentials, health, domainReport: (d, force) => domains.check(d, force),
  });
  const rawTester = createAccountTester({ db, vault: opts.vault, clock, events, log, settings, limiter, probeEnv, credentials, health });
  const tester: typeof rawTester = {
    ...rawTester,
    async test(account, signal) {
      const result = await rawTester.test(account, signal);
      await observe(account.id, () => alerts.observeAccount(account.id));
      return result;
    },
  };
  const scheduler = createScheduler({
    db, clock, jobs, log, timers: opts.timers, isOnline: opts.isOnline,
    checkInbox: inboxCheck({
      log,
      getAccount: (id) => accountsRepo.getAccount(db, id),
      // One DNS cache for the round's audits; each domain audited once in the round.
      auditDomain: async (d, round) => (await round.once('domains', async () => domains.run())).check(d, true),
      async testAndScan(a, signal) {
        let mailbox: ScannedMailbox | undefined;
        await rawTester.test(a, signal, async (client, login) => {
          mailbox = await reports.scanOn(a, client, login);
        });
        return mailbox;
      },
      // An audit that failed this round: the report takes the last stored one, never a second audit.
      refreshReport: (a, mailbox, audit) =>
        reports.refresh(a, { ...(mailbox ? { mailbox } : {}), domain: (d) => audit.catch(async (err: unknown) => (await domains.latest(d)) ?? Promise.reject(err)) }),
      observeAccount: (id) => observe(id, () => alerts.observeAccount(id)),
    }),
    afterRound: async () => {
      await health.sweep();
      await alerts.sweep();
    },
  });
  // Tests started by accounts.create run in the background; close() waits for them.
  const background = new Set<Promise<unknown>>();
  const onCreated = (account: Parameters<typeof tester.test>[0]) => {
    const p = tester
      .test(account)
      .catch((err: unknown) => log.error('test after create failed', { id: account.id, error: String(err) }))
      .finally(() => background.delete(p));
    background.add(p);
  };
  const base = { db, vault: opts.vault, clock, events, log, onCreated, forgetToken: tokens.forget, health };
  // One writer for the form and the import, so updates of one inbox queue behind each other.
  const deps = { ...base, writer: createAccountWriter(base) };
  const testHandlers = accountTestHandlers({ db, tester, jobs, clock, concurrency: () => 2 * settings.current().test_concurrency });
  const importDns = importDnsSession(dns, clock);
  const importDeps = {
    db, events, log, clock, jobs, writer: deps.writer,
    mxProvider: async (email: string) => {
      const found = await autoconfig(email, importDns());
      return found.source === 'mx' ? found.provider : undefined;
    },
    startTests: async (ids: string[]) => (await testHandlers['accounts.test']({ ids })).job_id,
  };

  const leftovers = await removeLeftoverPartials(db);
  if (leftovers) log.warn('removed the temporary files of exports that never finished', { count: leftovers });
  // Rows never computed (just migrated, or written by other code) and verdicts gone stale: in the
  // background, so opening a database of 100,000 inboxes after an upgrade does not wait for it.
  const sweep: Promise<unknown> = health
    .sweep()
    .then((n) => n > 0 && events.emit('accounts.changed', { ids: [] }))
    .catch((err: unknown) => log.error('health pass failed', { error: String(err) }))
    .finally(() => background.delete(sweep));
  background.add(sweep);

  // Keychain and rows made to agree after a crash between the two: in the background, because
  // listing the keychain of 10,000 inboxes takes seconds and the first screen needs none of it.
  const closing = new AbortController();
  const reconcile: Promise<unknown> = (async () => {
    // close() does not wait for a slow listing: its answer is dropped, and the next start lists again.
    const keys = await untilAborted(opts.vault.keys(), closing.signal);
    await reconcileSecrets(db, opts.vault, log, {
      keys, guard: deps.writer, signal: closing.signal,
      onRepaired: async (ids) => {
        await health.recompute(ids);
        events.emit('accounts.changed', { ids });
      },
    });
    if (!closing.signal.aborted) await reconcileAppSecrets(db, opts.vault, keys, log);
  })()
    // The app works without a keychain; saving a password will say what is missing. The reason
    // names the keychain problem (keytar's message, never a secret).
    .catch((err: unknown) => closing.signal.aborted || log.warn('keychain reconcile skipped', { reason: err instanceof Error ? err.message : String(err) }))
    .finally(() => background.delete(reconcile));
  background.add(reconcile);

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
    'deliverability.report': async ({ id, refresh }) => {
      const report = await reports.report(id, refresh);
      await observe(id, () => alerts.observeAccount(id));
      return report;
    },
    'reputation.history': ({ id, days }) => reports.history(id, days),
    'export.csv': (input) => exportCsv(db, input, clock, opts.dataDir, store.rawQuery),
    ...clientsHandlers(deps),
    ...alerts.handlers,
    ...scheduler.handlers,
    'accounts.signIn': signInHandler({ db, vault: opts.vault, clock, events, log, settings, jobs, configs, tokens, tester, writer: deps.writer, openUrl: opts.openUrl, onSignInChanged }),
    'accounts.authReadiness': (q) => readinessAudit(db, clock.now().toISOString().slice(0, 10), q),
    ...signInAppsHandlers({ db, vault: opts.vault, clock, log }),
    'overview.get': (input) => overview(db, input, clock),
    'export.clientReport': (input) => exportClientReport(db, input, clock, opts.dataDir),
  } satisfies Handlers;

  const close = async () => {
    closing.abort();
    scheduler.stop();
    await jobs.cancelAll();
    // The cancelled round records its end before the store closes.
    await scheduler.settled().catch(() => null);
    await Promise.allSettled([...background]);
    await alerts.close();
    await store.close();
  };
  const tick = async () => {
    await scheduler.runNow();
    const run = await scheduler.settled();
    return { refreshed: run ? run.done - run.failed : 0, failed: run?.failed ?? 0 };
  };
  return {
    handlers, invoke: createInvoke(handlers, log), events, close, tick,
    scheduler: {
      start: () => scheduler.start(),
      wake: async () => {
        alerts.kickWebhook();
        await scheduler.wake();
      },
    },
    idle: () => Promise.allSettled([...background]).then(() => undefined),
  };
}

/** `work`'s answer, or an AbortError as soon as `signal` aborts (the work itself goes on, unheard). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** The configured resolver, rebuilt when the DNS settings change. */
function dnsFromSettings(settings: { current(): Settings }, log: Logger, fixed?: DnsResolver): () => DnsResolver {
  let key = '';
  let resolver: DnsResolver | undefined = fixed;
  return () => {
    if (fixed) return fixed;
    const s = settings.current();
    const next = JSON.stringify([s.dns_servers, s.dns_timeout_ms, s.dns_tries, s.dns_max_in_flight]);
    if (!resolver || next !== key) {
      key = next;
      try {
        resolver = createDnsResolver({ servers: s.dns_servers, timeoutMs: s.dns_timeout_ms, tries: s.dns_tries, maxInFlight: s.dns_max_in_flight });
      } catch (err) {
        // Settings are validated on save and on load; should node:dns still refuse them, the
        // system's servers answer rather than every audit failing (Settings shows the warning).
        log.warn('DNS servers refused, using the system resolver', { error: err instanceof Error ? err.message : String(err) });
        resolver = createDnsResolver({ timeoutMs: s.dns_timeout_ms, tries: s.dns_tries, maxInFlight: s.dns_max_in_flight });
      }
    }
    return resolver;
  };
}

export type { Vault } from './vault/index';
export { createKeytarVault, createMemoryVault } from './vault/index';
export { createConsoleLogger, type Logger } from './log';
