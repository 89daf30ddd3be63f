// Sending domains are derived from the inboxes' addresses; their last audit lives in `domains`.
import { sql, type Kysely } from 'kysely';
import type { DomainReport, SenderCount } from '../../../shared/audit';
import { domainOfEmailSql, type Database } from '../store/index';

const domainOf = domainOfEmailSql();

/** Sending domains and their inbox counts; with a client, only its domains and inboxes. */
export async function domainsWithCounts(db: Kysely<Database>, clientId?: string): Promise<{ domain: string; account_count: number }[]> {
  let q = db.selectFrom('accounts').select([domainOf.as('domain'), (eb) => eb.fn.countAll<number>().as('account_count')]);
  if (clientId === 'none') q = q.where('client_id', 'is', null);
  else if (clientId) q = q.where('client_id', '=', clientId);
  const rows = await q
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

/** Domains whose inboxes' health has this reason (and detail, e.g. the list of a listing). */
export async function domainsWithReason(db: Kysely<Database>, code: string, detail?: string): Promise<Set<string>> {
  let q = db.selectFrom('health_reasons').select('domain').distinct().where('code', '=', code);
  if (detail !== undefined) q = q.where('detail', '=', detail);
  return new Set((await q.execute()).map((r) => r.domain));
}

/** Inboxes per client sending from the domain; with a reason, only the inboxes it hits. */
export async function sendersOf(db: Kysely<Database>, domain: string, reason?: { code: string; detail: string }): Promise<SenderCount[]> {
  let q = db
    .selectFrom('accounts')
    .leftJoin('clients', 'clients.id', 'accounts.client_id')
    .select(['accounts.client_id', 'clients.name', (eb) => eb.fn.countAll<number>().as('inboxes')])
    .where(domainOfEmailSql('accounts'), '=', domain);
  if (reason) {
    const { code, detail } = reason;
    q = q.where((eb) => eb.exists(eb.selectFrom('health_reasons').select('health_reasons.code').whereRef('health_reasons.account_id', '=', 'accounts.id').where('health_reasons.code', '=', code).where('health_reasons.detail', '=', detail)));
  }
  const rows = await q.groupBy('accounts.client_id').orderBy(sql`count(*)`, 'desc').execute();
  return rows.map((r) => ({ client_id: r.client_id, name: r.name ?? 'No client', inboxes: Number(r.inboxes) }));
}
