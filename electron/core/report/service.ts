// deliverability.report and reputation.history, and the refresh they share with the hourly
// tick: scan the mailbox, write the day snapshots, audit the domain, score, store.
import type { DomainReport } from '../../../shared/audit';
import type { Account } from '../../../shared/domain';
import type { DeliverabilityReport, MailboxEvidence } from '../../../shared/report';
import { AppError } from '../../../shared/errors';
import { dailyCounts, daysBefore, history, isoDay, totals, writeSnapshots } from '../history/snapshots';
import type { MailContext } from '../mail-context';
import type { ImapFlow } from 'imapflow';
import { readMailbox, writeScanChanges, type ScanChanges, type ScanOutcome } from '../mailbox/index';
import { scanEvidence, unreadableMessages } from './mailbox-evidence';
import { classifyProbeError } from '../probe/classify';
import { probeTimeouts } from '../settings/index';
import { accountsRepo } from '../store/index';
import { createScrubber } from '../vault/index';
import { SignInError, type Login } from '../oauth/index';
import { reasonCounts } from './bounce-reasons';
import { buildReport, scoreInputs, WINDOW_DAYS } from './build';
import { computeScore } from './score';
import { RECENT_DAYS, type HealthService } from '../health/index';

const FRESH_MS = 60 * 60 * 1000;

export interface ReportDeps extends MailContext {
  domainReport(domain: string, force: boolean): Promise<DomainReport>;
  health: Pick<HealthService, 'saveRates'>;
}

/** A mailbox scan's evidence for the report, and what it read, to write with the report. */
export interface ScannedMailbox {
  evidence: MailboxEvidence;
  changes?: ScanChanges;
}

export interface RefreshInput {
  mailbox?: ScannedMailbox;
  domain?: (domain: string) => Promise<DomainReport>;
}

export interface ReportService {
  report(id: string, refresh: boolean): Promise<DeliverabilityReport>;
  history(id: string, days: number): ReturnType<typeof history>;
  /**
   * Scans the mailbox (unless `given` holds a scan already made), refreshes the score and stores
   * the report: the scheduler's part per inbox. `given.domain` serves the domain's audit (a round's).
   */
  refresh(account: Account, given?: RefreshInput): Promise<DeliverabilityReport>;
  /** Reads the mailbox on a session the connection test logged in (and logs it out); writes nothing. */
  scanOn(account: Account, client: ImapFlow, login: Login): Promise<ScannedMailbox>;
  storedReport(id: string): Promise<DeliverabilityReport | null>;
}

export function createReportService(deps: ReportDeps): ReportService {
  const { db, clock, log } = deps;

  const mustGet = (id: string): Promise<Account> => accountsRepo.requireAccount(db, id);

  async function storedReport(id: string): Promise<DeliverabilityReport | null> {
    const row = await db.selectFrom('reports').select('report').where('account_id', '=', id).executeTakeFirst();
    const report = row ? (JSON.parse(row.report) as Partial<DeliverabilityReport>) : null;
    // Reports stored before bounces had reasons (migration 0010) or before the score counted only
    // what was measured are rebuilt, never shown half.
    return report && Array.isArray(report.bounces_by_reason) && typeof report.measured === 'number' ? (report as DeliverabilityReport) : null;
  }

  const target = (account: Account, login: Login) => ({
    protocol: 'imap' as const, host: account.imap_host, port: account.imap_port, security: account.imap_security,
    username: account.imap_username, password: login.password ?? '', allowSelfSigned: account.allow_self_signed,
    ...(login.accessToken !== undefined ? { accessToken: login.accessToken } : {}),
  });
  const readWith = (account: Account, login: Login, client?: ImapFlow) => {
    const s = deps.settings.current();
    return readMailbox({
      db, accountId: account.id, ownAddress: account.email, now: clock.now(), env: deps.probeEnv,
      timeouts: probeTimeouts(s), deadlineMs: s.scan_deadline_ms, target: target(account, login),
      ...(client ? { client } : {}),
      // A very large first scan writes a batch every MAX_PENDING rows rather than hold them all.
      flush: (c) => db.transaction().execute((trx) => writeScanChanges(trx, c)),
    });
  };
  // The reason may quote the server, which may quote the password or token: stored only scrubbed.
  const failed = (err: unknown, used: Login): MailboxEvidence => {
    const c = classifyProbeError(err, 'imap', 'connect');
    return { scanned: false, error: c.code, message: createScrubber([used.password, used.accessToken]).text(`Mailbox not read: ${c.message}`) };
  };
  const outcome = (r: ScanOutcome, used: Login): ScannedMailbox => ({
    evidence: r.error !== undefined ? failed(r.error, used) : scanEvidence(r.scan, deps.settings.current().scan_deadline_ms),
    changes: r.changes,
  });

  /** A scan on its own connection (a report refreshed by hand, or when the connection test could not log in). */
  async function scan(account: Account): Promise<ScannedMailbox> {
    let used: Login = {};
    try {
      // A signed-in inbox whose token the server refuses gets one fresh token and one more try.
      const r = await deps.credentials.session(account).run('imap', (login) => deps.limiter.run(account.imap_host, () => readWith(account, (used = login))), {
        result: (o) => o.error !== undefined && classifyProbeError(o.error, 'imap', 'connect').code === 'auth_failed',
      });
      return outcome(r, used);
    } catch (err) {
      if (err instanceof SignInError) {
        if (err.code === 'auth_failed' && account.auth_method === 'password') return { evidence: { scanned: false, message: 'No IMAP password in the keychain: edit the inbox to read its mailbox' } };
        return { evidence: { scanned: false, error: err.code, message: err.message } };
      }
      return { evidence: failed(err, used) };
    }
  }

  async function refresh(account: Account, force: boolean, given?: RefreshInput): Promise<DeliverabilityReport> {
    const now = clock.now();
    const mailbox = given?.mailbox ?? (await scan(account));
    const domainName = account.email.split('@')[1]!.toLowerCase();
    const domain = await (given?.domain ? given.domain(domainName) : deps.domainReport(domainName, force)).catch((err: unknown) => {
      log.warn('domain audit failed', { domain: domainName, error: String(err) });
      return null;
    });
    try {
      // What the scan read, the day snapshots and the report: one transaction per inbox.
      const report = await db.transaction().execute(async (trx) => {
        if (mailbox.changes) await writeScanChanges(trx, mailbox.changes);
        const unreadable = await unreadableMessages(trx, account.id);
        const evidence = unreadable ? { ...mailbox.evidence, unreadable } : mailbox.evidence;
        await writeSnapshots(trx, account.id, (_date, c) => computeScore(scoreInputs(account, domain, c, c.sent)).score);
        const days = await dailyCounts(trx, account.id, daysBefore(now, WINDOW_DAYS - 1), isoDay(now));
        const window = totals(days);
        const recentFrom = daysBefore(now, RECENT_DAYS - 1);
        const recent = totals(new Map([...days].filter(([date]) => date >= recentFrom)));
        const today = days.get(isoDay(now));
        const reasons = await reasonCounts(trx, account.id, daysBefore(now, WINDOW_DAYS - 1), isoDay(now));
        const built = buildReport({ account, domain, window, sentLastDay: today?.sent ?? 0, now, mailbox: evidence, reasons });
        const json = JSON.stringify(built);
        await trx.insertInto('reports').values({ account_id: account.id, report: json, created_at: built.checked_at })
          .onConflict((oc) => oc.column('account_id').doUpdateSet({ report: json, created_at: built.checked_at })).execute();
        // An unchanged score is not written again (the accounts row carries the list's indexes).
        await trx.updateTable('accounts').set({ score: built.overall_score, score_measured: built.measured }).where('id', '=', account.id)
          .where((eb) => eb.or([eb('score', 'is not', built.overall_score), eb('score_measured', 'is not', built.measured)])).execute();
        return { built, window, recent };
      });
      const { window, recent } = report;
      await deps.health.saveRates(account.id, {
        sent_30d: window.sent, bounced_30d: window.hard_bounces + window.soft_bounces, blocked_30d: window.blocks, complaints_30d: window.complaints,
        sent_7d: recent.sent, bounced_7d: recent.hard_bounces + recent.soft_bounces, blocked_7d: recent.blocks, complaints_7d: recent.complaints,
      });
      deps.events.emit('accounts.changed', { ids: [account.id] });
      return report.built;
    } catch (err) {
      // The inbox was deleted while its report was being built: say so, not "internal".
      if (err instanceof Error && /FOREIGN KEY constraint failed/.test(err.message)) throw new AppError('not_found', 'That inbox no longer exists', { field: 'id' });
      throw err;
    }
  }

  return {
    storedReport,
    async report(id, force) {
      const account = await mustGet(id);
      const stored = await storedReport(id);
      if (!force && stored && clock.now().getTime() - Date.parse(stored.checked_at) < FRESH_MS) return stored;
      return refresh(account, force);
    },
    async history(id, days) {
      await mustGet(id);
      return history(db, id, days, clock.now());
    },
    refresh: (account, given) => refresh(account, false, given),
    scanOn: async (account, client, login) => outcome(await readWith(account, login, client), login),
  };
}
