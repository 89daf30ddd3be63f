// accounts.authReadiness counts with one grouped query and reads only the inboxes to act on; on a
// mixed fleet (every address, provider, server and login method, before and after Microsoft's
// SMTP AUTH date) it answers exactly what the per-row JS audit it replaced answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccountRow } from '../../../electron/core/accounts/account-input';
import { readinessAudit } from '../../../electron/core/oauth/index';
import { openStore, type Database, type Store } from '../../../electron/core/store/index';
import { basicAuthReadiness, BASIC_AUTH_TIMELINE, MAIL_HOST_KINDS, type BasicAuthAudit, type ReadinessItem, type ReadinessLevel } from '../../../shared/basic-auth';
import { accountCreateSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';

/** The audit as it was: every row read and judged in JS. */
async function jsAudit(db: Kysely<Database>, today: string, limit: number): Promise<BasicAuthAudit> {
  const all = await db.selectFrom('accounts').leftJoin('clients', 'clients.id', 'accounts.client_id')
    .select(['accounts.id', 'accounts.email', 'accounts.provider', 'accounts.smtp_host', 'accounts.imap_host', 'accounts.auth_method', 'clients.name as client_name']).execute();
  const counts: Record<ReadinessLevel, number> = { ok: 0, warning: 0, blocked: 0 };
  const byKind = Object.fromEntries(MAIL_HOST_KINDS.map((k) => [k, { password: 0, oauth: 0 }])) as BasicAuthAudit['by_kind'];
  const items: ReadinessItem[] = [];
  const severity = { blocked: 0, warning: 1, ok: 2 };
  for (const row of all) {
    const auth = row.auth_method === 'oauth' ? 'oauth' : 'password';
    const readiness = basicAuthReadiness({ ...row, auth_method: auth }, today);
    counts[readiness.level]++;
    byKind[readiness.kind][auth]++;
    if (readiness.level !== 'ok') items.push({ account_id: row.id, email: row.email, client_name: row.client_name, readiness });
  }
  items.sort((a, b) => severity[a.readiness.level] - severity[b.readiness.level] || a.email.localeCompare(b.email));
  return { as_of: today, timeline: BASIC_AUTH_TIMELINE, total: all.length, counts, by_kind: byKind, items: items.slice(0, limit), items_total: items.length };
}

const EMAILS = ['a@hotmail.com', 'B@gmail.com', 'a@corp.example', 'a@outlook.de', 'z@googlemail.com', 'a@Live.Com.AU'];
const PROVIDERS = ['smtp', 'microsoft', 'google'];
const HOSTS = ['mail.corp.example', 'smtp.office365.com', 'outlook.office.com', 'SMTP.GMAIL.COM.', 'smtp-mail.outlook.com', 'imap.gmail.com'];

describe('readiness audit (grouped SQL)', () => {
  const tmp = tempDir();
  let store: Store;

  beforeAll(async () => {
    store = await openStore(tmp.dir);
    await store.db.insertInto('clients').values({ id: 'c1', name: 'Acme', created_at: '2026-01-01T00:00:00.000Z' }).execute();
    const base = newAccountRow('x', accountCreateSchema.parse(accountInput(1)), '2026-01-01T00:00:00.000Z');
    let n = 0;
    const rows = [];
    for (const email of EMAILS) for (const provider of PROVIDERS) for (const [i, smtp_host] of HOSTS.entries()) for (const auth_method of ['password', 'oauth']) {
      const id = `r${n++}`;
      rows.push({ ...base, id, email: `${id}.${email}`, provider, smtp_host, imap_host: HOSTS[(i + 2) % HOSTS.length]!, auth_method, client_id: n % 3 ? 'c1' : null });
    }
    await store.db.insertInto('accounts').values(rows).execute();
  });
  afterAll(async () => {
    await store.close();
    tmp.remove();
  });

  it.each(['2026-11-23', '2026-12-31', '2027-06-01'])('on %s it equals the per-row audit', async (today) => {
    for (const limit of [1000, 5]) {
      const got = await readinessAudit(store.db, today, { limit });
      expect(got).toEqual(await jsAudit(store.db, today, limit));
      expect(got.counts.blocked + got.counts.warning).toBeGreaterThan(0);
    }
  });

  it('reads no inbox row that is fine: counts come grouped, rows only for the inboxes to act on', async () => {
    const seen: string[] = [];
    const sqlite = new BetterSqlite3(store.file, { readonly: true });
    const watched = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log: (e) => void seen.push(e.query.sql) });
    try {
      const audit = await readinessAudit(watched, '2026-11-23', { limit: 200 });
      expect(audit.total).toBe(EMAILS.length * PROVIDERS.length * HOSTS.length * 2);
    } finally {
      await watched.destroy();
    }
    const rowReads = seen.filter((q) => /"accounts"\."email"/.test(q));
    expect(rowReads.length).toBeGreaterThan(0);
    for (const q of rowReads) expect(q).toMatch(/ where /);
    expect(seen.some((q) => / group by /.test(q))).toBe(true);
  });

  it('one inbox: its verdict whatever the level; an unknown id is not_found', async () => {
    const one = await readinessAudit(store.db, '2026-11-23', { id: 'r1', limit: 200 });
    expect(one).toMatchObject({ total: 1, items_total: 1, items: [{ account_id: 'r1' }] });
    await expect(readinessAudit(store.db, '2026-11-23', { id: 'nope', limit: 200 })).rejects.toMatchObject({ code: 'not_found' });
  });
});
