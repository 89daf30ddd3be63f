// deliverability.report and reputation.history, and the refresh they share with the hourly
// tick: scan the mailbox, write the day snapshots, audit the domain, score, store.
import type { DomainReport } from '../../../shared/audit';
import type { Account } from '../../../shared/domain';
import type { DeliverabilityReport, MailboxEvidence } from '../../../shared/report';
import { AppError } from '../../../shared/errors';
import { dailyCounts, daysBefore, history, isoDay, totals, writeSnapshots } from '../history/snapshots';
import type { MailContext } from '../mail-context';
import { scanMailbox } from '../mailbox/scan';
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

export interface ReportService {
  report(id: string, refresh: boolean): Promise<DeliverabilityReport>;
  history(id: string, days: number): ReturnType<typeof history>;
  /** Scans the mailbox, refreshes the score and stores the report (the scheduler's part per inbox). */
  refresh(account: Account): Promise<DeliverabilityReport>;
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

  async function scan(account: Account): Promise<MailboxEvidence> {
    const s = deps.settings.current();
    const scanWith = (login: Login) =>
      deps.limiter.run(account.imap_host, () =>
        scanMailbox({
          db, accountId: account.id, ownAddress: account.email, now: clock.now(), env: deps.probeEnv,
          timeouts: probeTimeouts(s), deadlineMs: s.scan_deadline_ms,
          target: {
            protocol: 'imap', host: account.imap_host, port: account.imap_port, security: account.imap_security,
            username: account.imap_username, password: login.password ?? '', allowSelfSigned: account.allow_self_signed,
            ...(login.accessToken !== undefined ? { accessToken: login.accessToken } : {}),
          },
        }),
      );
    let used: Login = {};
    let evidence: MailboxEvidence;
    try {
      // A signed-in inbox whose token the server refuses gets one fresh token and one more try.
      const r = await deps.credentials.session(account).run('imap', (login) => scanWith((used = login)), {
        error: (err) => classifyProbeError(err, 'imap', 'connect').code === 'auth_failed',
      });
      evidence = scanEvidence(r, s.scan_deadline_ms);
    } catch (err) {
      if (err instanceof SignInError) {
        if (err.code === 'auth_failed' && account.auth_method === 'password') return { scanned: false, message: 'No IMAP password in the keychain: edit the inbox to read its mailbox' };
        return { scanned: false, error: err.code, message: err.message };
      }
      // The reason may quote the server, which may quote the password or token: stored only scrubbed.
      const c = classifyProbeError(err, 'imap', 'connect');
      evidence = { scanned: false, error: c.code, message: createScrubber([used.password, used.accessToken]).text(`Mailbox not read: ${c.message}`) };
    }
    const unreadable = await unreadableMessages(db, account.id);
    return unreadable ? { ...evidence, unreadable } : evidence;
  }

  async function refresh(account: Account, force: boolean): Promise<DeliverabilityReport> {
    const now = clock.now();
    const mailbox = await scan(account);
    const domainName = account.email.split('@')[1]!.toLowerCase();
    const domain = await deps.domainReport(domainName, force).catch((err: unknown) => {
      log.warn('domain audit failed', { domain: domainName, error: String(err) });
      return null;
    });
    try {
      await writeSnapshots(db, account.id, (_date, c) => computeScore(scoreInputs(account, domain, c, c.sent)).score);
      const days = await dailyCounts(db, account.id, daysBefore(now, WINDOW_DAYS - 1), isoDay(now));
      const window = totals(days);
      const recentFrom = daysBefore(now, RECENT_DAYS - 1);
      const recent = totals(new Map([...days].filter(([date]) => date >= recentFrom)));
      const today = days.get(isoDay(now));
      const reasons = await reasonCounts(db, account.id, daysBefore(now, WINDOW_DAYS - 1), isoDay(now));
      const report = buildReport({ account, domain, window, sentLastDay: today?.sent ?? 0, now, mailbox, reasons });
      const json = JSON.stringify(report);
      await db.insertInto('reports').values({ account_id: account.id, report: json, created_at: report.checked_at })
        .onConflict((oc) => oc.column('account_id').doUpdateSet({ report: json, created_at: report.checked_at })).execute();
      await db.updateTable('accounts').set({ score: report.overall_score, score_measured: report.measured }).where('id', '=', account.id).execute();
      await deps.health.saveRates(account.id, {
        sent_30d: window.sent, bounced_30d: window.hard_bounces + window.soft_bounces, blocked_30d: window.blocks, complaints_30d: window.complaints,
        sent_7d: recent.sent, bounced_7d: recent.hard_bounces + recent.soft_bounces, blocked_7d: recent.blocks, complaints_7d: recent.complaints,
      });
      deps.events.emit('accounts.changed', { ids: [account.id] });
      return report;
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
    refresh: (account) => refresh(account, false),
  };
}
