// Alert rows and subject states in SQLite: plain functions taking `db`.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Alert, AlertCounts, AlertKind, AlertSeverity } from '../../../shared/alerts';
import { domainOfEmailSql, type Database } from '../store/index';
import type { Finding, StepResult, SubjectState } from './types';

type Db = Kysely<Database> | Transaction<Database>;

export interface Subject {
  /** 'account:<id>' or 'domain:<name>'. */
  subject: string;
  account_id: string | null;
  domain: string;
}

export const accountSubject = (id: string, domain: string): Subject => ({ subject: `account:${id}`, account_id: id, domain });
export const domainSubject = (domain: string): Subject => ({ subject: `domain:${domain}`, account_id: null, domain });

const RESOLVED_BECAUSE: Record<AlertKind, string> = {
  connection: 'Works again',
  listing: 'Delisted',
  spf_record: 'Record back as it was',
  dkim_record: 'Key back as it was',
  dmarc_record: 'Record back as it was',
  bounce_rate: 'Back under the threshold',
  complaint_rate: 'Back under the threshold',
  score_drop: 'Score recovered',
  sign_in_expired: 'Signed in again',
  block_rate: 'Back under the threshold',
};

export async function loadState(db: Db, subject: string): Promise<{ state: SubjectState; checked_at: string } | null> {
  const row = await db.selectFrom('alert_state').select(['state', 'checked_at']).where('subject', '=', subject).executeTakeFirst();
  if (!row) return null;
  try {
    return { state: JSON.parse(row.state) as SubjectState, checked_at: row.checked_at };
  } catch {
    return null; // a damaged state is a first check again: silence rather than a false alert
  }
}

/** Alerts opened on this inbox or its domain since `since`: they explain a score drop. */
export async function openedSince(db: Db, s: Subject, since: string): Promise<boolean> {
  const row = await db
    .selectFrom('alerts')
    .select('id')
    .where('kind', '!=', 'score_drop')
    .where('opened_at', '>=', since)
    .where((eb) => eb.or([eb('subject', '=', s.subject), eb('subject', '=', `domain:${s.domain}`)]))
    .executeTakeFirst();
  return !!row;
}

export interface Applied {
  opened: Alert[];
  resolved: Alert[];
}

/** Stores one step: the subject's new state, opened, updated and resolved alerts, in one transaction. */
export async function applyStep(db: Kysely<Database>, s: Subject, r: StepResult, now: string): Promise<Applied> {
  const ids = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('alert_state')
      .values({ subject: s.subject, account_id: s.account_id, state: JSON.stringify(r.state), checked_at: now })
      .onConflict((oc) => oc.column('subject').doUpdateSet({ state: JSON.stringify(r.state), checked_at: now }))
      .execute();
    const opened: string[] = [];
    for (const f of r.opened) {
      // An open row for the key can exist only if the state was lost: update it instead.
      if (await updateOpen(trx, s, f, now)) continue;
      const id = randomUUID();
      await trx
        .insertInto('alerts')
        .values({
          id, kind: f.kind, severity: f.severity, subject: s.subject, key: f.key, account_id: s.account_id, domain: s.domain,
          title: f.title, detail: f.detail, observed: JSON.stringify(f.observed), opened_at: now, updated_at: now,
          resolved_at: null, resolution: null, acknowledged_at: null,
        })
        .execute();
      opened.push(id);
    }
    for (const f of r.continuing) await updateOpen(trx, s, f, now);
    const resolved: string[] = [];
    for (const key of r.cleared) {
      const row = await trx.selectFrom('alerts').select(['id', 'kind']).where('subject', '=', s.subject).where('key', '=', key).where('resolved_at', 'is', null).executeTakeFirst();
      if (!row) continue; // a condition that was there at the first check: it never alerted
      await resolve(trx, [row.id], RESOLVED_BECAUSE[row.kind as AlertKind] ?? 'Cleared', now);
      resolved.push(row.id);
    }
    return { opened, resolved };
  });
  return { opened: await getAlerts(db, ids.opened), resolved: await getAlerts(db, ids.resolved) };
}

async function updateOpen(db: Db, s: Subject, f: Finding, now: string): Promise<boolean> {
  const r = await db
    .updateTable('alerts')
    .set({ title: f.title, detail: f.detail, severity: f.severity, observed: JSON.stringify(f.observed), updated_at: now })
    .where('subject', '=', s.subject)
    .where('key', '=', f.key)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function resolve(db: Db, ids: string[], resolution: string, now: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('alerts').set({ resolved_at: now, resolution, updated_at: now }).where('id', 'in', ids.slice(i, i + 500)).where('resolved_at', 'is', null).execute();
  }
}

export async function saveState(db: Db, subject: string, state: SubjectState): Promise<void> {
  await db.updateTable('alert_state').set({ state: JSON.stringify(state) }).where('subject', '=', subject).execute();
}

const domainOfEmail = domainOfEmailSql('a2');

function selectAlerts(db: Db) {
  return db
    .selectFrom('alerts')
    .leftJoin('accounts', 'accounts.id', 'alerts.account_id')
    .leftJoin('clients', 'clients.id', 'accounts.client_id')
    .selectAll('alerts')
    .select(['accounts.email as email', 'accounts.client_id as client_id', 'clients.name as client_name']);
}

type AlertRowJoined = Awaited<ReturnType<ReturnType<typeof selectAlerts>['execute']>>[number];

function toAlert(r: AlertRowJoined): Alert {
  let observed: Record<string, unknown> = {};
  try {
    observed = JSON.parse(r.observed) as Record<string, unknown>;
  } catch {
    // shown without its details
  }
  return {
    id: r.id, kind: r.kind as AlertKind, severity: r.severity as AlertSeverity,
    subject_type: r.account_id ? 'account' : 'domain', account_id: r.account_id, email: r.email ?? null, domain: r.domain,
    client_id: r.client_id ?? null, client_name: r.client_name ?? null,
    title: r.title, detail: r.detail, observed,
    opened_at: r.opened_at, updated_at: r.updated_at, resolved_at: r.resolved_at, resolution: r.resolution, acknowledged_at: r.acknowledged_at,
  };
}

/** A domain's alerts name the clients that send from it. */
async function withDomainClients(db: Db, alerts: Alert[]): Promise<Alert[]> {
  const domains = [...new Set(alerts.filter((a) => !a.account_id).map((a) => a.domain))];
  if (domains.length === 0) return alerts;
  const rows = await sql<{ domain: string; name: string }>`
    select distinct ${domainOfEmail} as domain, c.name as name from accounts a2 join clients c on c.id = a2.client_id
    where ${domainOfEmail} in (${sql.join(domains)}) order by c.name`.execute(db);
  const names = new Map<string, string[]>();
  for (const r of rows.rows) names.set(r.domain, [...(names.get(r.domain) ?? []), r.name]);
  return alerts.map((a) => (a.account_id ? a : { ...a, client_name: names.get(a.domain)?.join(', ') ?? null }));
}

export async function getAlerts(db: Db, ids: string[]): Promise<Alert[]> {
  if (ids.length === 0) return [];
  const rows = await selectAlerts(db).where('alerts.id', 'in', ids).execute();
  const order = new Map(ids.map((id, i) => [id, i]));
  return withDomainClients(db, rows.map(toAlert).sort((a, b) => order.get(a.id)! - order.get(b.id)!));
}

export interface ListQuery {
  status: 'open' | 'resolved' | 'all';
  client_id?: string;
  since: string;
  limit: number;
}

/** Open alerts first (newest first), then those resolved since `since` (latest first). */
export async function listAlerts(db: Db, q: ListQuery): Promise<Alert[]> {
  let query = selectAlerts(db);
  if (q.status === 'open') query = query.where('alerts.resolved_at', 'is', null);
  else if (q.status === 'resolved') query = query.where('alerts.resolved_at', '>=', q.since);
  else query = query.where((eb) => eb.or([eb('alerts.resolved_at', 'is', null), eb('alerts.resolved_at', '>=', q.since)]));
  if (q.client_id) query = ofClient(query, q.client_id);
  const rows = await query
    .orderBy(sql`alerts.resolved_at is null`, 'desc')
    .orderBy(sql`coalesce(alerts.resolved_at, alerts.opened_at)`, 'desc')
    .limit(q.limit)
    .execute();
  return withDomainClients(db, rows.map(toAlert));
}

/** Ids of the open alerts the Alerts screen shows for a client filter (what "acknowledge all" acts on). */
export async function openAlertIds(db: Db, q: { client_id?: string }): Promise<string[]> {
  let query = selectAlerts(db).where('alerts.resolved_at', 'is', null).where('alerts.acknowledged_at', 'is', null);
  if (q.client_id) query = ofClient(query, q.client_id);
  return (await query.orderBy('alerts.opened_at').execute()).map((r) => r.id);
}

/** An inbox's alerts follow its client; a domain's show for every client sending from it. */
function ofClient(query: ReturnType<typeof selectAlerts>, clientId: string): ReturnType<typeof selectAlerts> {
  return query.where((eb) =>
    eb.or([
      eb.and([eb('alerts.account_id', 'is not', null), clientId === 'none' ? eb('accounts.client_id', 'is', null) : eb('accounts.client_id', '=', clientId)]),
      eb.and([
        eb('alerts.account_id', 'is', null),
        eb.exists(
          eb
            .selectFrom('accounts as a2')
            .select('a2.id')
            .where(sql<boolean>`${domainOfEmail} = alerts.domain`)
            .where(clientId === 'none' ? sql<boolean>`a2.client_id is null` : sql<boolean>`a2.client_id = ${clientId}`),
        ),
      ]),
    ]),
  );
}

export async function countAlerts(db: Db): Promise<AlertCounts> {
  const r = await db
    .selectFrom('alerts')
    .select((eb) => [eb.fn.countAll<number>().as('open'), eb.fn.sum<number>(sql`acknowledged_at is null`).as('unacknowledged')])
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { open: Number(r.open), unacknowledged: Number(r.unacknowledged ?? 0) };
}

export async function acknowledge(db: Db, ids: string[], now: string): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const r = await db.updateTable('alerts').set({ acknowledged_at: now }).where('id', 'in', ids.slice(i, i + 500)).where('acknowledged_at', 'is', null).executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

/** Domains with open alerts or a stored state that no inbox sends from any more. */
export async function orphanDomains(db: Db): Promise<string[]> {
  const rows = await sql<{ domain: string }>`
    select distinct domain from (
      select domain from alerts where account_id is null and resolved_at is null
      union select substr(subject, 8) as domain from alert_state where subject like 'domain:%'
    ) d
    where not exists (select 1 from accounts a2 where ${domainOfEmail} = d.domain)`.execute(db);
  return rows.rows.map((r) => r.domain);
}

export async function forgetDomain(db: Kysely<Database>, domain: string, now: string): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const open = await trx.selectFrom('alerts').select('id').where('subject', '=', `domain:${domain}`).where('resolved_at', 'is', null).execute();
    await resolve(trx, open.map((r) => r.id), 'No inbox sends from this domain any more', now);
    await trx.deleteFrom('alert_state').where('subject', '=', `domain:${domain}`).execute();
    return open.map((r) => r.id);
  });
}
