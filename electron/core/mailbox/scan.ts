// Incremental mailbox scan over IMAP: for each folder remember UIDVALIDITY and the last UID
// read, so a second scan fetches only new mail; a changed UIDVALIDITY means the old UIDs are
// void, so that folder is read again from the start. A message read again replaces its event.
import type { Kysely } from 'kysely';
import { ImapFlow } from 'imapflow';
import type { Database } from '../store/index';
import { imapOptions } from '../probe/imap';
import { trustAnchors, type ProbeEnv } from '../probe/trust';
import type { ProbeTarget, ProbeTimeouts } from '../probe/types';
import { classifyMessage } from './classify';
import type { Classification } from './types';
import { normalizeMessageId } from './fields';
import { pickFolders, type FolderRole } from './folders';

/** Messages larger than this are classified from their first part only (headers and reports come first). */
const MAX_SOURCE = 2 * 1024 * 1024;

export interface FolderScan {
  folder: string;
  role: FolderRole;
  uidvalidity: string;
  /** Messages read in this scan. */
  read: number;
  /** The whole folder was read again because UIDVALIDITY changed (or it was never read). */
  full: boolean;
}

/** The stored event kind: a bounce by its category (hard_bounce, block, soft_bounce), a delay, or the message kind. */
export function eventKind(c: Classification): string {
  if (c.kind === 'bounce') return c.bounce?.category === 'block' ? 'block' : c.bounce?.category === 'hard' ? 'hard_bounce' : 'soft_bounce';
  return c.kind;
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
}): Promise<FolderScan[]> {
  const { db, accountId, target, now } = args;
  const pinned = target.allowSelfSigned ? args.env.pins.get(`imap:${target.host.toLowerCase()}:${target.port}`) : undefined;
  const client = new ImapFlow(imapOptions(target, args.timeouts, { ca: trustAnchors(args.env, pinned) }));
  client.on('error', () => undefined);
  await client.connect();
  try {
    const folders = pickFolders((await client.list()).map((f) => ({ path: f.path, specialUse: f.specialUse })));
    const sentIds = new Set(
      (await db.selectFrom('sent_messages').select('message_id').where('account_id', '=', accountId).execute()).map((r) => r.message_id),
    );
    const results: FolderScan[] = [];
    for (const { path, role } of folders) {
      let box;
      try {
        box = await client.mailboxOpen(path, { readOnly: true });
      } catch {
        continue; // listed but not selectable (\Noselect) or gone since LIST
      }
      const uidvalidity = String(box.uidValidity);
      const state = await db.selectFrom('mailbox_folders').selectAll().where('account_id', '=', accountId).where('folder', '=', path).executeTakeFirst();
      const full = !state || state.uidvalidity !== uidvalidity;
      if (full) await db.deleteFrom('mailbox_events').where('account_id', '=', accountId).where('folder', '=', path).execute();
      const last = full ? 0 : state.last_uid;
      let maxUid = last;
      let read = 0;
      if (box.exists > 0) {
        const query = role === 'sent' ? { uid: true, envelope: true, internalDate: true } : { uid: true, source: { maxLength: MAX_SOURCE }, internalDate: true };
        for await (const msg of client.fetch(`${last + 1}:*`, query, { uid: true })) {
          // n:* always returns the newest message, even when its UID is below n.
          if (msg.uid <= last) continue;
          maxUid = Math.max(maxUid, msg.uid);
          read++;
          const internal = msg.internalDate ? new Date(msg.internalDate) : undefined;
          if (role === 'sent') {
            const id = normalizeMessageId(msg.envelope?.messageId ?? '') || `<uid-${uidvalidity}-${msg.uid}@${path}>`;
            sentIds.add(id);
            await db.insertInto('sent_messages').values({ account_id: accountId, message_id: id, date: day(msg.envelope?.date ?? internal, now) })
              .onConflict((oc) => oc.doNothing()).execute();
            continue;
          }
          if (!msg.source) continue;
          const c = await classifyMessage(msg.source, { sentMessageIds: (id) => sentIds.has(id), ownAddress: args.ownAddress });
          const kind = eventKind(c);
          const key = { account_id: accountId, folder: path, uidvalidity, uid: msg.uid };
          if (kind === 'other') {
            // A folder read again (migration 0010) may hold an event the old rules stored wrongly.
            await db.deleteFrom('mailbox_events').where('account_id', '=', accountId).where('folder', '=', path)
              .where('uidvalidity', '=', uidvalidity).where('uid', '=', msg.uid).execute();
            continue;
          }
          const event = {
            date: day(c.date ?? internal, now), kind, reason: c.bounce?.reason ?? null,
            detail: JSON.stringify(c.bounce ?? c.complaint ?? (c.in_reply_to ? { in_reply_to: c.in_reply_to } : {})),
          };
          await db.insertInto('mailbox_events').values({ ...key, ...event })
            .onConflict((oc) => oc.columns(['account_id', 'folder', 'uidvalidity', 'uid']).doUpdateSet(event)).execute();
        }
      }
      const row = { account_id: accountId, folder: path, role, uidvalidity, last_uid: maxUid, scanned_at: now.toISOString() };
      await db.insertInto('mailbox_folders').values(row)
        .onConflict((oc) => oc.columns(['account_id', 'folder']).doUpdateSet({ role, uidvalidity, last_uid: maxUid, scanned_at: row.scanned_at })).execute();
      results.push({ folder: path, role, uidvalidity, read, full });
    }
    return results;
  } finally {
    await client.logout().catch(() => client.close());
  }
}
