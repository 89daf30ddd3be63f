// accounts.authReadiness: every inbox's login method against its provider's end of password
// logins (shared/basic-auth.ts holds the dated table), as counts and the inboxes to act on.
// The counts come from one grouped query over the indexed (mail_kind, auth_method) pair — the
// verdict depends on nothing else besides the date — and only the inboxes to act on are read.
import { sql, type Kysely } from 'kysely';
import {
  basicAuthReadiness, BASIC_AUTH_TIMELINE, MAIL_HOST_KINDS, readinessOf, type BasicAuthAudit, type MailHostKind, type ReadinessItem, type ReadinessLevel,
} from '../../../shared/basic-auth';
import type { AuthMethod } from '../../../shared/oauth';
import { AppError } from '../../../shared/errors';
import { readinessIs, type Database } from '../store/index';

const SEVERITY: Record<ReadinessLevel, number> = { blocked: 0, warning: 1, ok: 2 };

const rows = (db: Kysely<Database>) =>
  db
    .selectFrom('accounts')
    .leftJoin('clients', 'clients.id', 'accounts.client_id')
    .select(['accounts.id', 'accounts.email', 'accounts.provider', 'accounts.smtp_host', 'accounts.imap_host', 'accounts.auth_method', 'clients.name as client_name']);

const item = (row: { id: string; email: string; provider: string; smtp_host: string; imap_host: string; auth_method: string; client_name: string | null }, today: string): ReadinessItem => ({
  account_id: row.id,
  email: row.email,
  client_name: row.client_name,
  readiness: basicAuthReadiness({ ...row, auth_method: (row.auth_method === 'oauth' ? 'oauth' : 'password') as AuthMethod }, today),
});

export async function readinessAudit(db: Kysely<Database>, today: string, q: { id?: string; limit: number }): Promise<BasicAuthAudit> {
  const counts: Record<ReadinessLevel, number> = { ok: 0, warning: 0, blocked: 0 };
  const byKind = Object.fromEntries(MAIL_HOST_KINDS.map((k) => [k, { password: 0, oauth: 0 }])) as BasicAuthAudit['by_kind'];
  const base = { as_of: today, timeline: BASIC_AUTH_TIMELINE };

  if (q.id) {
    const row = await rows(db).where('accounts.id', '=', q.id).executeTakeFirst();
    if (!row) throw new AppError('not_found', 'That inbox no longer exists', { field: 'id' });
    const one = item(row, today);
    counts[one.readiness.level]++;
    byKind[one.readiness.kind][one.readiness.auth_method]++;
    return { ...base, total: 1, counts, by_kind: byKind, items: [one], items_total: 1 };
  }

  const auth = sql<AuthMethod>`case when accounts.auth_method = 'oauth' then 'oauth' else 'password' end`;
  const groups = await db
    .selectFrom('accounts')
    .select(['accounts.mail_kind', auth.as('auth'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['accounts.mail_kind', auth])
    .execute();
  let total = 0;
  for (const g of groups) {
    const n = Number(g.n);
    const kind = g.mail_kind as MailHostKind;
    total += n;
    counts[readinessOf(kind, g.auth, today).level] += n;
    byKind[kind][g.auth] += n;
  }

  // The inboxes to act on: read only those, worst first, then by address (as the table shows them).
  const items: ReadinessItem[] = [];
  if (counts.blocked + counts.warning > 0) {
    const toActOn = rows(db).where(sql<boolean>`(${readinessIs('blocked', today)} or ${readinessIs('warning', today)})`);
    for await (const row of toActOn.stream(1000)) items.push(item(row, today));
  }
  items.sort((a, b) => SEVERITY[a.readiness.level] - SEVERITY[b.readiness.level] || a.email.localeCompare(b.email));
  return { ...base, total, counts, by_kind: byKind, items: items.slice(0, q.limit), items_total: items.length };
}
