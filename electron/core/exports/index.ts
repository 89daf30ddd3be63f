// export.csv: accounts (the current filter), deliverability reports and reputation history,
// streamed to the file the user chose. Rows are read a batch at a time, so memory stays flat.
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { DeliverabilityReport, ExportResult } from '../../../shared/report';
import type { Clock } from '../clock';
import { writeCsvFile, writeCsvRecords, type CsvColumn, type CsvRow } from '../csv/index';
import { accountsRepo, type Database } from '../store/index';
import { checkDestination, partialFiles, pathError } from './destination';
import { HISTORY_HEADERS, historyRecords } from './history-csv';

const cols = (spec: string): CsvColumn[] => spec.split(',').map((key) => ({ key, header: key }));

const ACCOUNT_COLUMNS = cols('email,display_name,provider,client,status,health,score,score_measured,daily_limit,smtp_host,smtp_port,smtp_security,imap_host,imap_port,imap_security,tags,warmup_enabled,smtp_check,imap_check,last_tested_at,created_at');
const REPORT_COLUMNS = cols('email,domain,overall_score,measured_percent,checked_at,spf_passed,dkim_passed,dmarc_passed,blacklisted,flagged_lists,sent_30d,bounce_rate,complaint_rate,reply_rate,top_recommendation,hard_bounce_rate,block_rate,top_block_reason');

type Input = ParsedInputOf<'export.csv'>;

const accountsOf = (db: Kysely<Database>, filter: Input['filter']) =>
  accountsRepo.streamAccounts(db, { ...filter, sort: filter?.sort ?? 'email', order: filter?.order ?? 'asc' });

/** Accounts and reports, row by row (history has its own path: history-csv.ts). */
async function* rowsFor(db: Kysely<Database>, input: Input): AsyncGenerator<CsvRow> {
  if (input.kind === 'accounts') {
    for await (const a of accountsOf(db, input.filter)) {
      // Never a password: only the non-secret columns are copied.
      yield {
        email: a.email, display_name: a.display_name, provider: a.provider, client: a.client_name, status: a.status, health: a.health, score: a.score, score_measured: a.score_measured,
        daily_limit: a.daily_limit, smtp_host: a.smtp_host, smtp_port: a.smtp_port, smtp_security: a.smtp_security, imap_host: a.imap_host,
        imap_port: a.imap_port, imap_security: a.imap_security, tags: a.tags.join('; '), warmup_enabled: a.warmup_enabled,
        smtp_check: a.smtp_test ? a.smtp_test.error ?? 'ok' : '', imap_check: a.imap_test ? a.imap_test.error ?? 'ok' : '',
        last_tested_at: a.last_tested_at, created_at: a.created_at,
      };
    }
    return;
  }
  if (input.kind === 'reports') {
    // One streamed join: a query nested inside an open stream would wait for the connection.
    const rows = accountsRepo
      .orderAccounts(
        accountsRepo.filteredAccounts(db, input.filter ?? {}).innerJoin('reports', 'reports.account_id', 'accounts.id').select('reports.report'),
        input.filter?.sort ?? 'email',
        input.filter?.order ?? 'asc',
      )
      .stream(500);
    for await (const row of rows) {
      const r = JSON.parse(row.report) as DeliverabilityReport;
      yield {
        email: r.email, domain: r.domain, overall_score: r.overall_score, measured_percent: r.measured, checked_at: r.checked_at,
        spf_passed: r.dns_authentication.spf.passed, dkim_passed: r.dns_authentication.dkim.passed, dmarc_passed: r.dns_authentication.dmarc.passed,
        blacklisted: r.blacklist_check.listed, flagged_lists: r.blacklist_check.flagged_lists.map((f) => f.list).join('; '),
        sent_30d: r.reputation.sent, bounce_rate: r.reputation.bounce_rate, complaint_rate: r.reputation.complaint_rate,
        reply_rate: r.reputation.reply_rate, top_recommendation: r.recommendations[0]?.title ?? '',
        // Reports stored before issue 14 have no blocks or reasons: left empty, not zero.
        hard_bounce_rate: r.reputation.hard_bounce_rate ?? '', block_rate: r.reputation.block_rate ?? '',
        top_block_reason: r.bounces_by_reason?.find((b) => b.category === 'block')?.label ?? '',
      };
    }
    return;
  }
}

export async function exportCsv(db: Kysely<Database>, input: Input, clock: Clock, dataDir: string): Promise<ExportResult> {
  const target = checkDestination(input.path, dataDir);
  const partials = partialFiles(db, () => clock.now());
  const partialPath = await partials.begin(target);
  try {
    const r = input.kind === 'history'
      ? await writeCsvRecords(target, HISTORY_HEADERS, historyRecords(db, input, clock.now()), { partialPath })
      : await writeCsvFile(target, input.kind === 'accounts' ? ACCOUNT_COLUMNS : REPORT_COLUMNS, rowsFor(db, input), { partialPath });
    return { path: target, ...r };
  } catch (err) {
    throw pathError(err, target);
  } finally {
    await partials.end(partialPath);
  }
}

export { removeLeftoverPartials } from './destination';
export { exportClientReport } from './client-report';
