import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS, openStore } from '../../../electron/core/store/index';
import { tempDir } from '../../fixtures/core';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

it('0009_oauth_sign_in adds sign-in apps (no secret column) and each inbox\'s login method, keeping existing inboxes on passwords', async () => {
  // A database as 0004 left it, with one inbox.
  const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0005'));
  await (await openStore(tmp.dir, before)).close();
  const raw = new BetterSqlite3(`${tmp.dir}/inboxfleet.sqlite`);
  raw.prepare(`insert into accounts (id, email, display_name, provider, smtp_host, smtp_port, smtp_security, smtp_username, smtp_password_stored,
    imap_host, imap_port, imap_security, imap_username, imap_uses_smtp_password, imap_password_stored, daily_limit, min_minutes_between_sends,
    signature_html, tags, warmup_enabled, warmup_per_day, warmup_daily_rampup, warmup_target_reply_rate, status, created_at, updated_at)
    values ('a1', 'a@b.example', 'A', 'microsoft', 'smtp.office365.com', 587, 'starttls', 'a@b.example', 1, 'outlook.office365.com', 993, 'tls',
    'a@b.example', 1, 0, 50, 10, '', '[]', 0, 10, 1, 30, 'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`).run();
  raw.close();

  await (await openStore(tmp.dir)).close();
  const db = new BetterSqlite3(`${tmp.dir}/inboxfleet.sqlite`);
  const cols = (t: string) => db.prepare('select name from pragma_table_info(?)').pluck().all(t) as string[];
  expect(cols('oauth_apps')).toEqual(['id', 'provider', 'label', 'client_id', 'tenant', 'issuer', 'agency_client_id', 'secret_stored', 'created_at', 'updated_at']);
  expect(cols('accounts')).toEqual(expect.arrayContaining(['auth_method', 'oauth_app_id', 'oauth_token_stored', 'sign_in_expired_at']));
  expect(cols('accounts').filter((c) => /token$|secret$/.test(c))).toEqual([]);
  expect(db.prepare("select auth_method, oauth_app_id, oauth_token_stored, sign_in_expired_at from accounts where id = 'a1'").get()).toEqual({
    auth_method: 'password', oauth_app_id: null, oauth_token_stored: 0, sign_in_expired_at: null,
  });
  // One app per provider for everyone; another per client is fine.
  const insert = db.prepare("insert into oauth_apps (id, provider, label, client_id, agency_client_id, created_at, updated_at) values (?, 'google', 'G', 'cid', ?, 'now', 'now')");
  insert.run('g1', null);
  expect(() => insert.run('g2', null)).toThrow(/UNIQUE constraint failed/);
  db.prepare("insert into clients (id, name, created_at) values ('c1', 'Acme', 'now')").run();
  insert.run('g3', 'c1');
  // Deleting an app leaves its inboxes without one (they need sign-in again).
  db.prepare("update accounts set auth_method = 'oauth', oauth_app_id = 'g1' where id = 'a1'").run();
  db.pragma('foreign_keys = ON');
  db.prepare("delete from oauth_apps where id = 'g1'").run();
  expect(db.prepare("select oauth_app_id from accounts where id = 'a1'").pluck().get()).toBeNull();
  db.close();
});
