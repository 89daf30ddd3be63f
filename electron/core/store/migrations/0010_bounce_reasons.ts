import { sql, type Kysely } from 'kysely';
import { bounceFromEvidence } from '../../mailbox/index';

// Bounces have reasons (issue 14). Each bounce event gains its reason; kinds become hard_bounce
// (address bad), block (the receiver refused the sender), soft_bounce and delay; snapshots gain
// blocks, delays and the block rate.
//
// What happens to data the earlier classifier stored, and why both of these:
//  1. Recompute from the events we keep. A stored bounce kept each recipient's status, action and
//     diagnostic, which is the evidence the new rules read, so every kept bounce is decided again
//     now (reason, category) and every stored day's counts and rates are recomputed from the
//     events. History is right the moment the app opens, and events of messages deleted from the
//     server since are not lost.
//  2. Mark INBOX and Junk for one full re-read. The earlier classifier missed about a fifth of real
//     bounces and stored nothing for them, and a plain-text bounce's full text was not kept, so
//     recomputing cannot recover those. The next scan reads those folders from the first UID again
//     (UIDVALIDITY kept, so nothing is deleted first) and replaces each message's event.
// Snapshot scores are rewritten by the next refresh, which recomputes every day with sends.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mailbox_events').addColumn('reason', 'text').execute();
  for (const column of ['blocks', 'delays'] as const) {
    await db.schema.alterTable('snapshots').addColumn(column, 'integer', (c) => c.notNull().defaultTo(0)).execute();
  }
  await db.schema.alterTable('snapshots').addColumn('block_rate', 'real', (c) => c.notNull().defaultTo(0)).execute();

  const events = await sql<{ account_id: string; folder: string; uidvalidity: string; uid: number; detail: string }>`
    select account_id, folder, uidvalidity, uid, detail from mailbox_events where kind in ('hard_bounce', 'soft_bounce')`.execute(db);
  for (const e of events.rows) {
    const old = parse(e.detail);
    const bounce = bounceFromEvidence(old.recipients, old.heuristic ? 'text' : 'dsn');
    if (bounce && old.original_message_id) bounce.original_message_id = old.original_message_id;
    const kind = !bounce ? 'soft_bounce' : bounce.category === 'hard' ? 'hard_bounce' : bounce.category === 'soft' ? 'soft_bounce' : bounce.category;
    await sql`update mailbox_events set kind = ${kind}, reason = ${bounce?.reason ?? 'unknown'}, detail = ${JSON.stringify(bounce ?? old)}
      where account_id = ${e.account_id} and folder = ${e.folder} and uidvalidity = ${e.uidvalidity} and uid = ${e.uid}`.execute(db);
  }

  await sql`
    update snapshots set
      hard_bounces = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'hard_bounce'),
      soft_bounces = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'soft_bounce'),
      blocks = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'block'),
      delays = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'delay'),
      complaints = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'complaint'),
      replies = (select count(*) from mailbox_events e where e.account_id = snapshots.account_id and e.date = snapshots.date and e.kind = 'reply')`.execute(db);
  await sql`
    update snapshots set
      bounce_rate = case when sent > 0 then (hard_bounces + soft_bounces) * 1.0 / sent else 0 end,
      block_rate = case when sent > 0 then blocks * 1.0 / sent else 0 end,
      complaint_rate = case when sent > 0 then complaints * 1.0 / sent else 0 end,
      reply_rate = case when sent > 0 then replies * 1.0 / sent else 0 end`.execute(db);

  await sql`update mailbox_folders set last_uid = 0 where role != 'sent'`.execute(db);
  await db.schema.createIndex('mailbox_events_by_kind').on('mailbox_events').columns(['account_id', 'kind', 'date']).execute();
}

interface OldBounce {
  recipients: { address: string; status?: string; action?: 'failed' | 'delayed'; diagnostic?: string }[];
  heuristic?: boolean;
  original_message_id?: string;
}

function parse(detail: string): OldBounce {
  try {
    const d = JSON.parse(detail) as Partial<OldBounce>;
    return { ...d, recipients: Array.isArray(d.recipients) ? d.recipients : [] };
  } catch {
    return { recipients: [] };
  }
}
