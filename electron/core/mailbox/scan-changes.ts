// What a mailbox scan found, held in memory while the scan talks to the server and written in
// one transaction afterwards (never one statement per message): the folders read again from the
// start, the sends and events read, events to drop, and each folder's new position. Rows and
// positions are written together, so a position never gets ahead of what was stored.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/index';

export interface EventRow {
  account_id: string;
  folder: string;
  uidvalidity: string;
  uid: number;
  kind: string;
  date: string;
  detail: string;
  reason: string | null;
}

export interface ScanChanges {
  /** Folders whose events are void (UIDVALIDITY changed, or never read): cleared before the rest. */
  cleared: { account_id: string; folder: string }[];
  sent: { account_id: string; message_id: string; date: string }[];
  events: EventRow[];
  /** Events stored by earlier rules for messages that no longer count. */
  dropped: { account_id: string; folder: string; uidvalidity: string; uid: number }[];
  positions: Map<string, Database['mailbox_folders']>;
}

export const emptyChanges = (): ScanChanges => ({ cleared: [], sent: [], events: [], dropped: [], positions: new Map() });

/** Rows waiting; a very large first scan writes a transaction every so often to keep memory flat. */
export const pendingRows = (c: ScanChanges) => c.sent.length + c.events.length + c.dropped.length;

/** SQLite allows 32,766 bound values per statement; 8 columns × 200 rows stays far below. */
const CHUNK = 200;
const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/** Writes the changes with `db` (pass a transaction); leaves `changes` empty for the next batch. */
export async function writeScanChanges(db: Kysely<Database>, changes: ScanChanges): Promise<void> {
  for (const f of changes.cleared) {
    await db.deleteFrom('mailbox_events').where('account_id', '=', f.account_id).where('folder', '=', f.folder).execute();
  }
  for (const rows of chunks(changes.sent)) {
    await db.insertInto('sent_messages').values(rows).onConflict((oc) => oc.doNothing()).execute();
  }
  for (const d of changes.dropped) {
    await db.deleteFrom('mailbox_events').where('account_id', '=', d.account_id).where('folder', '=', d.folder)
      .where('uidvalidity', '=', d.uidvalidity).where('uid', '=', d.uid).execute();
  }
  for (const rows of chunks(changes.events)) {
    await db.insertInto('mailbox_events').values(rows)
      .onConflict((oc) => oc.columns(['account_id', 'folder', 'uidvalidity', 'uid']).doUpdateSet({
        kind: sql`excluded.kind`, date: sql`excluded.date`, detail: sql`excluded.detail`, reason: sql`excluded.reason`,
      }))
      .execute();
  }
  for (const p of changes.positions.values()) {
    await db.insertInto('mailbox_folders').values(p)
      .onConflict((oc) => oc.columns(['account_id', 'folder']).doUpdateSet({ role: p.role, uidvalidity: p.uidvalidity, last_uid: p.last_uid, scanned_at: p.scanned_at }))
      .execute();
  }
  changes.cleared = [];
  changes.sent = [];
  changes.events = [];
  changes.dropped = [];
  changes.positions.clear();
}
