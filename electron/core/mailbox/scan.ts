// Incremental mailbox scan over IMAP: for each folder remember UIDVALIDITY and the last UID
// read, so a second scan fetches only new mail; a changed UIDVALIDITY means the old UIDs are
// void, so that folder is read again from the start. A message read again replaces its event
// (migration 0010 has folders re-read so that bounces get their reasons).
//
// Hardened (issue 10): each message is read within its own guard (message-guard.ts), so one
// that cannot be parsed is recorded as "unreadable" with its UID and reason and the scan goes
// on; a scan that stops (deadline, dropped connection) keeps what it read and resumes there;
// and the whole scan ends at its deadline.
//
// Issue 15: a folder's STATUS (UIDNEXT, UIDVALIDITY; with LIST-STATUS, in the LIST itself) tells
// whether anything arrived since the last scan, so a folder with nothing new costs no SELECT and
// no FETCH. After a folder is read to its end, its position is UIDNEXT − 1: everything below
// was either read or is gone. What the scan finds is written by the caller in one transaction
// (scan-changes.ts). The scan may run on a session the connection test already logged in.
import type { Kysely } from 'kysely';
import { ImapFlow } from 'imapflow';
import type { Database } from '../store/index';
import { imapOptions } from '../probe/imap';
import { pinKey, trustOptions, type ProbeEnv } from '../probe/trust';
import type { ProbeTarget, ProbeTimeouts } from '../probe/types';
import { normalizeMessageId } from './fields';
import { pickFolders, type FolderRole } from './folders';
import { classifyGuarded, MESSAGE_LIMITS } from './message-guard';
import type { Classification } from './types';
import { emptyChanges, pendingRows, writeScanChanges, type ScanChanges } from './scan-changes';

export interface FolderScan {
  folder: string;
  role: FolderRole;
  uidvalidity: string;
  /** Messages read in this scan. */
  read: number;
  /** The whole folder was read again because UIDVALIDITY changed (or it was never read). */
  full: boolean;
  /** STATUS showed nothing new: neither selected nor fetched. */
  skipped?: boolean;
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

export interface ScanArgs {
  db: Kysely<Database>;
  accountId: string;
  ownAddress: string;
  target: ProbeTarget;
  timeouts: ProbeTimeouts;
  env: ProbeEnv;
  now: Date;
  /** The whole scan, connect (or hand-over) to logout. */
  deadlineMs: number;
  /** A session already logged in (the connection test's): the scan uses it and logs it out. */
  client?: ImapFlow;
  /** Called with what was read whenever MAX_PENDING rows wait (a very large first scan). */
  flush?: (changes: ScanChanges) => Promise<void>;
}

/** Rows a scan holds before writing a batch early: ~1–2 MB, so a first scan of 100,000 messages stays flat. */
export const MAX_PENDING = 5_000;

type Status = { uidNext?: number; uidValidity?: bigint } | undefined;

/** Folders to read and their STATUS, in one round trip where the server has LIST-STATUS (RFC 5819). */
async function foldersWithStatus(client: ImapFlow, known: Set<string>): Promise<{ path: string; role: FolderRole; status: Status }[]> {
  const listStatus = client.capabilities.has('LIST-STATUS');
  const listed = await client.list(listStatus ? { statusQuery: { uidNext: true, uidValidity: true } } : undefined);
  const byPath = new Map(listed.map((f) => [f.path, f]));
  const picked = pickFolders(listed.map((f) => ({ path: f.path, specialUse: f.specialUse })));
  const out = [];
  for (const f of picked) {
    let status: Status = byPath.get(f.path)?.status;
    // Without LIST-STATUS (or a folder it left out): one STATUS for each of the (at most 3) folders
    // read before; one never read is selected and read anyway.
    if (known.has(f.path) && (!status?.uidNext || status.uidValidity === undefined)) status = (await client.status(f.path, { uidNext: true, uidValidity: true }).catch(() => undefined)) || undefined;
    out.push({ ...f, status });
  }
  return out;
}

export interface ScanOutcome {
  scan: MailboxScan;
  /** What was read, to write (also when the scan failed part-way: the next scan goes on from there). */
  changes: ScanChanges;
  /** Why the scan stopped early, other than its deadline (a dropped connection, a refused login). */
  error?: unknown;
}

/** Reads what is new in the mailbox; the caller writes the returned changes (one transaction). */
export async function readMailbox(args: ScanArgs): Promise<ScanOutcome> {
  const { db, accountId, target, now } = args;
  const pinned = target.allowSelfSigned ? args.env.pins.get(pinKey('imap', target.host, target.port)) : undefined;
  const client = args.client ?? new ImapFlow(imapOptions(target, args.timeouts, trustOptions(args.env, pinned)));
  client.on('error', () => undefined);
  const results: FolderScan[] = [];
  const unreadable: UnreadableMessage[] = [];
  const changes = emptyChanges();
  let timedOut = false;
  let error: unknown;
  // A server dripping one byte a second never trips a silence timeout: this ends the scan anyway.
  const deadline = setTimeout(() => {
    timedOut = true;
    client.close();
  }, args.deadlineMs);
  try {
    const states = new Map(
      (await db.selectFrom('mailbox_folders').selectAll().where('account_id', '=', accountId).execute()).map((r) => [r.folder, r]),
    );
    if (!args.client) await client.connect();
    const folders = await foldersWithStatus(client, new Set(states.keys()));
    let sentIds: Set<string> | null = null;
    const knownSent = async () =>
      (sentIds ??= new Set((await db.selectFrom('sent_messages').select('message_id').where('account_id', '=', accountId).execute()).map((r) => r.message_id)));
    for (const { path, role, status } of folders) {
      const state = states.get(path);
      // Same UIDVALIDITY and UIDNEXT no higher than the next UID we expect: nothing new, no SELECT.
      // A folder marked for re-reading (last_uid 0, as migration 0010 does) has messages below UIDNEXT.
      if (state && status?.uidNext !== undefined && status.uidValidity !== undefined && state.uidvalidity === String(status.uidValidity) && status.uidNext <= state.last_uid + 1) {
        results.push({ folder: path, role, uidvalidity: state.uidvalidity, read: 0, full: false, skipped: true });
        continue;
      }
      let box;
      try {
        box = await client.mailboxOpen(path, { readOnly: true });
      } catch (err) {
        if (timedOut) throw err;
        continue; // listed but not selectable (\Noselect) or gone since LIST
      }
      const uidvalidity = String(box.uidValidity);
      const full = !state || state.uidvalidity !== uidvalidity;
      if (full) changes.cleared.push({ account_id: accountId, folder: path });
      const last = full ? 0 : state.last_uid;
      let maxUid = last;
      let read = 0;
      let finished = false;
      const position = (lastUid: number) =>
        changes.positions.set(path, { account_id: accountId, folder: path, role, uidvalidity, last_uid: lastUid, scanned_at: now.toISOString() });
      try {
        if (box.exists > 0) {
          const query = role === 'sent'
            ? { uid: true, envelope: true, internalDate: true }
            : { uid: true, source: { maxLength: MESSAGE_LIMITS.fetchBytes }, internalDate: true };
          const sent = role === 'sent' ? null : await knownSent();
          for await (const msg of client.fetch(`${last + 1}:*`, query, { uid: true })) {
            // n:* always returns the newest message, even when its UID is below n.
            if (msg.uid <= last) continue;
            const internal = msg.internalDate ? new Date(msg.internalDate) : undefined;
            if (role === 'sent') {
              const id = normalizeMessageId(msg.envelope?.messageId ?? '') || `<uid-${uidvalidity}-${msg.uid}@${path}>`;
              (await knownSent()).add(id);
              changes.sent.push({ account_id: accountId, message_id: id, date: day(msg.envelope?.date ?? internal, now) });
            } else if (msg.source) {
              const { unreadable: why, ...event } = await eventOf(msg.source, { sentMessageIds: (id) => sent!.has(id), ownAddress: args.ownAddress }, internal, now);
              if (why !== undefined) unreadable.push({ folder: path, uid: msg.uid, reason: why });
              // A folder read again may hold an event that earlier rules stored for this message.
              if (event.kind === 'other') {
                if (!full) changes.dropped.push({ account_id: accountId, folder: path, uidvalidity, uid: msg.uid });
              } else changes.events.push({ account_id: accountId, folder: path, uidvalidity, uid: msg.uid, ...event });
            }
            // UIDs arrive in ascending order, so everything up to here has been read.
            maxUid = Math.max(maxUid, msg.uid);
            read++;
            if (args.flush && pendingRows(changes) >= MAX_PENDING) {
              position(maxUid);
              await args.flush(changes);
            }
          }
        }
        finished = true;
      } finally {
        // Read to its end: every UID below UIDNEXT was read or is gone. Cut short: up to the last one read.
        const next = finished && box.uidNext ? box.uidNext - 1 : 0;
        const to = Math.max(maxUid, next);
        if (to !== last || full) position(to);
      }
      results.push({ folder: path, role, uidvalidity, read, full });
    }
  } catch (err) {
    if (!timedOut) error = err;
  } finally {
    clearTimeout(deadline);
    if (!timedOut) await client.logout().catch(() => client.close());
  }
  return { scan: { folders: results, unreadable, timedOut }, changes, ...(error !== undefined ? { error } : {}) };
}

/** Reads what is new and writes it in one transaction (tests and callers without their own). */
export async function scanMailbox(args: ScanArgs): Promise<MailboxScan> {
  const save = (c: ScanChanges) => args.db.transaction().execute((trx) => writeScanChanges(trx, c));
  const { scan, changes, error } = await readMailbox({ flush: save, ...args });
  await save(changes);
  if (error !== undefined) throw error;
  return scan;
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
