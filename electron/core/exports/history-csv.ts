// The history export (up to millions of rows: 20,000 inboxes × 180 days) as CSV records built
// with as little per-row work as possible. Reading a row into JavaScript is most of the cost, so
// SQLite joins the fixed-format columns into texts — the ISO date and the integer counts, whose
// text SQLite writes exactly as JavaScript does (tests compare both ways) — and only the rates
// (REAL: JavaScript's shortest round-trip form) and the score are formatted here.
// The inboxes are read first, in the list's order, then their days a batch of inboxes at a time:
// never a query inside an open stream, never a query per inbox.
import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { csvCell } from '../csv/index';
import { daysBefore, isoDay } from '../history/snapshots';
import { accountsRepo, type Database } from '../store/index';

type Input = ParsedInputOf<'export.csv'>;

export const HISTORY_HEADERS = [
  'email', 'date', 'sent', 'hard_bounces', 'soft_bounces', 'complaints', 'replies', 'bounce_rate', 'complaint_rate', 'reply_rate', 'score',
  'blocks', 'delays', 'block_rate',
];

/**
 * Days read per query (as many inboxes as make about this many): small enough that each batch
 * dies young in V8's new space (flat memory), large enough that per-query costs vanish.
 */
const ROWS_PER_QUERY = 2000;

interface DayRow {
  /** The inbox's position in the batch (an integer is cheaper to read than its id). */
  k: number;
  /** "date,sent,hard_bounces,soft_bounces,complaints,replies" */
  counts: string;
  bounce_rate: number;
  complaint_rate: number;
  reply_rate: number;
  score: number | null;
  /** "blocks,delays" */
  held: string;
  block_rate: number;
}

export async function* historyRecords(db: Kysely<Database>, input: Input, today: Date): AsyncGenerator<string[]> {
  const inboxes = input.id
    ? [await accountsRepo.requireAccount(db, input.id)]
    : await accountsRepo
        .orderAccounts(accountsRepo.filteredAccounts(db, input.filter ?? {}).select(['accounts.id', 'accounts.email']), input.filter?.sort ?? 'email', input.filter?.order ?? 'asc')
        .execute();
  const from = daysBefore(today, input.days);
  const to = isoDay(today);
  const perQuery = Math.max(1, Math.floor(ROWS_PER_QUERY / input.days));
  for (let i = 0; i < inboxes.length; i += perQuery) {
    const some = inboxes.slice(i, i + perQuery);
    const batch = sql.join(some.map((a, k) => sql`(${k}, ${a.id})`));
    const { rows } = await sql<DayRow>`
      with batch(k, id) as (values ${batch})
      select batch.k as k,
             s.date || ',' || s.sent || ',' || s.hard_bounces || ',' || s.soft_bounces || ',' || s.complaints || ',' || s.replies as counts,
             s.bounce_rate, s.complaint_rate, s.reply_rate, s.score, s.blocks || ',' || s.delays as held, s.block_rate
      from batch join snapshots s on s.account_id = batch.id
      where s.date > ${from} and s.date <= ${to}
      order by batch.k, s.date`.execute(db);
    const emails = some.map((a) => csvCell(a.email));
    yield rows.map(
      (r) => `${emails[r.k]},${r.counts},${csvCell(r.bounce_rate)},${csvCell(r.complaint_rate)},${csvCell(r.reply_rate)},${csvCell(r.score)},${r.held},${csvCell(r.block_rate)}\r\n`,
    );
  }
}
