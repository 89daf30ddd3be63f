// accounts.authReadiness: every inbox's login method against its provider's end of password
// logins (shared/basic-auth.ts holds the dated table), as counts and the inboxes to act on.
import type { Kysely } from 'kysely';
import { basicAuthReadiness, type BasicAuthAudit, MAIL_HOST_KINDS, type ReadinessItem, type ReadinessLevel, BASIC_AUTH_TIMELINE } from '../../../shared/basic-auth';
import type { AuthMethod } from '../../../shared/oauth';
import { AppError } from '../../../shared/errors';
import type { Database } from '../store/index';

const SEVERITY: Record<ReadinessLevel, number> = { blocked: 0, warning: 1, ok: 2 };

export async function readinessAudit(db: Kysely<Database>, today: string, q: { id?: string; limit: number }): Promise<BasicAuthAudit> {
  let query = db
    .selectFrom('accounts')
    .leftJoin('clients', 'clients.id', 'accounts.client_id')
    .select(['accounts.id', 'accounts.email', 'accounts.provider', 'accounts.smtp_host', 'accounts.imap_host', 'accounts.auth_method', 'clients.name as client_name']);
  if (q.id) query = query.where('accounts.id', '=', q.id);

  const counts: Record<ReadinessLevel, number> = { ok: 0, warning: 0, blocked: 0 };
  const byKind = Object.fromEntries(MAIL_HOST_KINDS.map((k) => [k, { password: 0, oauth: 0 }])) as BasicAuthAudit['by_kind'];
  const items: ReadinessItem[] = [];
  let total = 0;
  for await (const row of query.stream(1000)) {
    total++;
    const auth = (row.auth_method === 'oauth' ? 'oauth' : 'password') as AuthMethod;
    const readiness = basicAuthReadiness({ ...row, auth_method: auth }, today);
    counts[readiness.level]++;
    byKind[readiness.kind][auth]++;
    if (q.id || readiness.level !== 'ok') items.push({ account_id: row.id, email: row.email, client_name: row.client_name, readiness });
  }
  if (q.id && total === 0) throw new AppError('not_found', 'That inbox no longer exists', { field: 'id' });
  items.sort((a, b) => SEVERITY[a.readiness.level] - SEVERITY[b.readiness.level] || a.email.localeCompare(b.email));
  return { as_of: today, timeline: BASIC_AUTH_TIMELINE, total, counts, by_kind: byKind, items: items.slice(0, q.limit), items_total: items.length };
}
