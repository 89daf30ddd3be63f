// Incremental mailbox scan over IMAP: for each folder remember UIDVALIDITY and the last UID
// read, so a second scan fetches only new mail; a changed UIDVALIDITY means the old UIDs are
// void, so that folder is read again from the start. A message read again replaces its event
// (migration 0010 has folders re-read so that bounces get their reasons).
//
// Hardened (issue 10): each message is read within its own guard (message-guard.ts), so one
// that cannot be parsed is recorded as "unreadable" with its UID and reason and the scan goes
// on; the folder position is saved as the scan goes, so a scan that stops (deadline, dropped
// connection) resumes where it stopped; and the whole scan ends at its deadline.
import type { Kysely } from 'kysely';
import { ImapFlow } from 'imapflow';
import type { Database } from '../store/index';
import { imapOptions } from '../probe/imap';
import { trustAnchors, type ProbeEnv } from '../probe/trust';
import type { ProbeTarget, ProbeTimeouts } from '../probe/types';
import { normalizeMessageId } from './fields';
import { pickFolders, type FolderRole } from './folders';
import { classifyGuarded, MESSAGE_LIMITS } from './message-guard';
import type { Classification } from './types';

/** Messages between two saves of a folder's position. */
const SAVE_EVERY = 100;

export interface FolderScan {
  folder: string;
  role: FolderRole;
  uidvalidity: string;
  /** Messages read in this scan. */
  read: number;
  /** The whole folder was read again because UIDVALIDITY changed (or it was never read). */
  full: boolean;
}

export interface UnreadableMessage {
  folder: string;
  uid: number;
  reason: string;
}

export interface MailboxScan {
  folders: FolderScan[];
  /** Messages this scan skipped because they could not be read. */
  unreadable: UnreadableMessage[];
  /** The scan reached its deadline: what was read is saved, the next scan goes on from there. */
  timedOut: boolean;
}

const day = (d: Date | string | undefined, fallback: Date): string => {
  const date = d ? new Date(d) : fallback;
  return (Number.isNaN(date.getTime()) ? fallback : date).toISOString().slice(0, 10);
};

export async function scanMailbox(args: {
  db: Kysely<Database>;
  accountId: string;
  ownAddress: string;
  target: ProbeTarget;
  timeouts: ProbeTimeouts;
  env: ProbeEnv;
  now: Date;
  /** The whole scan, connect to logout. */
  deadlineMs: number;
}): Promise<MailboxScan> {
  const { db, accountId, target, now } = args;
  const pinned = target.allowSelfSigned ? args.env.pins.get(`imap:${target.host.toLowerCase()}:${target.port}`) : undefined;
  const client = new ImapFlow(imapOptions(target, args.timeouts, { ca: trustAnchors(args.env, pinned) }));
  client.on('error', () => undefined);
  const results: FolderScan[] = [];
  const unreadable: UnreadableMessage[] = [];
  let timedOut = false;
  // A server dripping one byte a second never trips a silence timeout: this ends the scan anyway.
  const deadline = setTimeout(() => {
    timedOut = true;
    client.close();
  }, args.deadlineMs);
  try {
    await client.connect();
    const folders = pickFolders((await client.list()).map((f) => ({ path: f.path, specialUse: f.specialUse })));
    const sentIds = new Set(
      (await db.selectFrom('sent_messages').select('message_id').where('account_id', '=', accountId).execute()).map((r) => r.message_id),
    );
    for (const { path, role } of folders) {
      let box;
      try {
        box = await client.mailboxOpen(path, { readOnly: true });
      } catch (err) {
        if (timedOut) throw err;
        continue; // listed but not selectable (\Noselect) or gone since LIST
      }
      const uidvalidity = String(box.uidValidity);
      const state = await db.selectFrom('mailbox_folders').selectAll().where('account_id', '=', accountId).where('folder', '=', path).executeTakeFirst();
      const full = !state || state.uidvalidity !== uidvalidity;
      if (full) await db.deleteFrom('mailbox_events').where('account_id', '=', accountId).where('folder', '=', path).execute();
      const last = full ? 0 : state.last_uid;
      let maxUid = last;
      let read = 0;
      const save = async () => {
        const row = { account_id: accountId, folder: path, role, uidvalidity, last_uid: maxUid, scanned_at: now.toISOString() };
        await db.insertInto('mailbox_folders').values(row)
          .onConflict((oc) => oc.columns(['account_id', 'folder']).doUpdateSet({ role, uidvalidity, last_uid: maxUid, scanned_at: row.scanned_at })).execute();
      };
      try {
        if (box.exists > 0) {
          const query = role === 'sent'
            ? { uid: true, envelope: true, internalDate: true }
            : { uid: true, source: { maxLength: MESSAGE_LIMITS.fetchBytes }, internalDate: true };
          for await (const msg of client.fetch(`${last + 1}:*`, query, { uid: true })) {
            // n:* always returns the newest message, even when its UID is below n.
            if (msg.uid <= last) continue;
            const internal = msg.internalDate ? new Date(msg.internalDate) : undefined;
            if (role === 'sent') {
              const id = normalizeMessageId(msg.envelope?.messageId ?? '') || `<uid-${uidvalidity}-${msg.uid}@${path}>`;
              sentIds.add(id);
              await db.insertInto('sent_messages').values({ account_id: accountId, message_id: id, date: day(msg.envelope?.date ?? internal, now) })
                .onConflict((oc) => oc.doNothing()).execute();
            } else if (msg.source) {
              const { unreadable: why, ...event } = await eventOf(msg.source, { sentMessageIds: (id) => sentIds.has(id), ownAddress: args.ownAddress }, internal, now);
              if (why !== undefined) unreadable.push({ folder: path, uid: msg.uid, reason: why });
              if (event.kind === 'other') {
                // A folder read again may hold an event that earlier rules stored for this message.
                await db.deleteFrom('mailbox_events').where('account_id', '=', accountId).where('folder', '=', path)
                  .where('uidvalidity', '=', uidvalidity).where('uid', '=', msg.uid).execute();
              } else {
                await db.insertInto('mailbox_events').values({ account_id: accountId, folder: path, uidvalidity, uid: msg.uid, ...event })
                  .onConflict((oc) => oc.columns(['account_id', 'folder', 'uidvalidity', 'uid']).doUpdateSet(event)).execute();
              }
            }
            // UIDs arrive in ascending order, so everything up to here has been read.
            maxUid = Math.max(maxUid, msg.uid);
            read++;
            if (read % SAVE_EVERY === 0) await save();
          }
        }
      } finally {
        // Saved whether the folder was finished or the scan was cut short.
        if (maxUid !== last || full) await save();
      }
      results.push({ folder: path, role, uidvalidity, read, full });
    }
  } catch (err) {
    if (!timedOut) throw err;
  } finally {
    clearTimeout(deadline);
    if (!timedOut) await client.logout().catch(() => client.close());
  }
  return { folders: results, unreadable, timedOut };
}

/** The stored event kind: a bounce by its category (hard_bounce, block, soft_bounce), a delay, or the message kind. */
export function eventKind(c: Classification): string {
  if (c.kind === 'bounce') return c.bounce?.category === 'block' ? 'block' : c.bounce?.category === 'hard' ? 'hard_bounce' : 'soft_bounce';
  return c.kind;
}

/** What one received message means for the counts; kind 'other' for mail that does not count. */
async function eventOf(
  source: Buffer,
  ctx: Parameters<typeof classifyGuarded>[1],
  internal: Date | undefined,
  now: Date,
): Promise<{ kind: string; date: string; detail: string; reason: string | null; unreadable?: string }> {
  const guarded = await classifyGuarded(source, ctx);
  if (!guarded.ok) return { kind: 'unreadable', date: day(internal, now), detail: JSON.stringify({ reason: guarded.reason }), reason: null, unreadable: guarded.reason };
  const c = guarded.classification;
  const detail = JSON.stringify(c.bounce ?? c.complaint ?? (c.in_reply_to ? { in_reply_to: c.in_reply_to } : {}));
  return { kind: eventKind(c), date: day(c.date ?? internal, now), detail, reason: c.bounce?.reason ?? null };
}
