import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { accountListSchema } from '../../../shared/validation';
import { accountsRepo, MIGRATIONS, openStore } from '../../../electron/core/store/index';
import { tempDir } from '../../fixtures/core';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

const before = (name: string) => Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n < name));

/** Two inboxes as an older version stored them: test results in the row, tags as JSON, one client. */
function seedOld(file: string, withTests: boolean) {
  const raw = new BetterSqlite3(file);
  raw.prepare("insert into clients (id, name, created_at) values ('c1', 'Globex Corp', 'now')").run();
  const insert = raw.prepare(`insert into accounts (id, email, display_name, provider, smtp_host, smtp_port, smtp_security, smtp_username,
    imap_host, imap_port, imap_security, imap_username, daily_limit, min_minutes_between_sends, warmup_per_day, warmup_daily_rampup,
    warmup_target_reply_rate, status, created_at, updated_at, tags, client_id${withTests ? ', smtp_test, imap_test' : ''})
    values (?, ?, ?, 'smtp', 'h', 587, 'starttls', 'u', 'h', 993, 'tls', 'u', 50, 5, 10, 1, 30, 'active', ?, ?, ?, ?${withTests ? ', ?, ?' : ''})`);
  const tests = withTests ? [JSON.stringify({ protocol: 'smtp', ok: false, error: 'auth_failed' }), JSON.stringify({ protocol: 'imap', ok: true, error: null })] : [];
  insert.run('a1', 'anna.berg@shop.example', 'Anna Berg', '2026-01-01', '2026-01-01', '["Cold-Outreach","q4","Q4"]', 'c1', ...tests);
  insert.run('a2', 'ben@other.example', 'Ben', '2026-01-02', '2026-01-02', 'not json', null, ...(withTests ? [null, null] : []));
  raw.close();
}

/** A database as the migrations before `name` left it, seeded, then opened with every migration. */
async function migrateFrom(name: string, seed: (file: string) => void) {
  const old = await openStore(tmp.dir, before(name));
  await old.close();
  seed(old.file);
  const store = await openStore(tmp.dir);
  return { store, list: (input: object) => accountsRepo.listAccounts(store.db, accountListSchema.parse(input)) };
}

it('0013_list_at_scale moves test results beside the row, and fills the tag table and search index from existing inboxes', async () => {
  const { store, list } = await migrateFrom('0013', (file) => seedOld(file, true));
  expect((await list({ search: 'lobex' })).items.map((a) => a.id)).toEqual(['a1']); // client name
  expect((await list({ search: 'cold-out' })).items.map((a) => a.id)).toEqual(['a1']); // tag
  expect((await list({ search: 'na.ber' })).items.map((a) => a.id)).toEqual(['a1']); // address
  expect((await list({ tag: 'q4' })).total).toBe(1);
  const a1 = (await list({ sort: 'email', order: 'asc' })).items[0]!;
  expect(a1.smtp_test).toEqual({ protocol: 'smtp', ok: false, error: 'auth_failed' });
  expect(a1.imap_test).toEqual({ protocol: 'imap', ok: true, error: null });
  await store.close();

  const db = new BetterSqlite3(store.file);
  const cols = db.prepare('select name from pragma_table_info(?)').pluck().all('accounts') as string[];
  expect(cols.filter((c) => c.endsWith('_test'))).toEqual([]);
  expect(db.prepare('select account_id from account_tests').pluck().all()).toEqual(['a1']);
  // Case-insensitive tags, once each; an unreadable tags value gives none (as the list shows it).
  expect(db.prepare('select account_id, tag from account_tags order by tag').all()).toEqual([
    { account_id: 'a1', tag: 'Cold-Outreach' }, { account_id: 'a1', tag: 'q4' },
  ]);
  expect(db.prepare('select v from list_version').pluck().get()).toBe(0);
  db.pragma('foreign_keys = ON');
  db.prepare("delete from accounts where id = 'a1'").run();
  expect(db.prepare('select count(*) from account_tests').pluck().get()).toBe(0);
  expect(db.prepare('select count(*) from account_tags').pluck().get()).toBe(0);
  expect(db.prepare("select count(*) from accounts_fts where accounts_fts match '\"anna\"'").pluck().get()).toBe(0);
  expect(db.prepare('select v from list_version').pluck().get()).toBe(1);
  db.close();
});

it('a database from before 0005 is vacuumed after migrating, and its search index still points at the right rows', async () => {
  const { store, list } = await migrateFrom('0005', (file) => {
    seedOld(file, false);
    // Delete-and-reinsert leaves a gap in rowids that a VACUUM may close.
    const raw = new BetterSqlite3(file);
    raw.exec("create temp table t as select * from accounts where id = 'a1'; delete from accounts where id = 'a1'; insert into accounts select * from t;");
    raw.close();
  });
  expect((await list({ search: 'anna' })).items.map((a) => a.email)).toEqual(['anna.berg@shop.example']);
  expect((await list({ search: 'ben@' })).items.map((a) => a.email)).toEqual(['ben@other.example']);
  await store.close();
  const db = new BetterSqlite3(store.file);
  expect(db.prepare('select count(*) from accounts_fts f join accounts a on a.rowid = f.rowid and a.email = f.email').pluck().get()).toBe(2);
  db.close();
});
