// The basic-auth readiness of an inbox as SQL, so accounts.list (and bulk actions, exports) can
// select "the inboxes whose password logins end" exactly as the readiness audit counts them. The
// mail service is the accounts.mail_kind column (migration 0012: shared/basic-auth.ts's
// mailHostKind, generated and indexed; a unit test holds the two equal); the level of each
// service on a date comes from readinessOf itself.
import { sql, type RawBuilder } from 'kysely';
import { MAIL_HOST_KINDS, readinessOf, type ReadinessLevel } from '../../../shared/basic-auth';

/** A condition: the inbox's readiness is `level` on `today` (YYYY-MM-DD). */
export function readinessIs(level: ReadinessLevel, today: string): RawBuilder<boolean> {
  const kinds = MAIL_HOST_KINDS.filter((k) => readinessOf(k, 'password', today).level === level);
  const password = kinds.length ? sql`(accounts.mail_kind in (${sql.join(kinds.map((k) => sql`${k}`))}) and accounts.auth_method != 'oauth')` : sql`0`;
  // A signed-in inbox is never affected.
  return level === 'ok' ? sql<boolean>`(accounts.auth_method = 'oauth' or ${password})` : sql<boolean>`${password}`;
}
