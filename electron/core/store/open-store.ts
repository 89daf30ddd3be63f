// Opens the SQLite file (WAL, foreign keys on), refuses a database newer than this code,
// and runs pending migrations before anything else touches it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS } from './migrations/index';
import { fillListIndexes } from './migrations/0013_list_at_scale';
import type { Database } from './schema';

export const DATABASE_FILE = 'inboxfleet.sqlite';

export interface Store {
  db: Kysely<Database>;
  file: string;
  /** Positional rows of a prepared statement, for the few reads of millions of rows (see RawQuery). */
  rawQuery(sql: string): RawQuery;
  close(): Promise<void>;
}

/**
 * Runs one prepared statement and returns its rows as arrays of column values: no object, no
 * key per row. Reading a row into JavaScript is most of what a 3.6 M-row export costs, and an
 * array is the cheapest form better-sqlite3 offers.
 */
export type RawQuery = (...params: unknown[]) => unknown[][];

const staticProvider = (migrations: Record<string, Migration>): MigrationProvider => ({
  getMigrations: async () => migrations,
});

export async function openStore(dataDir: string, migrations: Record<string, Migration> = MIGRATIONS): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  const file = path.join(dataDir, DATABASE_FILE);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file);
  } catch (err) {
    lock.close();
    throw err;
  }
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL: no fsync per commit (an import commits once per inbox). A crash of the app loses
  // no committed row; a power cut may undo the last few, never corrupt the file — and the start-up
  // reconcile pass removes keychain entries whose row was undone.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted rows (and replaced values) are overwritten with zeros, so nothing removed from the
  // database lingers in free pages.
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const close = async () => {
    await db.destroy();
    lock.close();
  };
  try {
    await refuseNewerDatabase(db, migrations);
    const { error, results } = await new Migrator({ db, provider: staticProvider(migrations) }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    // 0005 dropped server texts written before they were scrubbed: rebuild the file so no free
    // page (from before secure_delete) keeps a copy.
    if (results?.some((r) => r.migrationName === '0005_hardening' && r.status === 'Success')) {
      sqlite.exec('VACUUM');
      // VACUUM may renumber accounts rowids, which the search index is keyed by.
      if ('0013_list_at_scale' in migrations) await fillListIndexes(db as Kysely<unknown>);
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    }
  } catch (err) {
    await close();
    throw err;
  }
  const rawQuery = (text: string): RawQuery => {
    const statement = sqlite.prepare(text).raw(true);
    return (...params) => statement.all(...params) as unknown[][];
  };
  return { db, file, rawQuery, close };
}

export const LOCK_FILE = 'inboxfleet.lock';

/**
 * One core per data folder: an exclusive OS lock (a SQLite lock on a small file of its own, so the
 * database stays readable by other tools) held until close. The OS drops it when the process
 * dies, so a crash never leaves the folder locked. A second opener, in this process or another,
 * gets `already_open` at once instead of racing the first through the migrations.
 */
function lockDataDir(dataDir: string): { close(): void } {
  const lock = new BetterSqlite3(path.join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (err) {
    lock.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      throw new AppError(
        'already_open',
        `Inboxfleet is already open on the data folder ${dataDir} (another window or process is using it). Close it first.`,
      );
    }
    throw err;
  }
  return { close: () => lock.close() };
}

async function refuseNewerDatabase(db: Kysely<Database>, migrations: Record<string, Migration>): Promise<void> {
  const table = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db);
  if (table.rows.length === 0) return;
  const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  const unknown = ran.rows.map((r) => r.name).filter((n) => !(n in migrations));
  if (unknown.length > 0) {
    throw new AppError(
      'unsupported_database',
      `This data was written by a newer version of Inboxfleet (it has migration ${unknown.join(', ')}). ` +
        'Update Inboxfleet to open it; nothing was changed.',
    );
  }
}
