// export.csv: accounts (the current filter), deliverability reports and reputation history,
// streamed to the file the user chose. Rows are read a batch at a time, so memory stays flat.
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Account } from '../../../shared/domain';
import type { DeliverabilityReport, ExportResult } from '../../../shared/report';
import type { Clock } from '../clock';
import { writeCsvChunks, writeCsvFile, type CsvColumn, type CsvRow } from '../csv/index';
import { accountsRepo, type Database, type RawQuery } from '../store/index';
import { checkDestination, partialFiles, pathError } from './destination';
import { historyChunks } from './history-csv';

const cols = (spec: string): CsvColumn[] => spec.split(',').map((key) => ({ key, header: key }));

// Inboxfleet's own format reads back in: fill the empty password columns and import the file.
const ACCOUNT_COLUMNS = cols('email,display_name,provider,auth_method,client,status,health,score,score_measured,daily_limit,smtp_host,smtp_port,smtp_security,smtp_username,smtp_password,imap_host,imap_port,imap_security,imap_username,imap_password,min_minutes_between_sends,signature_html,reply_to,bcc,tracking_domain,tags,warmup_enabled,warmup_per_day,warmup_daily_rampup,warmup_target_reply_rate,allow_self_signed,smtp_check,imap_check,last_tested_at,created_at');
// The vendors' own upload layouts, password columns present but empty.
const SMARTLEAD_COLUMNS = cols('from_name,from_email,user_name,password,smtp_host,smtp_port,imap_host,imap_port,max_email_per_day,custom_tracking_url,warmup_enabled,total_warmup_per_day,daily_rampup,reply_rate_percentage,bcc,signature,different_reply_to_address,imap_user_name,imap_password');
const INSTANTLY_COLUMNS = cols('Email,First Name,Last Name,IMAP Username,IMAP Password,IMAP Host,IMAP Port,SMTP Username,SMTP Password,SMTP Host,SMTP Port,Daily Limit,Warmup Enabled,Warmup Limit,Warmup Increment');
const REPORT_COLUMNS = cols('email,domain,overall_score,measured_percent,checked_at,spf_passed,dkim_passed,dmarc_passed,blacklisted,flagged_lists,sent_30d,bounce_rate,complaint_rate,reply_rate,top_recommendation,hard_bounce_rate,block_rate,top_block_reason');

type Input = ParsedInputOf<'export.csv'>;

const COLUMNS: Record<Exclude<Input['kind'], 'history'>, CsvColumn[]> = {
  accounts: ACCOUNT_COLUMNS, smartlead: SMARTLEAD_COLUMNS, instantly: INSTANTLY_COLUMNS, reports: REPORT_COLUMNS,
};

const accountsOf = (db: Kysely<Database>, filter: Input['filter']) =>
  accountsRepo.streamAccounts(db, { ...filter, sort: filter?.sort ?? 'email', order: filter?.order ?? 'asc' });

// Never a password: only non-secret columns are copied; password columns stay empty for the user to fill.
const ACCOUNT_ROWS: Record<'accounts' | 'smartlead' | 'instantly', (a: Account) => CsvRow> = {
  accounts: (a) => ({
    email: a.email, display_name: a.display_name, provider: a.provider, auth_method: a.auth_method, client: a.client_name, status: a.status, health: a.health, score: a.score, score_measured: a.score_measured,
    daily_limit: a.daily_limit, smtp_host: a.smtp_host, smtp_port: a.smtp_port, smtp_security: a.smtp_security,
    smtp_username: a.smtp_username, smtp_password: '', imap_host: a.imap_host, imap_port: a.imap_port, imap_security: a.imap_security,
    imap_username: a.imap_username, imap_password: '', min_minutes_between_sends: a.min_minutes_between_sends,
    signature_html: a.signature_html, reply_to: a.reply_to, bcc: a.bcc, tracking_domain: a.tracking_domain, tags: a.tags.join('; '),
    warmup_enabled: a.warmup_enabled, warmup_per_day: a.warmup_per_day, warmup_daily_rampup: a.warmup_daily_rampup,
    warmup_target_reply_rate: a.warmup_target_reply_rate, allow_self_signed: a.allow_self_signed,
    smtp_check: a.smtp_test ? a.smtp_test.error ?? 'ok' : '', imap_check: a.imap_test ? a.imap_test.error ?? 'ok' : '',
    last_tested_at: a.last_tested_at, created_at: a.created_at,
  }),
  smartlead: (a) => ({
    from_name: a.display_name, from_email: a.email, user_name: a.smtp_username, password: '', smtp_host: a.smtp_host,
    smtp_port: a.smtp_port, imap_host: a.imap_host, imap_port: a.imap_port, max_email_per_day: a.daily_limit,
    custom_tracking_url: a.tracking_domain ?? '', warmup_enabled: a.warmup_enabled, total_warmup_per_day: a.warmup_per_day,
    daily_rampup: a.warmup_daily_rampup, reply_rate_percentage: a.warmup_target_reply_rate, bcc: a.bcc ?? '',
    signature: a.signature_html, different_reply_to_address: a.reply_to ?? '', imap_user_name: a.imap_username, imap_password: '',
  }),
  instantly: (a) => {
    const [first = '', ...rest] = a.display_name.split(' ');
    return {
      Email: a.email, 'First Name': first, 'Last Name': rest.join(' '), 'IMAP Username': a.imap_username, 'IMAP Password': '',
      'IMAP Host': a.imap_host, 'IMAP Port': a.imap_port, 'SMTP Username': a.smtp_username, 'SMTP Password': '',
      'SMTP Host': a.smtp_host, 'SMTP Port': a.smtp_port, 'Daily Limit': a.daily_limit, 'Warmup Enabled': a.warmup_enabled,
      'Warmup Limit': a.warmup_per_day, 'Warmup Increment': a.warmup_daily_rampup,
    };
  },
};

/** Inboxes and reports, row by row (history has its own path: history-csv.ts). */
async function* rowsFor(db: Kysely<Database>, input: Input & { kind: keyof typeof COLUMNS }): AsyncGenerator<CsvRow> {
  if (input.kind === 'accounts' || input.kind === 'smartlead' || input.kind === 'instantly') {
    const toRow = ACCOUNT_ROWS[input.kind];
    for await (const a of accountsOf(db, input.filter)) yield toRow(a);
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

export async function exportCsv(db: Kysely<Database>, input: Input, clock: Clock, dataDir: string, rawQuery: (sql: string) => RawQuery): Promise<ExportResult> {
  const target = checkDestination(input.path, dataDir);
  const partials = partialFiles(db, () => clock.now());
  const partialPath = await partials.begin(target);
  try {
    const r = input.kind === 'history'
      ? await writeCsvChunks(target, (onRows) => historyChunks(db, rawQuery, input, clock.now(), onRows), { partialPath })
      : await writeCsvFile(target, COLUMNS[input.kind], rowsFor(db, { ...input, kind: input.kind }), { partialPath });
    return { path: target, ...r };
  } catch (err) {
    throw pathError(err, target);
  } finally {
    await partials.end(partialPath);
  }
}

export { removeLeftoverPartials } from './destination';
export { exportClientReport } from './client-report';
