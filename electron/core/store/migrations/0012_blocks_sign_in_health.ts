import { sql, type Kysely } from 'kysely';

// Health reads blocks and the sign-in state (the wiring between issues 12, 13 and 14).
//  - account_rates gains the block counts of the 30- and 7-day windows. Every stored row's counts
//    are recomputed from the snapshots for the day it was measured, so bounces are hard + soft
//    only (rows written before migration 0010 counted blocks as bounces) and blocks are right at
//    once, without waiting for the next mailbox read.
//  - Every inbox's health is recomputed at the next start (health_at null): "sign-in expired" is
//    now its own state and blocks have their own lines.
//  - The per-client count groups by the health itself: sign-in expired shares failing's rank.
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
}
