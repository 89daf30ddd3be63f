import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS, openStore } from '../../../electron/core/store/index';
import { tempDir } from '../../fixtures/core';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

const schemaOf = (db: BetterSqlite3.Database) =>
  db.prepare("select type, name, sql from sqlite_master where tbl_name = 'snapshots' order by type, name").all() as { type: string; name: string; sql: string | null }[];

it('0015_snapshots_clustered stores snapshots by inbox and date (WITHOUT ROWID) with every row, column, trigger and the cascade kept', async () => {
  // A database as 0012 left it, its snapshots written day by day as the tick writes them.
  const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0015'));
  await (await openStore(tmp.dir, before)).close();
  const raw = new BetterSqlite3(`${tmp.dir}/inboxfleet.sqlite`);
  raw.pragma('foreign_keys = ON');
  const account = raw.prepare(`insert into accounts (id, email, display_name, provider, smtp_host, smtp_port, smtp_security, smtp_username, smtp_password_stored,
    imap_host, imap_port, imap_security, imap_username, imap_uses_smtp_password, imap_password_stored, daily_limit, min_minutes_between_sends,
    signature_html, tags, warmup_enabled, warmup_per_day, warmup_daily_rampup, warmup_target_reply_rate, status, created_at, updated_at)
    values (?, ?, 'A', 'smtp', 'smtp.x.example', 587, 'starttls', 'a', 1, 'imap.x.example', 993, 'tls', 'a', 1, 0, 50, 10, '', '[]', 0, 10, 1, 30, 'active', 't', 't')`);
  const snapshot = raw.prepare(`insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score, blocks, delays, block_rate)
    values (?, ?, ?, ?, 0, ?, 1, ?, ?, ?, ?, ?, 0, ?)`);
  for (const id of ['b', 'a', 'c']) account.run(id, `${id}@x.example`);
  for (let d = 1; d <= 20; d++) {
    for (const [k, id] of ['b', 'a', 'c'].entries()) {
      const sent = 10 + d + k;
      snapshot.run(id, `2026-01-${String(d).padStart(2, '0')}`, sent, d % 3, d % 2, (d % 3) / sent, (d % 2) / sent, 1 / sent, d % 4 === 0 ? null : 50 + d, k, k / sent);
    }
  }
  const rows = raw.prepare('select * from snapshots order by account_id, date').all();
  const fleet = raw.prepare('select * from fleet_daily order by date').all();
  const triggers = schemaOf(raw).filter((s) => s.type === 'trigger');
  const columns = raw.prepare("select * from pragma_table_info('snapshots')").all();
  raw.close();

  await (await openStore(tmp.dir)).close();
  const db = new BetterSqlite3(`${tmp.dir}/inboxfleet.sqlite`);
  db.pragma('foreign_keys = ON');
  const schema = schemaOf(db);
  expect(schema.find((s) => s.type === 'table')?.sql).toMatch(/\) without rowid$/);
  // No separate index: the table is the primary key.
  expect(schema.filter((s) => s.type === 'index').map((s) => s.name)).toEqual([]);
  expect(db.prepare("select count(*) from pragma_index_list('snapshots') where origin = 'pk'").pluck().get()).toBe(1);
  expect(schema.filter((s) => s.type === 'trigger')).toEqual(triggers);
  expect(triggers.map((t) => t.name)).toEqual(['snapshots_fleet_delete', 'snapshots_fleet_insert', 'snapshots_fleet_update']);
  expect(db.prepare("select * from pragma_table_info('snapshots')").all()).toEqual(columns);
  expect(db.prepare('select * from snapshots order by account_id, date').all()).toEqual(rows);
  // Stored in primary-key order: a plain scan reads inbox by inbox, date by date.
  expect(db.prepare('select * from snapshots').all()).toEqual(rows);
  expect(db.prepare('select * from fleet_daily order by date').all()).toEqual(fleet);

  // The triggers still keep the fleet totals, and deleting an inbox still deletes its days.
  db.prepare(`insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score)
    values ('a', '2026-02-01', 40, 2, 0, 1, 0, 0.05, 0.025, 0, 70)`).run();
  expect(db.prepare("select sent, bounced, complaints from fleet_daily where date = '2026-02-01'").get()).toEqual({ sent: 40, bounced: 2, complaints: 1 });
  expect(() => db.prepare("insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate) values ('a', '2026-02-01', 1, 0, 0, 0, 0, 0, 0, 0)").run())
    .toThrow(/UNIQUE constraint failed/);
  db.prepare("delete from accounts where id = 'a'").run();
  expect(db.prepare("select count(*) from snapshots where account_id = 'a'").pluck().get()).toBe(0);
  expect(db.prepare("select sent from fleet_daily where date = '2026-02-01'").pluck().get()).toBe(0);
  db.close();
});
