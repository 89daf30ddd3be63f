// Where an export may be written, and the record of files being written. Every problem with the
// path is `invalid_input` naming `path`; a file inside the data folder (the database, its WAL,
// the lock) is never a destination; a temporary file left by a killed export is removed at the
// next start.
import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { Database } from '../store/index';

const bad = (message: string) => new AppError('invalid_input', message, { field: 'path', fields: { path: message } });

const FS_PROBLEMS: Record<string, string> = {
  EACCES: 'you may not write there',
  EPERM: 'you may not write there',
  ENOENT: 'that folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'that is a folder, not a file',
  EROFS: 'that disk is read-only',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ELOOP: 'the path has a symbolic-link loop',
  EINVAL: 'the name is not allowed there',
  EEXIST: 'a file is in the way',
  EBUSY: 'the file is in use',
};

/** An fs error as `invalid_input` on `path`; anything else unchanged. */
export function pathError(err: unknown, target: string): unknown {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return err;
  return bad(`Cannot write ${target}: ${FS_PROBLEMS[code] ?? 'the file system refused'} (${code}). Choose another place.`);
}

/** The resolved destination, or an `invalid_input` on `path` saying what is wrong with it. */
export function checkDestination(target: string | undefined, dataDir: string): string {
  if (!target) throw bad('Choose where to save the file');
  if (!path.isAbsolute(target)) throw bad('The file path must be absolute');
  if (/[\\/]$/.test(target)) throw bad(`${target} names a folder: add a file name`);
  const resolved = path.resolve(target);
  const name = path.basename(resolved);
  // 255 bytes is the file-name limit of the common file systems; room for the temporary suffix.
  if (Buffer.byteLength(name) > 200) throw bad('The file name is too long (at most 200 bytes)');
  let folder: string;
  let data: string;
  try {
    folder = realpathSync(path.dirname(resolved));
    data = realpathSync(dataDir);
  } catch (err) {
    throw pathError(err, target);
  }
  const rel = path.relative(data, path.join(folder, name));
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw bad(`${target} is inside Inboxfleet's data folder (${dataDir}), where the database lives: choose another place`);
  }
  return path.join(folder, name);
}

export interface PartialFiles {
  /** Records a temporary file name for `target` before it is created. */
  begin(target: string): Promise<string>;
  end(partial: string): Promise<void>;
}

export function partialFiles(db: Kysely<Database>, now: () => Date): PartialFiles {
  return {
    async begin(target) {
      const partial = `${target}.${randomUUID().slice(0, 8)}.partial`;
      await db.insertInto('export_partials').values({ path: partial, started_at: now().toISOString() }).execute();
      return partial;
    },
    async end(partial) {
      await db.deleteFrom('export_partials').where('path', '=', partial).execute();
    },
  };
}

/** At start: removes the temporary files of exports that never finished (the app was killed). */
export async function removeLeftoverPartials(db: Kysely<Database>): Promise<number> {
  const rows = await db.selectFrom('export_partials').select('path').execute();
  for (const { path: p } of rows) {
    if (p.endsWith('.partial')) await rm(p, { force: true }).catch(() => undefined);
  }
  await db.deleteFrom('export_partials').execute();
  return rows.length;
}
