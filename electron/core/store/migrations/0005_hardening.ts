import { sql, type Kysely } from 'kysely';

// Issue 10 hardening:
// - export_partials: the temporary files of exports in progress, so one killed mid-write is
//   removed at the next start.
// - Server texts stored before they were scrubbed of passwords (a hostile server could echo the
//   password into its greeting or reply) are dropped: the greeting, reply and capability lines of
//   stored connection tests, and the stored reports (rebuilt on the next refresh). With
//   secure_delete on, and a VACUUM after this migration (open-store.ts), no copy stays in the file.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('export_partials')
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['smtp_test', 'imap_test']) {
    const col = sql.ref(column);
    await sql`update accounts set ${col} = json_set(${col},
      '$.greeting', null, '$.server_response', null, '$.capabilities', json('[]'), '$.auth_methods', json('[]'),
      '$.message', case when json_extract(${col}, '$.ok') then upper(json_extract(${col}, '$.protocol')) || ' login works'
        else upper(json_extract(${col}, '$.protocol')) || ': ' || coalesce(json_extract(${col}, '$.error'), 'failed') || ' (details from an older version were removed; test again to see them)' end)
      where ${col} is not null and json_valid(${col})`.execute(db);
  }
  await sql`delete from reports`.execute(db);
}
