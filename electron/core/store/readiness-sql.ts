// The basic-auth readiness of an inbox as SQL, so accounts.list (and bulk actions, exports) can
// select "the inboxes whose password logins end" exactly as the readiness audit counts them. The
// mail service is decided from the same lists as shared/basic-auth.ts's mailHostKind (a unit test
// holds the two equal); the level of each service on a date comes from readinessOf itself.
import { sql, type RawBuilder } from 'kysely';
import {
  GMAIL_DOMAINS, GOOGLE_HOSTS, M365_HOST_SUFFIX, M365_HOSTS, MAIL_HOST_KINDS, OUTLOOK_CONSUMER_DOMAINS, OUTLOOK_CONSUMER_HOSTS, readinessOf,
  type MailHostKind, type ReadinessLevel,
} from '../../../shared/basic-auth';

const list = (xs: Iterable<string>) => sql.join([...xs].map((x) => sql`${x}`));
const domain = sql`lower(substr(accounts.email, instr(accounts.email, '@') + 1))`;
const hosts = [sql`rtrim(lower(accounts.smtp_host), '.')`, sql`rtrim(lower(accounts.imap_host), '.')`];
const anyHost = (test: (h: RawBuilder<unknown>) => RawBuilder<unknown>) => sql`(${sql.join(hosts.map(test), sql` or `)})`;

/** mailHostKind in SQL over the accounts row. */
export const mailHostKindSql: RawBuilder<MailHostKind> = sql<MailHostKind>`case
  when ${domain} in (${list(OUTLOOK_CONSUMER_DOMAINS)}) or ${anyHost((h) => sql`${h} in (${list(OUTLOOK_CONSUMER_HOSTS)})`)} then 'outlook_consumer'
  when ${domain} in (${list(GMAIL_DOMAINS)}) then 'gmail'
  when accounts.provider = 'microsoft' or ${anyHost((h) => sql`(${h} like ${`%${M365_HOST_SUFFIX}`} or ${h} in (${list(M365_HOSTS)}))`)} then 'microsoft_365'
  when accounts.provider = 'google' or ${anyHost((h) => sql`${h} in (${list(GOOGLE_HOSTS)})`)} then 'google_workspace'
  else 'other' end`;

/** A condition: the inbox's readiness is `level` on `today` (YYYY-MM-DD). */
export function readinessIs(level: ReadinessLevel, today: string): RawBuilder<boolean> {
  const kinds = MAIL_HOST_KINDS.filter((k) => readinessOf(k, 'password', today).level === level);
  const password = kinds.length ? sql`(accounts.auth_method != 'oauth' and ${mailHostKindSql} in (${list(kinds)}))` : sql`0`;
  // A signed-in inbox is never affected.
  return level === 'ok' ? sql<boolean>`(accounts.auth_method = 'oauth' or ${password})` : sql<boolean>`${password}`;
}
