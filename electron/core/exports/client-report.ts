// export.clientReport: what an agency sends its client — one CSV row per inbox, or one HTML file
// that stands alone (inline CSS and SVG, no scripts, no requests) and prints cleanly to PDF.
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Account } from '../../../shared/domain';
import type { ExportResult } from '../../../shared/report';
import type { Clock } from '../clock';
import { writeCsvFile, type CsvColumn } from '../csv/index';
import { domainOfEmail } from '../health/index';
import { overview } from '../overview/index';
import { accountsRepo, type Database } from '../store/index';
import { renderClientReport, type ReportInbox } from './client-report-html';
import { checkDestination, partialFiles, pathError } from './destination';

const CSV_COLUMNS: CsvColumn[] = [
  'email', 'display_name', 'domain', 'status', 'health', 'health_reasons', 'score', 'score_measured_percent',
  'sent_30d', 'bounce_rate_30d', 'complaint_rate_30d', 'block_rate_30d', 'smtp_check', 'imap_check', 'last_tested_at',
].map((key) => ({ key, header: key }));

async function inboxesOf(db: Kysely<Database>, clientId: string): Promise<ReportInbox[]> {
  const accounts: Account[] = [];
  for await (const a of accountsRepo.streamAccounts(db, { client_id: clientId, sort: 'health', order: 'asc' })) accounts.push(a);
  const rates = new Map(
    (await db.selectFrom('account_rates').innerJoin('accounts', 'accounts.id', 'account_rates.account_id').selectAll('account_rates').where('accounts.client_id', '=', clientId).execute())
      .map((r) => [r.account_id, r]),
  );
  return accounts.map((a) => {
    const r = rates.get(a.id);
    return {
      account: a,
      domain: domainOfEmail(a.email),
      sent: r?.sent_30d ?? null,
      bounce_rate: r && r.sent_30d > 0 ? r.bounced_30d / r.sent_30d : null,
      complaint_rate: r && r.sent_30d > 0 ? r.complaints_30d / r.sent_30d : null,
      block_rate: r && r.sent_30d > 0 ? r.blocked_30d / r.sent_30d : null,
    };
  });
}

/** Writes the text under its temporary name, then renames it into place: never a half-written report. */
async function writeText(partial: string, target: string, text: string): Promise<number> {
  try {
    await writeFile(partial, text, 'utf8');
    await rename(partial, target);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return Buffer.byteLength(text);
}

export async function exportClientReport(
  db: Kysely<Database>,
  input: ParsedInputOf<'export.clientReport'>,
  clock: Clock,
  dataDir: string,
): Promise<ExportResult> {
  const summary = await overview(db, { client_id: input.client_id }, clock);
  const target = checkDestination(input.path, dataDir);
  const inboxes = await inboxesOf(db, input.client_id);
  const partials = partialFiles(db, () => clock.now());
  const partialPath = await partials.begin(target);
  try {
    if (input.format === 'html') {
      const bytes = await writeText(partialPath, target, renderClientReport({ overview: summary, inboxes, generatedAt: clock.now() }));
      return { path: target, rows: inboxes.length, bytes };
    }
    // Never a password: only these non-secret columns are written.
    const rows = inboxes.map(({ account: a, domain, sent, bounce_rate, complaint_rate, block_rate }) => ({
      email: a.email, display_name: a.display_name, domain, status: a.status, health: a.health,
      health_reasons: a.health_reasons.map((r) => r.message).join('; '), score: a.score, score_measured_percent: a.score_measured,
      sent_30d: sent, bounce_rate_30d: bounce_rate, complaint_rate_30d: complaint_rate, block_rate_30d: block_rate,
      smtp_check: a.smtp_test ? a.smtp_test.error ?? 'ok' : '', imap_check: a.imap_test ? a.imap_test.error ?? 'ok' : '', last_tested_at: a.last_tested_at,
    }));
    return { path: target, ...(await writeCsvFile(target, CSV_COLUMNS, rows, { partialPath })) };
  } catch (err) {
    throw pathError(err, target);
  } finally {
    await partials.end(partialPath);
  }
}
