// "The domain of an inbox's address" in SQL. It must stay the exact expression of the
// accounts_domain index (migration 0007), or a domain lookup reads every inbox: every query
// that groups or filters inboxes by domain uses this one.
import { sql, type RawBuilder } from 'kysely';

/** lower(substr(email, instr(email, '@') + 1)); `table`: the alias accounts goes by in the query. */
export function domainOfEmailSql(table?: string): RawBuilder<string> {
  const email = sql.ref(table ? `${table}.email` : 'email');
  return sql<string>`lower(substr(${email}, instr(${email}, '@') + 1))`;
}
