// Snapshots are idempotent: repeated ticks rewrite the same rows; crossing midnight adds the new
// day and leaves yesterday as it was. Fake clock, real SQLite file, no network (IMAP and DNS
// point at a closed loopback port, so scans fail fast and only stored data counts).
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';

let now = new Date('2026-05-10T22:30:00Z');
const clock = { now: () => now };

describe('daily snapshots', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let raw: BetterSqlite3.Database;
  let id: string;

  const send = (n: number, date: string) => {
    const insert = raw.prepare('insert into sent_messages (account_id, message_id, date) values (?, ?, ?)');
    for (let i = 0; i < n; i++) insert.run(id, `<${date}-${i}-${Math.random()}@x.test>`, date);
  };
  const event = (kind: string, date: string, uid: number) =>
    raw.prepare("insert into mailbox_events (account_id, folder, uidvalidity, uid, date, kind) values (?, 'INBOX', '1', ?, ?, ?)").run(id, uid, date, kind);
  const rows = () => raw.prepare('select date, sent, hard_bounces, replies, bounce_rate from snapshots where account_id = ? order by date').all(id);

  beforeEach(async () => {
    now = new Date('2026-05-10T22:30:00Z');
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), clock, dns: createDnsResolver({ servers: ['127.0.0.1:9'], timeoutMs: 100, tries: 1 }) });
    id = (await call(core, 'accounts.create', accountInput(1, { smtp_host: '127.0.0.1', imap_host: '127.0.0.1', imap_port: 9 }))).id;
    raw = new BetterSqlite3(`${tmp.dir}/inboxfleet.sqlite`);
  });
  afterEach(async () => {
    raw.close();
    await core.close();
    tmp.remove();
  });

  it('repeated ticks write one row per account and day, with the same values', async () => {
    send(20, '2026-05-09');
    send(10, '2026-05-10');
    event('hard_bounce', '2026-05-10', 1);
    event('reply', '2026-05-10', 2);
    event('reply', '2026-05-08', 3); // a day without sends: counted in rates, not stored
    const first = await core.tick();
    expect(first).toEqual({ refreshed: 1, failed: 0 });
    const once = rows();
    await core.tick();
    await core.tick();
    expect(rows()).toEqual(once);
    expect(once).toEqual([
      { date: '2026-05-09', sent: 20, hard_bounces: 0, replies: 0, bounce_rate: 0 },
      { date: '2026-05-10', sent: 10, hard_bounces: 1, replies: 1, bounce_rate: 0.1 },
    ]);
    const report = await call(core, 'deliverability.report', { id });
    expect(report.mailbox.scanned).toBe(false);
    expect(report.reputation).toMatchObject({ sent: 30, replies: 2, hard_bounces: 1 });
  });

  it('a tick with nothing new writes no snapshot row; a changed day is the only one written', async () => {
    send(20, '2026-05-09');
    send(10, '2026-05-10');
    await core.tick();
    // Every insert or update of a snapshot row, counted by SQLite itself.
    raw.exec(`create table snapshot_writes (date text);
      create trigger snapshot_updated after update on snapshots begin insert into snapshot_writes values (new.date); end;
      create trigger snapshot_inserted after insert on snapshots begin insert into snapshot_writes values (new.date); end;`);
    const writes = () => (raw.prepare('select date from snapshot_writes').all() as { date: string }[]).map((r) => r.date);
    await core.tick();
    await core.tick();
    expect(writes()).toEqual([]);
    send(1, '2026-05-10');
    await core.tick();
    expect(writes()).toEqual(['2026-05-10']);
    expect(rows()).toContainEqual({ date: '2026-05-10', sent: 11, hard_bounces: 0, replies: 0, bounce_rate: 0 });
  });

  it('across midnight the new day is added and yesterday is left as it was', async () => {
    send(5, '2026-05-10');
    await core.tick();
    const before = rows();
    now = new Date('2026-05-11T00:30:00Z');
    send(7, '2026-05-11');
    await core.tick();
    await core.tick();
    expect(rows()).toEqual([...before, { date: '2026-05-11', sent: 7, hard_bounces: 0, replies: 0, bounce_rate: 0 }]);
    const points = await call(core, 'reputation.history', { id, days: 7 });
    expect(points.map((p) => p.date)).toEqual(['2026-05-10', '2026-05-11']);
    const week = await call(core, 'reputation.history', { id, days: 7 });
    expect(week).toEqual(points);
  });

  it('history ranges are 7–180 days and out of range is invalid_input naming days', async () => {
    for (const days of [6, 181, 30.5]) {
      const r = await core.invoke('reputation.history', { id, days });
      expect(!r.ok && r.error.field).toBe('days');
    }
    expect((await core.invoke('reputation.history', { id })).ok).toBe(true);
  });
});
