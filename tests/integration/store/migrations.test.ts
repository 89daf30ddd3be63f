import { existsSync, readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, MIGRATIONS } from '../../../electron/core/store/index';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../../fixtures/core';

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
    // The migrations before 0005 (later ones must run after it, as they do for a user).
    const upTo4 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0005'));
    const old = await openStore(tmp.dir, upTo4);
    await old.close();
    const raw = new BetterSqlite3(old.file);
    raw.prepare("insert into accounts (id, email, display_name, provider, smtp_host, smtp_port, smtp_security, smtp_username, imap_host, imap_port, imap_security, imap_username, daily_limit, min_minutes_between_sends, warmup_per_day, warmup_daily_rampup, warmup_target_reply_rate, status, created_at, updated_at, smtp_test) values ('a1', 'a@x.test', 'A', 'smtp', 'h', 587, 'starttls', 'a', 'h', 993, 'tls', 'a', 10, 1, 1, 1, 1, 'active', 't', 't', ?)")
      .run(JSON.stringify({ protocol: 'smtp', ok: false, error: 'auth_failed', message: `SMTP: rejected ${canary}`, greeting: `220 ${canary}`, server_response: `535 ${canary}`, capabilities: [canary], auth_methods: ['PLAIN'] }));
    raw.prepare("insert into reports (account_id, report, created_at) values ('a1', ?, 't')").run(JSON.stringify({ mailbox: { message: canary } }));
    raw.close();

    const store = await openStore(tmp.dir);
    await store.close();
    const db = new BetterSqlite3(store.file);
    const test = JSON.parse(db.prepare("select smtp_test from accounts where id = 'a1'").pluck().get() as string) as Record<string, unknown>;
    expect(test).toMatchObject({ ok: false, error: 'auth_failed', greeting: null, server_response: null, capabilities: [], message: expect.stringMatching(/^SMTP: auth_failed \(details from an older version were removed/) });
    expect(db.prepare('select count(*) from reports').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from export_partials').pluck().get()).toBe(0);
    db.close();
    for (const file of [store.file, `${store.file}-wal`]) if (existsSync(file)) expect(readFileSync(file).includes(canary), file).toBe(false);
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

    const store = await openStore(tmp.dir);
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
    db.prepare('insert into snapshots values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run('warming', '2026-01-03', 10, 0, 0, 0, 0, 0, 0, 0, null);
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
