// The history export (up to millions of rows: 20,000 inboxes × 180 days) as CSV bytes with as
// little per-row work as possible. Reading a row into JavaScript is most of the cost, so rows come
// as arrays (no object per row) from one prepared statement per inbox that walks the snapshots'
// primary key (account_id, date) in output order — no sort, no temporary B-tree — and each cell
// is written straight into a byte buffer (CsvByteWriter: digits for numbers, csvCell for the rest).
// The inboxes are read first, in the list's order, with their email cell formatted once.
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { CsvByteWriter, cellBytes, csvRecord } from '../csv/index';
import { daysBefore, isoDay } from '../history/snapshots';
import { accountsRepo, type Database, type RawQuery } from '../store/index';

type Input = ParsedInputOf<'export.csv'>;

export const HISTORY_HEADERS = [
  'email', 'date', 'sent', 'hard_bounces', 'soft_bounces', 'complaints', 'replies', 'bounce_rate', 'complaint_rate', 'reply_rate', 'score',
  'blocks', 'delays', 'block_rate',
];

/** The columns of HISTORY_HEADERS after the email, in order. */
export const HISTORY_DAYS_SQL = `select ${HISTORY_HEADERS.slice(1).join(', ')} from snapshots
  where account_id = ? and date > ? and date <= ? order by date`;

/**
 * Bytes per chunk handed to the file: big enough that writes are few (~600 for 3.6 M rows), small
 * enough that making one blocks the event loop for only a few milliseconds and memory stays flat.
 */
const CHUNK_BYTES = 512 * 1024;

/** The file (BOM, header, records) as chunks of bytes; `onRows` counts the records. */
export async function* historyChunks(
  db: Kysely<Database>,
  rawQuery: (sql: string) => RawQuery,
  input: Input,
  today: Date,
  onRows: (n: number) => void,
): AsyncGenerator<Buffer> {
  const inboxes = input.id
    ? [await accountsRepo.requireAccount(db, input.id)]
    : await accountsRepo
        .orderAccounts(accountsRepo.filteredAccounts(db, input.filter ?? {}).select(['accounts.id', 'accounts.email']), input.filter?.sort ?? 'email', input.filter?.order ?? 'asc')
        .execute();
  const daysOf = rawQuery(HISTORY_DAYS_SQL);
  const from = daysBefore(today, input.days);
  const to = isoDay(today);
  const out = new CsvByteWriter(CHUNK_BYTES);
  out.bytes(Buffer.from(`\uFEFF${csvRecord(HISTORY_HEADERS)}`));
  // A date is one of a few hundred texts: formatted (csvCell) once each.
  const dates = new Map<unknown, Buffer>();
  for (const inbox of inboxes) {
    const email = cellBytes(inbox.email);
    const rows = daysOf(inbox.id, from, to);
    for (const row of rows) {
      out.bytes(email);
      out.comma();
      let date = dates.get(row[0]);
      if (!date) dates.set(row[0], (date = cellBytes(row[0])));
      out.bytes(date);
      for (let c = 1; c < row.length; c++) {
        out.comma();
        out.cell(row[c]);
      }
      out.end();
    }
    onRows(rows.length);
    if (out.full) yield out.take();
  }
  if (out.length) yield out.take();
}
