// What the report says about the mailbox scan: what it read, whether it hit its time limit, and
// the messages it could not read (so a poison message is named, not blamed on the server).
import type { Kysely } from 'kysely';
import type { MailboxEvidence } from '../../../shared/report';
import type { MailboxScan } from '../mailbox/index';
import type { Database } from '../store/index';

const EXAMPLES = 5;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function scanEvidence(r: MailboxScan, deadlineMs: number): MailboxEvidence {
  const read = r.folders.reduce((n, f) => n + f.read, 0);
  const skipped = r.unreadable.length ? `; ${plural(r.unreadable.length, 'message')} could not be read and ${r.unreadable.length === 1 ? 'was' : 'were'} skipped` : '';
  if (r.timedOut) {
    const limit = deadlineMs >= 60_000 ? `${Math.round(deadlineMs / 60_000)} min` : `${Math.round(deadlineMs / 1000)} s`;
    return {
      scanned: false, error: 'timeout',
      message: `The mailbox scan stopped at its ${limit} limit after reading ${plural(read, 'new message')}${skipped}; the server is slow or stalls. What was read is counted and the next scan goes on from there`,
    };
  }
  return { scanned: true, message: `Read ${plural(read, 'new message')} in ${r.folders.map((f) => f.folder).join(', ')}${skipped}` };
}

/** Messages recorded as unreadable for the inbox (current UIDVALIDITY of each folder), newest first. */
export async function unreadableMessages(db: Kysely<Database>, accountId: string): Promise<MailboxEvidence['unreadable']> {
  const base = db.selectFrom('mailbox_events').where('account_id', '=', accountId).where('kind', '=', 'unreadable');
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(n) === 0) return undefined;
  const rows = await base.select(['folder', 'uid', 'detail']).orderBy('uid', 'desc').limit(EXAMPLES).execute();
  const reason = (detail: string) => {
    try {
      return String((JSON.parse(detail) as { reason?: unknown }).reason ?? 'unreadable');
    } catch {
      return 'unreadable';
    }
  };
  return { count: Number(n), examples: rows.map((r) => ({ folder: r.folder, uid: r.uid, reason: reason(r.detail) })) };
}
