// Keeps each inbox's stored health in step with its inputs: recomputed after a connection test,
// a report refresh (new rate counts), a domain audit (every inbox on the domain), an edit, and by
// a pass over rows never computed or whose evidence has gone stale.
import type { Kysely } from 'kysely';
import type { DomainReport } from '../../../shared/audit';
import { HEALTH_RANK } from '../../../shared/health';
import type { Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { Logger } from '../log';
import { domainOfEmailSql, type Database } from '../store/index';
import { domainOfEmail, healthFacts, probeFact, SIGN_IN_COLUMNS, type RatesRow } from './facts';
import { computeHealth } from './rules';

/** Rows per transaction: short enough that tests and refreshes are never held up for long. */
const CHUNK = 500;

export interface HealthService {
  /** Recomputes and stores the health of these inboxes. */
  recompute(ids: string[]): Promise<void>;
  /** Every inbox sending from the domain (after its audit changed). */
  recomputeDomain(domain: string): Promise<void>;
  /** Stores the counts of the last 30 and 7 days, then recomputes the inbox. */
  saveRates(id: string, rates: Omit<RatesRow, 'measured_at'>): Promise<void>;
  /** Inboxes never computed (new rows, other writers) or whose evidence went stale; returns how many. */
  sweep(): Promise<number>;
}

const parseReport = (json: string | null): DomainReport | null => {
  if (json === null) return null;
  try {
    return JSON.parse(json) as DomainReport;
  } catch {
    return null;
  }
};

export function createHealthService(deps: { db: Kysely<Database>; clock: Clock; events: CoreEvents; log: Logger }): HealthService {
  const { db, clock } = deps;

  async function computeChunk(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    // Read and write in one transaction: a test finishing meanwhile cannot be overwritten by an older verdict.
    await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('accounts')
        .leftJoin('account_tests', 'account_tests.account_id', 'accounts.id')
        .select(['id', 'email', 'smtp_host', 'tracking_domain', 'smtp_test', 'imap_test', ...SIGN_IN_COLUMNS])
        .where('id', 'in', ids)
        .execute();
      if (rows.length === 0) return;
      const rates = new Map((await trx.selectFrom('account_rates').selectAll().where('account_id', 'in', ids).execute()).map((r) => [r.account_id, r]));
      const domains = [...new Set(rows.map((r) => domainOfEmail(r.email)))];
      const reports = new Map(
        (await trx.selectFrom('domains').select(['domain', 'report']).where('domain', 'in', domains).execute()).map((d) => [d.domain, parseReport(d.report)]),
      );
      const now = clock.now();
      const at = now.toISOString();
      await trx.deleteFrom('health_reasons').where('account_id', 'in', rows.map((r) => r.id)).execute();
      for (const row of rows) {
        const domain = domainOfEmail(row.email);
        const verdict = computeHealth(healthFacts(row, reports.get(domain) ?? null, rates.get(row.id) ?? null), now);
        const smtp = probeFact(row.smtp_test);
        const imap = probeFact(row.imap_test);
        await trx
          .updateTable('accounts')
          .set({
            health: verdict.health,
            health_rank: HEALTH_RANK[verdict.health],
            health_reasons: JSON.stringify(verdict.reasons),
            health_at: at,
            health_expires_at: verdict.expires_at,
            smtp_error: smtp && !smtp.ok ? smtp.error : null,
            imap_error: imap && !imap.ok ? imap.error : null,
          })
          .where('id', '=', row.id)
          .execute();
        if (verdict.reasons.length) {
          await trx
            .insertInto('health_reasons')
            .values(verdict.reasons.map((r) => ({ account_id: row.id, code: r.code, detail: r.detail, level: r.level, domain })))
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      }
    });
  }

  async function recompute(ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += CHUNK) await computeChunk(unique.slice(i, i + CHUNK));
  }

  return {
    recompute,
    async recomputeDomain(domain) {
      const ids = await db.selectFrom('accounts').select('id').where(domainOfEmailSql(), '=', domain.toLowerCase()).execute();
      await recompute(ids.map((r) => r.id));
      if (ids.length) deps.events.emit('accounts.changed', { ids: ids.map((r) => r.id) });
    },
    async saveRates(id, rates) {
      const row = { account_id: id, measured_at: clock.now().toISOString(), ...rates };
      const { account_id: _id, ...update } = row;
      await db.insertInto('account_rates').values(row).onConflict((oc) => oc.column('account_id').doUpdateSet(update)).execute();
      await recompute([id]);
    },
    async sweep() {
      const now = clock.now().toISOString();
      const ids = (
        await db.selectFrom('accounts').select('id').where((eb) => eb.or([eb('health_at', 'is', null), eb('health_expires_at', '<=', now)])).execute()
      ).map((r) => r.id);
      await recompute(ids);
      if (ids.length) deps.log.info('health recomputed', { count: ids.length });
      return ids.length;
    },
  };
}
