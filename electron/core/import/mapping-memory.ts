// A user's column mapping, remembered per header set (in the settings table, which ignores keys
// it does not know), so the next file with the same headers is read the same way.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/import';
import type { Database } from '../store/index';
import { headerSetKey } from './formats';

export type Mapping = Record<string, ImportField | null>;

const keyOf = (headers: string[]) => `import_mapping:${createHash('sha256').update(headerSetKey(headers)).digest('hex').slice(0, 32)}`;

const FIELDS = new Set<string>(IMPORT_FIELDS);

export async function recallMapping(db: Kysely<Database>, headers: string[]): Promise<Mapping | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', keyOf(headers)).executeTakeFirst();
  if (!row) return undefined;
  try {
    const value = JSON.parse(row.value) as Record<string, unknown>;
    // A damaged or outdated entry is dropped field by field rather than trusted.
    return Object.fromEntries(Object.entries(value).filter(([, f]) => f === null || (typeof f === 'string' && FIELDS.has(f)))) as Mapping;
  } catch {
    return undefined;
  }
}

export async function rememberMapping(db: Kysely<Database>, headers: string[], mapping: Mapping): Promise<void> {
  const value = JSON.stringify(mapping);
  await db
    .insertInto('settings')
    .values({ key: keyOf(headers), value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
