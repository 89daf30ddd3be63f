// Opens the SQLite file (WAL, foreign keys on), refuses a database newer than this code,
// and runs pending migrations before anything else touches it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS } from './migrations/index';
import type { Database } from './schema';

export const DATABASE_FILE = 'inboxfleet.sqlite';

export interface Store {
  db: Kysely<Database>;
  file: string;
  close(): Promise<void>;
}

const staticProvider = (migrations: Record<string, Migration>): MigrationProvider => ({
  getMigrations: async () => migrations,
});

export async function openStore(dataDir: string, migrations: Record<string, Migration> = MIGRATIONS): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL: no fsync per commit (an import commits once per inbox). A crash of the app loses
  // no committed row; a power cut may undo the last few, never corrupt the file — and the start-up
  // reconcile pass removes keychain entries whose row was undone.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await refuseNewerDatabase(db, migrations);
    const { error, results } = await new Migrator({ db, provider: staticProvider(migrations) }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { db, file, close: () => db.destroy() };
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
