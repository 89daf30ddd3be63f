import { existsSync, readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, MIGRATIONS } from '../../../electron/core/store/index';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../../fixtures/core';

/** The migrations that ran before the given one: a database as an older version left it. */
const migrationsBefore = (name: string) => Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n < name));

describe('migrations', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  it('0001_initial creates clients and accounts with a case-insensitive unique email, in WAL mode with foreign keys', async () => {
    const store = await openStore(tmp.dir);
    await store.close();
    const raw = new BetterSqlite3(store.file);
    const tables = raw.prepare("select name from sqlite_master where type='table' order by name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['accounts', 'clients', 'kysely_migration']));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('select name from kysely_migration').pluck().all()).toEqual(Object.keys(MIGRATIONS));
    const cols = raw.prepare('select name from pragma_table_info(?)').pluck().all('accounts') as string[];
    expect(cols.filter((c) => ['password', 'smtp_password', 'imap_password'].includes(c))).toEqual([]);
    raw.close();
  });

  it('0008_alerts_scheduler adds alerts (at most one open per condition), subject states, the webhook outbox and rounds', async () => {
    const store = await openStore(tmp.dir);
    await store.close();
    const raw = new BetterSqlite3(store.file);
    const tables = raw.prepare("select name from sqlite_master where type='table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['alerts', 'alert_state', 'webhook_deliveries', 'scheduler_runs']));
    const cols = raw.prepare('select name from pragma_table_info(?)').pluck().all('alerts');
    expect(cols).toEqual(expect.arrayContaining(['opened_at', 'resolved_at', 'observed', 'account_id', 'domain', 'acknowledged_at', 'resolution']));
    const insert = raw.prepare(
      "insert into alerts (id, kind, severity, subject, key, domain, title, detail, opened_at, updated_at, resolved_at) values (?, 'listing', 'critical', 'domain:a.test', 'listing:ZEN', 'a.test', 't', 'd', '2026-01-01', '2026-01-01', ?)",
    );
    insert.run('1', '2026-01-02');
    insert.run('2', null);
    expect(() => insert.run('3', null)).toThrow(/UNIQUE constraint failed/);
    expect(raw.prepare('select observed from alerts where id = ?').pluck().get('2')).toBe('{}');
    raw.close();
  });

  it('runs each migration once across reopens', async () => {
    await (await openStore(tmp.dir)).close();
    const store = await openStore(tmp.dir);
    await store.close();
    const raw = new BetterSqlite3(store.file);
    expect(raw.prepare('select count(*) from kysely_migration').pluck().get()).toBe(Object.keys(MIGRATIONS).length);
    raw.close();
  });

  it('refuses a database written by a newer version, and leaves it untouched', async () => {
    const store = await openStore(tmp.dir);
    await store.close();
    const raw = new BetterSqlite3(store.file);
    raw.prepare("insert into kysely_migration (name, timestamp) values ('9999_future', '2030-01-01T00:00:00.000Z')").run();
    raw.close();
    const err = await openStore(tmp.dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('unsupported_database');
    expect((err as AppError).message).toMatch(/newer version of Inboxfleet.*9999_future/);
  });

  it('0005_hardening drops server texts stored before scrubbing (and every copy in the file), adds export_partials', async () => {
    const canary = 'Echoed-secret-0b7e19';
    const old = await openStore(tmp.dir, migrationsBefore('0005'));
    await old.close();
    const raw = new BetterSqlite3(old.file);
    raw.prepare("insert into accounts (id, email, display_name, provider, smtp_host, smtp_port, smtp_security, smtp_username, imap_host, imap_port, imap_security, imap_username, daily_limit, min_minutes_between_sends, warmup_per_day, warmup_daily_rampup, warmup_target_reply_rate, status, created_at, updated_at, smtp_test) values ('a1', 'a@x.test', 'A', 'smtp', 'h', 587, 'starttls', 'a', 'h', 993, 'tls', 'a', 10, 1, 1, 1, 1, 'active', 't', 't', ?)")
      .run(JSON.stringify({ protocol: 'smtp', ok: false, error: 'auth_failed', message: `SMTP: rejected ${canary}`, greeting: `220 ${canary}`, server_response: `535 ${canary}`, capabilities: [canary], auth_methods: ['PLAIN'] }));
    raw.prepare("insert into reports (account_id, report, created_at) values ('a1', ?, 't')").run(JSON.stringify({ mailbox: { message: canary } }));
    raw.close();

    const store = await openStore(tmp.dir);
    await store.close();
    const db = new BetterSqlite3(store.file);
    const test = JSON.parse(db.prepare("select smtp_test from account_tests where account_id = 'a1'").pluck().get() as string) as Record<string, unknown>;
    expect(test).toMatchObject({ ok: false, error: 'auth_failed', greeting: null, server_response: null, capabilities: [], message: expect.stringMatching(/^SMTP: auth_failed \(details from an older version were removed/) });
    expect(db.prepare('select count(*) from reports').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from export_partials').pluck().get()).toBe(0);
    db.close();
    for (const file of [store.file, `${store.file}-wal`]) if (existsSync(file)) expect(readFileSync(file).includes(canary), file).toBe(false);
  });

  it('0010_bounce_reasons decides kept bounces again from their evidence, recomputes stored counts, and marks INBOX and Junk for a re-read', async () => {
    const old = await openStore(tmp.dir, migrationsBefore('0010'));
    await old.close();
    const raw = new BetterSqlite3(old.file);
    raw.prepare("insert into accounts (id, email, display_name, provider, smtp_host, smtp_port, smtp_security, smtp_username, imap_host, imap_port, imap_security, imap_username, daily_limit, min_minutes_between_sends, warmup_per_day, warmup_daily_rampup, warmup_target_reply_rate, status, created_at, updated_at) values ('a1', 'a@x.test', 'A', 'smtp', 'h', 587, 'starttls', 'a', 'h', 993, 'tls', 'a', 10, 1, 1, 1, 1, 'active', 't', 't')").run();
    const event = raw.prepare("insert into mailbox_events (account_id, folder, uidvalidity, uid, date, kind, detail) values ('a1', 'INBOX', '7', ?, '2026-03-02', ?, ?)");
    // As the earlier classifier stored them: every 5.x.x "hard", a delay notice "soft".
    const old0 = (address: string, status: string, action: string, diagnostic: string) => JSON.stringify({ type: status.startsWith('5') ? 'hard' : 'soft', heuristic: false, recipients: [{ address, status, action, diagnostic }] });
    event.run(1, 'hard_bounce', old0('gone@b.example', '5.1.1', 'failed', '550 5.1.1 <gone@b.example>: Recipient address rejected: User unknown in virtual mailbox table'));
    event.run(2, 'hard_bounce', old0('m@c.example', '5.7.509', 'failed', '550 5.7.509 Access denied, sending domain x.test does not pass DMARC verification and has a DMARC policy of reject.'));
    event.run(3, 'soft_bounce', old0('slow@d.example', '4.4.1', 'delayed', 'connect to mx.d.example[192.0.2.1]:25: Connection timed out'));
    event.run(4, 'hard_bounce', old0('full@e.example', '5.2.2', 'failed', '552 5.2.2 Mailbox full'));
    // A text bounce from which the earlier classifier took the quoted Message-ID for a recipient.
    event.run(6, 'hard_bounce', JSON.stringify({ type: 'hard', heuristic: true, recipients: [
      { address: 'lost@f.example', status: '5.1.1', action: 'failed', diagnostic: '550 5.1.1 <lost@f.example>... User unknown' },
      { address: '20260302100000.4a5b66@x.test', status: '5.1.1', action: 'failed' },
    ] }));
    event.run(5, 'reply', '{}');
    const insertSnapshot = raw.prepare("insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score) values ('a1', ?, 10, ?, ?, 0, ?, ?, 0, ?, 50)");
    insertSnapshot.run('2026-03-02', 3, 1, 1, 0.4, 0.1);
    insertSnapshot.run('2026-03-01', 0, 0, 0, 0, 0);
    const folder = raw.prepare("insert into mailbox_folders (account_id, folder, role, uidvalidity, last_uid, scanned_at) values ('a1', ?, ?, '7', 40, 't')");
    folder.run('INBOX', 'inbox');
    folder.run('Junk', 'junk');
    folder.run('Sent', 'sent');
    raw.close();

    const store = await openStore(tmp.dir);
    await store.close();
    const db = new BetterSqlite3(store.file);
    expect(db.prepare('select uid, kind, reason from mailbox_events order by uid').all()).toEqual([
      { uid: 1, kind: 'hard_bounce', reason: 'user_unknown' },
      { uid: 2, kind: 'block', reason: 'auth_failed' },
      { uid: 3, kind: 'delay', reason: 'network' },
      { uid: 4, kind: 'soft_bounce', reason: 'mailbox_full' },
      { uid: 5, kind: 'reply', reason: null },
      { uid: 6, kind: 'hard_bounce', reason: 'user_unknown' },
    ]);
    const text = JSON.parse(db.prepare('select detail from mailbox_events where uid = 6').pluck().get() as string) as { recipients: { address: string }[]; source: string };
    expect(text).toMatchObject({ source: 'text', recipients: [{ address: 'lost@f.example' }] });
    expect(text.recipients).toHaveLength(1);
    const detail = JSON.parse(db.prepare('select detail from mailbox_events where uid = 2').pluck().get() as string) as Record<string, unknown>;
    expect(detail).toMatchObject({ category: 'block', reason: 'auth_failed', recipients: [{ address: 'm@c.example', status: '5.7.509', reply_code: '550', category: 'block' }] });
    expect(db.prepare('select date, hard_bounces, soft_bounces, blocks, delays, replies, bounce_rate, block_rate, reply_rate from snapshots order by date').all()).toEqual([
      { date: '2026-03-01', hard_bounces: 0, soft_bounces: 0, blocks: 0, delays: 0, replies: 0, bounce_rate: 0, block_rate: 0, reply_rate: 0 },
      { date: '2026-03-02', hard_bounces: 2, soft_bounces: 1, blocks: 1, delays: 1, replies: 1, bounce_rate: 0.3, block_rate: 0.1, reply_rate: 0.1 },
    ]);
    expect(db.prepare('select folder, last_uid, uidvalidity from mailbox_folders order by folder').all()).toEqual([
      { folder: 'INBOX', last_uid: 0, uidvalidity: '7' },
      { folder: 'Junk', last_uid: 0, uidvalidity: '7' },
      { folder: 'Sent', last_uid: 40, uidvalidity: '7' },
    ]);
    db.close();
  });
});

describe('0012_blocks_sign_in_health', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  it('recomputes stored rate counts from the snapshots (bounces hard + soft, blocks apart), recomputes every health, groups counts by health, generates the mail service', async () => {
    const old = await openStore(tmp.dir, migrationsBefore('0012'));
    await old.close();
    const raw = new BetterSqlite3(old.file);
    raw.prepare("insert into accounts (id, email, display_name, provider, smtp_host, smtp_port, smtp_security, smtp_username, imap_host, imap_port, imap_security, imap_username, daily_limit, min_minutes_between_sends, warmup_per_day, warmup_daily_rampup, warmup_target_reply_rate, status, created_at, updated_at, health, health_rank, health_at) values ('a1', 'a@x.test', 'A', 'smtp', 'h', 587, 'starttls', 'a', 'h', 993, 'tls', 'a', 10, 1, 1, 1, 1, 'active', 't', 't', 'failing', 0, '2026-03-10T00:00:00.000Z')").run();
    // Stored before blocks were apart: 9 "bounces" that were 3 bounces and 6 blocks.
    raw.prepare("insert into account_rates (account_id, measured_at, sent_30d, bounced_30d, complaints_30d, sent_7d, bounced_7d, complaints_7d) values ('a1', '2026-03-10T08:00:00.000Z', 100, 9, 1, 20, 9, 0)").run();
    const snap = raw.prepare("insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score, blocks, block_rate) values ('a1', ?, ?, ?, ?, ?, 0, 0, 0, 0, null, ?, 0)");
    snap.run('2026-03-10', 20, 1, 1, 0, 4); // in both windows
    snap.run('2026-03-04', 30, 0, 0, 1, 0); // 7-day window starts 03-04
    snap.run('2026-03-03', 50, 1, 0, 0, 2); // 30-day window only
    snap.run('2026-02-09', 70, 5, 5, 5, 5); // 30-day window starts 02-09
    snap.run('2026-02-08', 999, 99, 99, 99, 99); // outside
    raw.close();

    const store = await openStore(tmp.dir);
    await store.close();
    const db = new BetterSqlite3(store.file);
    expect(db.prepare('select sent_30d, bounced_30d, blocked_30d, complaints_30d, sent_7d, bounced_7d, blocked_7d, complaints_7d from account_rates').get()).toEqual({
      sent_30d: 170, bounced_30d: 13, blocked_30d: 11, complaints_30d: 6, sent_7d: 50, bounced_7d: 2, blocked_7d: 4, complaints_7d: 1,
    });
    expect(db.prepare('select health_at from accounts').pluck().get()).toBeNull();
    expect(db.prepare("select name from pragma_index_info('accounts_client_health')").pluck().all()).toEqual(['client_id', 'health_rank', 'health']);
    // The mail service, generated from the address and servers, for rows before and after the migration.
    expect(db.prepare('select mail_kind from accounts').pluck().get()).toBe('other');
    db.prepare("update accounts set smtp_host = 'smtp.office365.com' where id = 'a1'").run();
    expect(db.prepare('select mail_kind from accounts').pluck().get()).toBe('microsoft_365');
    expect(db.prepare("select name from pragma_index_info('accounts_mail_kind')").pluck().all()).toEqual(['mail_kind', 'auth_method']);
    db.close();
  });
});

describe('0007_health', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  const before0007 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0007'));

  it('makes status the user choice, keeps test errors as codes, and keeps fleet totals in step with snapshots', async () => {
    const old = await openStore(tmp.dir, before0007);
    await old.close();
    const raw = new BetterSqlite3(old.file);
    const template = {
      display_name: 'A', provider: 'smtp', smtp_host: 'h', smtp_port: 587, smtp_security: 'starttls', smtp_username: 'u',
      imap_host: 'h', imap_port: 993, imap_security: 'tls', imap_username: 'u', daily_limit: 50, min_minutes_between_sends: 5,
      warmup_per_day: 10, warmup_daily_rampup: 1, warmup_target_reply_rate: 30, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z',
    };
    const insert = (id: string, status: string, extra: Record<string, unknown> = {}) => {
      const row: Record<string, unknown> = { ...template, id, email: `${id}@example.com`, status, ...extra };
      raw.prepare(`insert into accounts (${Object.keys(row).join(',')}) values (${Object.keys(row).map(() => '?').join(',')})`).run(...Object.values(row));
    };
    insert('paused-broken', 'error', { status_before_error: 'paused', smtp_test: JSON.stringify({ ok: false, error: 'auth_failed' }), imap_test: JSON.stringify({ ok: true, error: null }), score: 60 });
    insert('active-broken', 'error', { status_before_error: null, smtp_test: JSON.stringify({ ok: false, error: 'timeout' }) });
    insert('warming', 'warming');
    const snap = raw.prepare('insert into snapshots values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    snap.run('warming', '2026-01-02', 100, 2, 1, 1, 3, 0.03, 0.01, 0.03, 80);
    snap.run('active-broken', '2026-01-02', 50, 1, 0, 0, 0, 0.02, 0, 0, 70);
    raw.close();

    // Up to 0007: later migrations (0010 recomputes snapshot counts from stored events) are tested on their own.
    const store = await openStore(tmp.dir, migrationsBefore('0008'));
    await store.close();
    const db = new BetterSqlite3(store.file);
    db.pragma('foreign_keys = ON');
    const rows = db.prepare('select id, status, warmup_enabled, smtp_error, imap_error, health, health_rank, health_at, score from accounts order by id').all();
    expect(rows).toEqual([
      { id: 'active-broken', status: 'active', warmup_enabled: 0, smtp_error: 'timeout', imap_error: null, health: 'unknown', health_rank: 4, health_at: null, score: null },
      { id: 'paused-broken', status: 'paused', warmup_enabled: 0, smtp_error: 'auth_failed', imap_error: null, health: 'unknown', health_rank: 4, health_at: null, score: null },
      { id: 'warming', status: 'active', warmup_enabled: 1, smtp_error: null, imap_error: null, health: 'unknown', health_rank: 4, health_at: null, score: null },
    ]);
    const cols = db.prepare('select name from pragma_table_info(?)').pluck().all('accounts');
    expect(cols).not.toContain('status_before_error');

    const fleet = () => db.prepare('select date, sent, bounced, complaints from fleet_daily order by date').all();
    expect(fleet()).toEqual([{ date: '2026-01-02', sent: 150, bounced: 4, complaints: 1 }]);
    db.prepare('insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run('warming', '2026-01-03', 10, 0, 0, 0, 0, 0, 0, 0, null);
    db.prepare("update snapshots set sent = 120, hard_bounces = 5 where account_id = 'warming' and date = '2026-01-02'").run();
    expect(fleet()).toEqual([
      { date: '2026-01-02', sent: 170, bounced: 7, complaints: 1 },
      { date: '2026-01-03', sent: 10, bounced: 0, complaints: 0 },
    ]);
    // Deleting an inbox cascades to its snapshots, and the totals follow.
    db.prepare("delete from accounts where id = 'warming'").run();
    expect(fleet()).toEqual([
      { date: '2026-01-02', sent: 50, bounced: 1, complaints: 0 },
      { date: '2026-01-03', sent: 0, bounced: 0, complaints: 0 },
    ]);
    const plan = db.prepare("explain query plan select count(*) from accounts where lower(substr(accounts.email, instr(accounts.email, '@') + 1)) = ?").all('example.com') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('accounts_domain');
    db.close();
  });
});
