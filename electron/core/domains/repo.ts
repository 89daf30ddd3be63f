// Sending domains are derived from the inboxes' addresses; their last audit lives in `domains`.
import { sql, type Kysely } from 'kysely';
import type { DomainReport } from '../../../shared/audit';
import type { Database } from '../store/index';

const domainOf = sql<string>`lower(substr(email, instr(email, '@') + 1))`;

export async function domainsWithCounts(db: Kysely<Database>): Promise<{ domain: string; account_count: number }[]> {
  const rows = await db
    .selectFrom('accounts')
    .select([domainOf.as('domain'), (eb) => eb.fn.countAll<number>().as('account_count')])
    .groupBy(domainOf)
    .orderBy(domainOf)
    .execute();
  return rows.map((r) => ({ domain: r.domain, account_count: Number(r.account_count) }));
}

export async function accountsOfDomain(db: Kysely<Database>, domain: string) {
  return db
    .selectFrom('accounts')
    .select(['smtp_host', 'tracking_domain', 'provider'])
    .where(domainOf, '=', domain)
    .execute();
}

export interface StoredDomain {
  domain: string;
  dkim_selectors: string[];
  report: DomainReport | null;
}

const parse = <T>(json: string | null, fallback: T): T => {
  if (json === null) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

export async function storedDomains(db: Kysely<Database>, domains?: string[]): Promise<Map<string, StoredDomain>> {
  let q = db.selectFrom('domains').selectAll();
  if (domains) {
    if (domains.length === 0) return new Map();
    q = q.where('domain', 'in', domains);
  }
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.domain, { domain: r.domain, dkim_selectors: parse(r.dkim_selectors, []), report: parse(r.report, null) }]));
}

export async function saveReport(db: Kysely<Database>, report: DomainReport): Promise<void> {
  const json = JSON.stringify(report);
  await db
    .insertInto('domains')
    .values({ domain: report.domain, report: json, checked_at: report.checked_at })
    .onConflict((oc) => oc.column('domain').doUpdateSet({ report: json, checked_at: report.checked_at }))
    .execute();
}

export async function saveSelectors(db: Kysely<Database>, domain: string, selectors: string[]): Promise<void> {
  const json = JSON.stringify(selectors);
  await db
    .insertInto('domains')
    .values({ domain, dkim_selectors: json })
    .onConflict((oc) => oc.column('domain').doUpdateSet({ dkim_selectors: json }))
    .execute();
}
