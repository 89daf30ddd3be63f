// overview.get: health counts (fleet and per client), problems of the moment by cause, the
// 30-day trend and when things were last checked — for the whole fleet or one client. Every
// query reads an index or a small table (fleet_daily), so it stays fast at 10,000 inboxes.
import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { HEALTHS, type Health, type HealthLevel } from '../../../shared/health';
import type { ClientHealth, HealthCounts, Overview, TrendPoint } from '../../../shared/overview';
import type { Clock } from '../clock';
import { listDomains } from '../domains/index';
import { daysBefore, isoDay } from '../history/snapshots';
import { clientsRepo, type Database } from '../store/index';
import { describeProblems, type ReasonCount } from './problems';

export const TREND_DAYS = 30;

const emptyCounts = (): HealthCounts => Object.fromEntries(HEALTHS.map((h) => [h, 0])) as HealthCounts;
const asHealth = (h: string): Health => ((HEALTHS as readonly string[]).includes(h) ? (h as Health) : 'unknown');

type Db = Kysely<Database>;

/** Inboxes that cannot send until the user acts: failing or sign-in expired (same rank). */
const broken = (c: HealthCounts) => c.failing + c.sign_in_expired;

async function healthByClient(db: Db, clientId: string | null): Promise<Map<string | null, HealthCounts>> {
  let q = db.selectFrom('accounts').select(['client_id', 'health_rank', 'health', (eb) => eb.fn.countAll<number>().as('n')]);
  if (clientId) q = q.where('client_id', '=', clientId);
  const rows = await q.groupBy(['client_id', 'health_rank', 'health']).execute();
  const out = new Map<string | null, HealthCounts>();
  for (const r of rows) {
    const counts = out.get(r.client_id) ?? emptyCounts();
    counts[asHealth(r.health)] += Number(r.n);
    out.set(r.client_id, counts);
  }
  return out;
}

async function reasonCounts(db: Db, clientId: string | null): Promise<ReasonCount[]> {
  // Worst level as its place in HEALTHS (failing first … unknown last).
  const worst = sql<number>`min(case health_reasons.level ${sql.join(HEALTHS.map((h, i) => sql`when ${h} then ${i}`), sql` `)} else ${HEALTHS.length - 1} end)`;
  let q = db
    .selectFrom('health_reasons')
    .select(['health_reasons.code', 'health_reasons.detail', worst.as('rank')])
    .select(sql<number>`count(*)`.as('inboxes'))
    .select(sql<number>`count(distinct health_reasons.domain)`.as('domains'));
  if (clientId) q = q.innerJoin('accounts', 'accounts.id', 'health_reasons.account_id').where('accounts.client_id', '=', clientId);
  const rows = await q.groupBy(['health_reasons.code', 'health_reasons.detail']).execute();
  return rows.map((r) => ({
    code: r.code, detail: r.detail, level: (HEALTHS[r.rank] ?? 'unknown') as HealthLevel, inboxes: Number(r.inboxes), domains: Number(r.domains),
  }));
}

/** One point per day of the range; days without sends have null rates (a gap in the chart). */
async function trend(db: Db, clientId: string | null, now: Date): Promise<TrendPoint[]> {
  const from = daysBefore(now, TREND_DAYS - 1);
  const to = isoDay(now);
  const rows = clientId
    ? await db
        .selectFrom('snapshots')
        .innerJoin('accounts', 'accounts.id', 'snapshots.account_id')
        .select(['snapshots.date as date'])
        .select(sql<number>`sum(snapshots.sent)`.as('sent'))
        .select(sql<number>`sum(snapshots.hard_bounces + snapshots.soft_bounces)`.as('bounced'))
        .select(sql<number>`sum(snapshots.complaints)`.as('complaints'))
        .where('accounts.client_id', '=', clientId)
        .where('snapshots.date', '>=', from)
        .where('snapshots.date', '<=', to)
        .groupBy('snapshots.date')
        .execute()
    : await db.selectFrom('fleet_daily').selectAll().where('date', '>=', from).where('date', '<=', to).execute();
  const byDate = new Map(rows.map((r) => [r.date, r]));
  return Array.from({ length: TREND_DAYS }, (_, i) => {
    const date = daysBefore(now, TREND_DAYS - 1 - i);
    const r = byDate.get(date);
    const sent = Number(r?.sent ?? 0);
    return {
      date, sent,
      bounce_rate: sent > 0 ? Number(r!.bounced) / sent : null,
      complaint_rate: sent > 0 ? Number(r!.complaints) / sent : null,
    };
  });
}

async function lastChecked(db: Db, clientId: string | null, domains: string[] | null): Promise<Overview['last_checked']> {
  let tested = db.selectFrom('accounts').select((eb) => eb.fn.max('last_tested_at').as('at'));
  let read = db.selectFrom('reports').innerJoin('accounts', 'accounts.id', 'reports.account_id').select((eb) => eb.fn.max('reports.created_at').as('at'));
  let audited = db.selectFrom('domains').select((eb) => eb.fn.max('checked_at').as('at'));
  if (clientId) {
    tested = tested.where('client_id', '=', clientId);
    read = read.where('accounts.client_id', '=', clientId);
    audited = audited.where('domain', 'in', domains?.length ? domains : ['']);
  }
  const [t, r, a] = await Promise.all([tested.executeTakeFirst(), read.executeTakeFirst(), audited.executeTakeFirst()]);
  return { connections: t?.at ?? null, mailboxes: r?.at ?? null, domains: a?.at ?? null };
}

export async function overview(db: Db, input: ParsedInputOf<'overview.get'>, clock: Clock): Promise<Overview> {
  const clientId = input.client_id ?? null;
  const client = clientId ? await clientsRepo.getClient(db, clientId) : null;
  if (clientId && !client) throw new AppError('not_found', 'That client no longer exists', { field: 'client_id' });
  const now = clock.now();

  const byClient = await healthByClient(db, clientId);
  const health = emptyCounts();
  for (const counts of byClient.values()) for (const h of HEALTHS) health[h] += counts[h];
  const total = HEALTHS.reduce((sum, h) => sum + health[h], 0);
  let pausedQ = db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'paused');
  if (clientId) pausedQ = pausedQ.where('client_id', '=', clientId);
  const paused = Number((await pausedQ.executeTakeFirstOrThrow()).n);

  let clients: ClientHealth[] = [];
  if (!clientId) {
    const names = await db.selectFrom('clients').select(['id', 'name']).orderBy('name').execute();
    clients = [
      ...names.map((c) => ({ client_id: c.id, name: c.name, health: byClient.get(c.id) ?? emptyCounts() })),
      ...(byClient.has(null) ? [{ client_id: null, name: 'No client', health: byClient.get(null)! }] : []),
    ]
      .map((c) => ({ ...c, total: HEALTHS.reduce((sum, h) => sum + c.health[h], 0) }))
      .sort((a, b) => broken(b.health) - broken(a.health) || b.health.at_risk - a.health.at_risk || b.health.watch - a.health.watch || a.name.localeCompare(b.name));
  }

  const domainRows = clientId ? await listDomains(db, { client_id: clientId }) : [];
  const { problems, unmeasured } = describeProblems(await reasonCounts(db, clientId), clientId);
  return {
    client: client ? { id: client.id, name: client.name } : null,
    total, paused, health, clients, problems, unmeasured,
    domains: domainRows.map((d) => ({
      domain: d.domain, inboxes: d.account_count, checked_at: d.checked_at, overall: d.overall, spf: d.spf, dkim: d.dkim, dmarc: d.dmarc, blacklist: d.blacklist,
    })),
    trend: await trend(db, clientId, now),
    last_checked: await lastChecked(db, clientId, clientId ? domainRows.map((d) => d.domain) : null),
  };
}
