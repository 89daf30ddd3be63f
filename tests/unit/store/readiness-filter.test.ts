// The accounts filter by basic-auth readiness selects exactly the inboxes the readiness audit
// (shared/basic-auth.ts, in JS) puts at each level — for every mix of address, provider, servers
// and login method, before and after Microsoft's SMTP AUTH date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccountRow } from '../../../electron/core/accounts/account-input';
import { openStore, accountsRepo, type Store } from '../../../electron/core/store/index';
import {
  basicAuthReadiness, GMAIL_DOMAINS, GOOGLE_HOSTS, M365_HOST_SUFFIX, M365_HOSTS, mailHostKind, OUTLOOK_CONSUMER_DOMAINS, OUTLOOK_CONSUMER_HOSTS, READINESS_LEVELS,
  type InboxLogin,
} from '../../../shared/basic-auth';
import { accountCreateSchema } from '../../../shared/validation';
import { accountInput } from '../../fixtures/accounts';
import { tempDir } from '../../fixtures/core';

const EMAILS = ['a@hotmail.com', 'a@gmail.com', 'a@corp.example', 'a@outlook.de', 'a@googlemail.com', 'a@Live.Com.AU'];
const PROVIDERS = ['smtp', 'microsoft', 'google'];
const HOSTS = ['mail.corp.example', 'smtp.office365.com', 'outlook.office.com', 'SMTP.GMAIL.COM.', 'smtp-mail.outlook.com', 'imap.gmail.com', 'x.office365.com.evil.example'];
/** Every name the lists hold, so the column (spelled out in migration 0012) cannot drift from them unnoticed. */
const EVERY_NAME: { email: string; host: string }[] = [
  ...[...OUTLOOK_CONSUMER_DOMAINS, ...GMAIL_DOMAINS].map((d) => ({ email: `x@${d}`, host: 'mail.corp.example' })),
  ...[...OUTLOOK_CONSUMER_HOSTS, ...M365_HOSTS, `smtp${M365_HOST_SUFFIX}`, ...GOOGLE_HOSTS].map((h) => ({ email: 'x@corp.example', host: h })),
];
const METHODS = ['password', 'oauth'] as const;

describe('accounts filter: readiness', () => {
  const tmp = tempDir();
  let store: Store;
  const logins = new Map<string, InboxLogin>();

  beforeAll(async () => {
    store = await openStore(tmp.dir);
    const base = newAccountRow('x', accountCreateSchema.parse(accountInput(1)), '2026-01-01T00:00:00.000Z');
    let n = 0;
    const rows = [];
    for (const email of EMAILS) for (const provider of PROVIDERS) for (const [i, smtp_host] of HOSTS.entries()) for (const auth_method of METHODS) {
      const id = `r${n++}`;
      const login = { email: `${id}.${email}`, provider, smtp_host, imap_host: HOSTS[(i + 3) % HOSTS.length]!, auth_method };
      logins.set(id, login);
      rows.push({ ...base, id, ...login });
    }
    const plain = { email: 'plain@corp.example', provider: 'smtp', smtp_host: 'mail.corp.example', imap_host: 'mail.corp.example', auth_method: 'password' as const };
    logins.set('plain', plain);
    rows.push({ ...base, id: 'plain', ...plain });
    for (const [i, { email, host }] of EVERY_NAME.entries()) {
      for (const [j, smtp_host] of [host, 'mail.corp.example'].entries()) {
        const id = `n${i}-${j}`;
        const login = { email: `${id}.${email}`, provider: 'smtp', smtp_host, imap_host: j ? host : 'mail.corp.example', auth_method: 'password' as const };
        logins.set(id, login);
        rows.push({ ...base, id, ...login });
      }
    }
    await store.db.insertInto('accounts').values(rows).execute();
  });
  afterAll(async () => {
    await store.close();
    tmp.remove();
  });

  it('the generated mail_kind column is mailHostKind, for every name the lists hold', async () => {
    const stored = new Map((await store.db.selectFrom('accounts').select(['id', 'mail_kind']).execute()).map((r) => [r.id, r.mail_kind]));
    const wrong = [...logins].filter(([id, l]) => stored.get(id) !== mailHostKind(l)).map(([, l]) => `${l.email} ${l.smtp_host}/${l.imap_host} ${l.provider}`);
    expect(wrong).toEqual([]);
    expect(new Set(stored.values())).toEqual(new Set(['outlook_consumer', 'gmail', 'microsoft_365', 'google_workspace', 'other']));
  });

  it.each(['2026-11-23', '2026-12-31'])('on %s each level selects exactly the inboxes the audit puts there', async (today) => {
    for (const level of READINESS_LEVELS) {
      const expected = [...logins].filter(([, l]) => basicAuthReadiness(l, today).level === level).map(([id]) => id).sort();
      const got = (await accountsRepo.accountIdsMatching(store.db, { readiness: level, today })).sort();
      expect(got, level).toEqual(expected);
      expect(expected.length, level).toBeGreaterThan(0);
    }
  });
});
