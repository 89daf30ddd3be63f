// Every "inboxes of a domain" query uses the one domainOfEmailSql, and SQLite answers it from the
// accounts_domain index (migration 0007) instead of reading every inbox.
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainOfEmailSql, openStore, type Database, type Store } from '../../../electron/core/store/index';
import { tempDir } from '../../fixtures/core';

const plan = async (db: Kysely<Database>, q: { compile(): CompiledQuery }) => {
  const c = q.compile();
  const r = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]));
  return r.rows.map((row) => row.detail).join('\n');
};
const bare = (s: string) => s.replace(/["`]/g, '').replace(/\s+/g, ' ');

describe('domainOfEmailSql', () => {
  const tmp = tempDir();
  let store: Store;
  beforeAll(async () => {
    store = await openStore(tmp.dir);
  });
  afterAll(async () => {
    await store.close();
    tmp.remove();
  });

  it('is the accounts_domain index expression, word for word', async () => {
    const index = await store.db.selectFrom('sqlite_master' as never).select(sql<string>`sql`.as('sql')).where(sql`name`, '=', 'accounts_domain').executeTakeFirstOrThrow();
    expect(bare(index.sql)).toContain(bare(domainOfEmailSql().compile(store.db).sql));
  });

  it('lets SQLite use the index, plain and under an alias', async () => {
    const { db } = store;
    const plans = [
      await plan(db, db.selectFrom('accounts').select('id').where(domainOfEmailSql(), '=', 'd1.test')),
      await plan(db, db.selectFrom('accounts').leftJoin('clients', 'clients.id', 'accounts.client_id').select('accounts.id').where(domainOfEmailSql('accounts'), '=', 'd1.test')),
      await plan(db, db.selectFrom('accounts as a2').select('a2.id').where(domainOfEmailSql('a2'), '=', 'd1.test')),
      await plan(db, db.selectFrom('accounts').select(domainOfEmailSql().as('domain')).groupBy(domainOfEmailSql())),
    ];
    for (const p of plans) expect(p).toMatch(/INDEX accounts_domain/);
  });
});
