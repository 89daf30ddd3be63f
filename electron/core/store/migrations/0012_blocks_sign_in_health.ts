import { sql, type Kysely } from 'kysely';

// Health reads blocks and the sign-in state (the wiring between issues 12, 13 and 14).
//  - account_rates gains the block counts of the 30- and 7-day windows. Every stored row's counts
//    are recomputed from the snapshots for the day it was measured, so bounces are hard + soft
//    only (rows written before migration 0010 counted blocks as bounces) and blocks are right at
//    once, without waiting for the next mailbox read.
//  - Every inbox's health is recomputed at the next start (health_at null): "sign-in expired" is
//    now its own state and blocks have their own lines.
//  - The per-client count groups by the health itself: sign-in expired shares failing's rank.
//  - accounts gains `mail_kind`, the mail service an inbox is on (shared/basic-auth.ts
//    mailHostKind, written out here as it is today), as a virtual generated column with an index:
//    every writer keeps it right, and the accounts filter by basic-auth readiness reads the index
//    instead of working the address and servers out for 10,000 rows (57 ms → under 2 ms). The
//    lists are spelled out (not imported) so this migration means the same forever; a unit test
//    compares the column with mailHostKind for every name, so changing the lists needs a new
//    migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['blocked_30d', 'blocked_7d']) {
    await db.schema.alterTable('account_rates').addColumn(column, 'integer', (c) => c.notNull().defaultTo(0)).execute();
  }
  const sum = (expr: string, days: number) => sql.raw(`coalesce((select sum(${expr}) from snapshots s where s.account_id = account_rates.account_id
      and s.date between date(substr(account_rates.measured_at, 1, 10), '-${days - 1} days') and substr(account_rates.measured_at, 1, 10)), 0)`);
  await sql`update account_rates set
      sent_30d = ${sum('s.sent', 30)}, bounced_30d = ${sum('s.hard_bounces + s.soft_bounces', 30)},
      blocked_30d = ${sum('s.blocks', 30)}, complaints_30d = ${sum('s.complaints', 30)},
      sent_7d = ${sum('s.sent', 7)}, bounced_7d = ${sum('s.hard_bounces + s.soft_bounces', 7)},
      blocked_7d = ${sum('s.blocks', 7)}, complaints_7d = ${sum('s.complaints', 7)}`.execute(db);
  await sql`update accounts set health_at = null`.execute(db);
  await db.schema.dropIndex('accounts_client_health').execute();
  await db.schema.createIndex('accounts_client_health').on('accounts').columns(['client_id', 'health_rank', 'health']).execute();
  await sql`alter table accounts add column mail_kind text generated always as (${MAIL_KIND}) virtual`.execute(db);
  await db.schema.createIndex('accounts_mail_kind').on('accounts').columns(['mail_kind', 'auth_method']).execute();
}

const DOMAIN = "lower(substr(email, instr(email, '@') + 1))";
const HOSTS = ["rtrim(lower(smtp_host), '.')", "rtrim(lower(imap_host), '.')"];
const anyHost = (test: (h: string) => string) => `(${HOSTS.map(test).join(' or ')})`;
const OUTLOOK_DOMAINS = `'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com', 'windowslive.com', 'hotmail.co.uk', 'hotmail.fr',
  'hotmail.de', 'hotmail.it', 'hotmail.es', 'hotmail.nl', 'hotmail.be', 'hotmail.ca', 'outlook.fr', 'outlook.de', 'outlook.it', 'outlook.es',
  'outlook.jp', 'outlook.co.uk', 'outlook.com.au', 'outlook.com.br', 'live.co.uk', 'live.fr', 'live.de', 'live.it', 'live.nl', 'live.ca', 'live.com.au'`;
const MAIL_KIND = sql.raw(`case
  when ${DOMAIN} in (${OUTLOOK_DOMAINS}) or ${anyHost((h) => `${h} in ('smtp-mail.outlook.com', 'imap-mail.outlook.com')`)} then 'outlook_consumer'
  when ${DOMAIN} in ('gmail.com', 'googlemail.com') then 'gmail'
  when provider = 'microsoft' or ${anyHost((h) => `${h} like '%.office365.com' or ${h} = 'outlook.office.com'`)} then 'microsoft_365'
  when provider = 'google' or ${anyHost((h) => `${h} in ('smtp.gmail.com', 'imap.gmail.com', 'smtp-relay.gmail.com')`)} then 'google_workspace'
  else 'other' end`);
