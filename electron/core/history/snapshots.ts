// Daily snapshots per (account, date) from what the mailbox scans recorded: sends per day from
// the Sent folder, bounces/blocks/delays/complaints/replies per day they arrived. Written by
// upsert, so ticks can repeat freely, and only where a value changed; days without sends are not stored. Bounces are the address
// problems (hard) and unclear failures (soft); blocks (the receiver refused the sender) and delays
// (still retrying) are counted apart.
import type { Kysely } from 'kysely';
import type { HistoryPoint } from '../../../shared/report';
import type { Database } from '../store/index';

export interface DayCounts {
  sent: number;
  hard_bounces: number;
  soft_bounces: number;
  blocks: number;
  delays: number;
  complaints: number;
  replies: number;
}

const EMPTY: DayCounts = { sent: 0, hard_bounces: 0, soft_bounces: 0, blocks: 0, delays: 0, complaints: 0, replies: 0 };
const EVENT_FIELD: Record<string, keyof DayCounts> = {
  hard_bounce: 'hard_bounces', soft_bounce: 'soft_bounces', block: 'blocks', delay: 'delays', complaint: 'complaints', reply: 'replies',
};

export const rate = (n: number, sent: number) => (sent > 0 ? n / sent : 0);

/** Counts per day (YYYY-MM-DD) between from and to inclusive. */
export async function dailyCounts(db: Kysely<Database>, accountId: string, from = '0000-01-01', to = '9999-12-31'): Promise<Map<string, DayCounts>> {
  const days = new Map<string, DayCounts>();
  const at = (d: string) => days.get(d) ?? (days.set(d, { ...EMPTY }), days.get(d)!);
  const sent = await db.selectFrom('sent_messages').select(['date', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId).where('date', '>=', from).where('date', '<=', to).groupBy('date').execute();
  for (const r of sent) at(r.date).sent = Number(r.n);
  const events = await db.selectFrom('mailbox_events').select(['date', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId).where('date', '>=', from).where('date', '<=', to).groupBy(['date', 'kind']).execute();
  for (const r of events) {
    const field = EVENT_FIELD[r.kind];
    if (field) at(r.date)[field] += Number(r.n);
  }
  return days;
}

export function totals(days: Map<string, DayCounts>): DayCounts {
  const t = { ...EMPTY };
  for (const d of days.values()) for (const k of Object.keys(t) as (keyof DayCounts)[]) t[k] += d[k];
  return t;
}

/**
 * One row per day with sends; returns how many rows were written. A day whose stored row already
 * holds these values is not written again, so an hourly round with nothing new writes no snapshot.
 */
export async function writeSnapshots(
  db: Kysely<Database>,
  accountId: string,
  scoreOfDay: (date: string, counts: DayCounts) => number | null,
): Promise<number> {
  const days = await dailyCounts(db, accountId);
  const stored = new Map((await db.selectFrom('snapshots').selectAll().where('account_id', '=', accountId).execute()).map((r) => [r.date, r]));
  let written = 0;
  for (const [date, c] of days) {
    if (c.sent === 0) continue;
    const row = {
      account_id: accountId, date, ...c,
      bounce_rate: rate(c.hard_bounces + c.soft_bounces, c.sent), block_rate: rate(c.blocks, c.sent),
      complaint_rate: rate(c.complaints, c.sent), reply_rate: rate(c.replies, c.sent),
      score: scoreOfDay(date, c),
    };
    const old = stored.get(date) as Record<string, unknown> | undefined;
    if (old && (Object.keys(row) as (keyof typeof row)[]).every((k) => old[k] === row[k])) continue;
    const { account_id: _a, date: _d, ...update } = row;
    await db.insertInto('snapshots').values(row).onConflict((oc) => oc.columns(['account_id', 'date']).doUpdateSet(update)).execute();
    written++;
  }
  return written;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const daysBefore = (d: Date, n: number) => isoDay(new Date(d.getTime() - n * 86_400_000));

/** Snapshot points of the last `days` days up to today, ascending by date. */
export async function history(db: Kysely<Database>, accountId: string, days: number, today: Date): Promise<HistoryPoint[]> {
  const rows = await db.selectFrom('snapshots').selectAll()
    .where('account_id', '=', accountId).where('date', '>', daysBefore(today, days)).where('date', '<=', isoDay(today))
    .orderBy('date', 'asc').execute();
  return rows.map(({ account_id: _a, ...p }) => p);
}
