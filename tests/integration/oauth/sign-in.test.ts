// Sign-in with a real OAuth 2.0 authorization server on loopback (oidc-provider), Dovecot that
// validates XOAUTH2/OAUTHBEARER tokens by introspection, and an SMTP server that accepts
// XOAUTH2 only with a token that server issued. Real keychain, real SQLite file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretKey } from '../../../electron/core/vault/index';
import type { AccountTestResult } from '../../../shared/connection';
import type { SignInItemResult } from '../../../shared/oauth';
import { finished, openOAuthCore, startOAuthMail, type OAuthCore, type OAuthMail } from '../../fixtures/oauth/oauth-mail';
import { SECRET_CLIENT_ID, SECRET_CLIENT_SECRET } from '../../fixtures/oauth/auth-server';
import { deliverViaLmtp } from '../../fixtures/mail/dovecot';
import { tempDir } from '../../fixtures/core';

const ALICE = 'alice@oauth.example.test';
const BOB = 'bob@oauth.example.test';
const CAROL = 'carol@oauth.example.test';

let mail: OAuthMail;
let oc: OAuthCore;

beforeAll(async () => {
  mail = await startOAuthMail({ passwordUsers: { [CAROL]: 'carol-password-1' } });
  oc = await openOAuthCore(mail);
});
afterAll(async () => {
  await oc?.cleanup();
  await mail?.stop();
});

async function signIn(input: Parameters<OAuthCore['call']>[2] & object): Promise<SignInItemResult[]> {
  const { job_id } = await oc.call(oc.core, 'accounts.signIn', { provider: 'microsoft', ...mail.servers, ...(input as object) } as never);
  const job = await finished(oc, job_id);
  await Promise.all(oc.browser.visits);
  return job.results as SignInItemResult[];
}

const accountByEmail = async (email: string) => (await oc.call(oc.core, 'accounts.list', { search: email })).items[0]!;
const testOne = async (id: string): Promise<AccountTestResult> => (await oc.call(oc.core, 'accounts.test', { id })).results[0]!;

describe('sign in with an OAuth provider', () => {
  it('signs in in the browser and connects the inbox: SMTP and IMAP pass with the token, no password stored', async () => {
    oc.browser.mode = { kind: 'approve' };
    const [r] = await signIn({ emails: [ALICE] });
    expect(r).toMatchObject({ ok: true, outcome: 'connected', email: ALICE, requested: ALICE });
    expect(r!.test!.smtp).toMatchObject({ ok: true, error: null });
    expect(r!.test!.imap).toMatchObject({ ok: true, error: null });
    // The browser was sent to the provider with PKCE and the address as login hint, back to a loopback port.
    const url = new URL(oc.browser.opened.at(-1)!);
    expect(url.searchParams.get('login_hint')).toBe(ALICE);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(url.searchParams.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['https://outlook.office.com/IMAP.AccessAsUser.All', 'https://outlook.office.com/SMTP.Send', 'offline_access']));

    const a = await accountByEmail(ALICE);
    expect(a).toMatchObject({ auth_method: 'oauth', sign_in: 'connected', provider: 'microsoft', smtp_password_stored: false, status: 'active' });
    expect(await oc.vault.get(secretKey(a.id, 'smtp'))).toBeNull();
    expect(mail.as.issued.refresh.has((await oc.vault.get(secretKey(a.id, 'oauth')))!)).toBe(true);
  });

  it('an expired access token is refreshed silently (one refresh for SMTP and IMAP), and the test passes', async () => {
    mail.as.setAccessTokenTtl(1);
    oc.browser.mode = { kind: 'approve' };
    const known = new Set(mail.as.issued.access);
    const [r] = await signIn({ emails: [BOB], test: false });
    expect(r!.ok).toBe(true);
    mail.as.setAccessTokenTtl(3600);
    const bob = await accountByEmail(BOB);
    // The servers stop accepting the first token once the authorization server says it expired.
    const first = [...mail.as.issued.access].filter((t) => !known.has(t));
    expect(first).toHaveLength(1);
    for (let until = Date.now() + 10_000; (await mail.as.introspect(first[0]!)).active; ) {
      if (Date.now() > until) throw new Error('token never expired');
      await new Promise((res) => setTimeout(res, 50));
    }
    const before = mail.as.refreshesBySubject.get(BOB) ?? 0;
    const t = await testOne(bob.id);
    expect(t.smtp.ok && t.imap.ok).toBe(true);
    expect(mail.as.refreshesBySubject.get(BOB)).toBe(before + 1);
  });

  it('a token the servers refuse while the app thinks it valid (clock skew) is replaced by a fresh one, and the test passes', async () => {
    const HEIDI = 'heidi@oauth.example.test';
    mail.as.setAccessTokenTtl(1);
    const known = new Set(mail.as.issued.access);
    const [r] = await signIn({ emails: [HEIDI], test: false });
    mail.as.setAccessTokenTtl(3600);
    expect(r!.ok).toBe(true);
    const token = [...mail.as.issued.access].find((t) => !known.has(t))!;
    oc.advance(-3600_000); // the app's clock is an hour behind: it still trusts the token
    try {
      for (let until = Date.now() + 10_000; (await mail.as.introspect(token)).active; ) {
        if (Date.now() > until) throw new Error('token never expired');
        await new Promise((res) => setTimeout(res, 50));
      }
      const heidi = await accountByEmail(HEIDI);
      const t = await testOne(heidi.id);
      expect(t.smtp.ok && t.imap.ok).toBe(true);
      // SMTP and IMAP were both refused; one refresh served both retries.
      expect(mail.as.refreshesBySubject.get(HEIDI)).toBe(1);
    } finally {
      oc.advance(3600_000);
    }
  });

  it('a revoked refresh token gives "sign-in expired — sign in again", not auth_failed, and the provider is not asked again', async () => {
    const bob = await accountByEmail(BOB);
    await mail.as.revoke((await oc.vault.get(secretKey(bob.id, 'oauth')))!);
    oc.advance(2 * 3600 * 1000); // the cached access token is past its time
    const t = await testOne(bob.id);
    expect(t.smtp).toMatchObject({ ok: false, error: 'sign_in_expired' });
    expect(t.imap).toMatchObject({ ok: false, error: 'sign_in_expired' });
    expect(t.smtp.message).toMatch(/^Sign-in expired — sign in again/);
    const after = await oc.call(oc.core, 'accounts.get', { id: bob.id });
    expect(after).toMatchObject({ sign_in: 'expired', status: 'active', health: 'sign_in_expired' });
    expect(after.health_reasons[0]).toMatchObject({ code: 'sign_in_expired', level: 'sign_in_expired' });
    expect(after.health_reasons.map((r) => r.code)).not.toContain('login_failed');
    // Its own alert, opened on the change into expired — never "cannot log in".
    const bobAlerts = async () => (await oc.call(oc.core, 'alerts.list', { status: 'all', days: 7, limit: 100 })).items.filter((a) => a.account_id === bob.id);
    expect((await bobAlerts()).map((a) => [a.kind, a.title, a.resolved_at])).toEqual([['sign_in_expired', `${BOB}: sign-in expired — sign in again`, null]]);

    const requests = mail.as.tokenRequests();
    const again = await testOne(bob.id);
    expect(again.imap.error).toBe('sign_in_expired');
    expect(mail.as.tokenRequests()).toBe(requests);
    const send = await oc.core.invoke('accounts.sendTestEmail', { id: bob.id, to: 'someone@example.test' });
    expect(send).toMatchObject({ ok: false, error: { code: 'sign_in_expired' } });

    // Signing in again connects it again.
    oc.browser.mode = { kind: 'approve' };
    const [r] = await signIn({ account_ids: [bob.id] });
    expect(r).toMatchObject({ ok: true, outcome: 'connected' });
    expect(await oc.call(oc.core, 'accounts.get', { id: bob.id })).toMatchObject({ sign_in: 'connected', status: 'active', health: expect.not.stringMatching(/sign_in_expired|failing/) });
    expect((await bobAlerts()).map((a) => [a.kind, a.resolution])).toEqual([['sign_in_expired', 'Signed in again']]);
  });

  it('sends a test email and reads the mailbox with XOAUTH2', async () => {
    const alice = await accountByEmail(ALICE);
    const sent = await oc.call(oc.core, 'accounts.sendTestEmail', { id: alice.id, to: 'someone@example.test' });
    expect(sent).toMatchObject({ ok: true, accepted: ['someone@example.test'] });
    expect(mail.smtp.received.at(-1)!.user).toBe(ALICE);

    await deliverViaLmtp(mail.dovecot.lmtpPort, {
      from: 'friend@example.test', to: ALICE,
      raw: `From: friend@example.test\r\nTo: ${ALICE}\r\nSubject: Hello\r\nMessage-ID: <m1@example.test>\r\nDate: ${new Date().toUTCString()}\r\n\r\nHi\r\n`,
    });
    const report = await oc.call(oc.core, 'deliverability.report', { id: alice.id, refresh: true });
    expect(report.mailbox).toMatchObject({ scanned: true });
    expect(report.mailbox.message).toMatch(/^Read 1 new message/);
  });

  it('switches a password inbox to sign-in (its passwords leave the keychain) and back', async () => {
    const carol = await oc.call(oc.core, 'accounts.create', {
      email: CAROL, display_name: 'Carol', provider: 'microsoft', ...mail.servers, smtp_password: 'carol-password-1', test: false,
    });
    expect(await oc.vault.get(secretKey(carol.id, 'smtp'))).toBe('carol-password-1');
    const [r] = await signIn({ account_ids: [carol.id] });
    expect(r).toMatchObject({ ok: true, outcome: 'connected', email: CAROL });
    expect(await oc.vault.get(secretKey(carol.id, 'smtp'))).toBeNull();
    expect(await oc.call(oc.core, 'accounts.get', { id: carol.id })).toMatchObject({ auth_method: 'oauth', smtp_password_stored: false });

    const back = await oc.call(oc.core, 'accounts.update', { id: carol.id, auth_method: 'password', smtp_password: 'carol-password-1' });
    expect(back).toMatchObject({ auth_method: 'password', sign_in: null, smtp_password_stored: true });
    expect(await oc.vault.get(secretKey(carol.id, 'oauth'))).toBeNull();
    const t = await testOne(carol.id);
    expect(t.imap.ok).toBe(true);
  });

  it('refuses a sign-in as another address, a declined consent and a browser that never comes back, leaving nothing behind', async () => {
    const keys = (await oc.vault.keys()).length;
    const count = (await oc.call(oc.core, 'accounts.list', {})).total;

    oc.browser.mode = { kind: 'approve', login: 'mallory@oauth.example.test' };
    const [mismatch] = await signIn({ emails: ['dave@oauth.example.test'] });
    expect(mismatch).toMatchObject({ ok: false, outcome: 'mismatch', email: 'mallory@oauth.example.test' });
    expect(mismatch!.message).toMatch(/You signed in as mallory@oauth\.example\.test, not dave@oauth\.example\.test/);

    oc.browser.mode = { kind: 'deny' };
    const [declined] = await signIn({ emails: ['dave@oauth.example.test'] });
    expect(declined).toMatchObject({ ok: false, outcome: 'declined' });

    oc.browser.mode = { kind: 'ignore' };
    await oc.call(oc.core, 'settings.update', { sign_in_timeout_ms: 1000 });
    const [timedOut] = await signIn({ emails: ['dave@oauth.example.test'] });
    expect(timedOut).toMatchObject({ ok: false, outcome: 'timeout' });
    // The loopback listener is gone: the late browser finds nobody listening.
    const redirect = new URL(oc.browser.opened.at(-1)!).searchParams.get('redirect_uri')!;
    await expect(fetch(redirect)).rejects.toThrow();
    await oc.call(oc.core, 'settings.update', { sign_in_timeout_ms: 600_000 });

    expect((await oc.call(oc.core, 'accounts.list', {})).total).toBe(count);
    expect((await oc.vault.keys()).length).toBe(keys);
  });

  it('a sitting can be cancelled while it waits for the browser', async () => {
    oc.browser.mode = { kind: 'ignore' };
    const { job_id } = await oc.call(oc.core, 'accounts.signIn', { provider: 'microsoft', emails: ['erin@oauth.example.test', 'frank@oauth.example.test'], ...mail.servers });
    for (let until = Date.now() + 10_000; !oc.browser.opened.some((u) => u.includes('erin%40')); ) {
      if (Date.now() > until) throw new Error('the browser was never opened');
      await new Promise((r) => setTimeout(r, 20));
    }
    await oc.call(oc.core, 'jobs.cancel', { id: job_id });
    const job = await finished(oc, job_id);
    expect(job.status).toBe('cancelled');
    expect(oc.browser.opened.some((u) => u.includes('frank%40'))).toBe(false);
  });

  it('a Google-style app with a client secret keeps the secret in the keychain only', async () => {
    const app = await oc.call(oc.core, 'signInApps.save', { provider: 'google', client_id: SECRET_CLIENT_ID, client_secret: SECRET_CLIENT_SECRET, issuer: mail.as.issuer });
    expect(app).toMatchObject({ secret_stored: true, provider: 'google' });
    expect(JSON.stringify(app)).not.toContain(SECRET_CLIENT_SECRET);
    oc.browser.mode = { kind: 'approve' };
    const [r] = await signIn({ provider: 'google', emails: ['grace@oauth.example.test'] } as never);
    expect(r).toMatchObject({ ok: true, outcome: 'connected' });
    const url = new URL(oc.browser.opened.at(-1)!);
    expect(url.searchParams.get('access_type')).toBe('offline');
    expect(url.searchParams.get('scope')).toContain('https://mail.google.com/');
  });

  it('no token or client secret reaches SQLite (+ WAL), the logs, IPC results or exports', async () => {
    const exported: string[] = [];
    const outDir = tempDir('inboxfleet-oauth-export-');
    try {
      for (const kind of ['accounts', 'reports', 'history'] as const) {
        const file = path.join(outDir.dir, `export-${kind}.csv`);
        await oc.call(oc.core, 'export.csv', { kind, path: file });
        exported.push(readFileSync(file, 'utf8'));
      }
    } finally {
      outDir.remove();
    }
    const audit = await oc.call(oc.core, 'accounts.authReadiness', {});
    expect(audit.total).toBeGreaterThan(0);
    await oc.call(oc.core, 'signInApps.list', undefined);

    const db = readdirSync(oc.dataDir).filter((f) => f.startsWith('inboxfleet.sqlite')).map((f) => readFileSync(path.join(oc.dataDir, f)).toString('latin1'));
    expect(db.length).toBeGreaterThanOrEqual(2); // the file and its -wal
    const haystacks = { sqlite: db.join('\n'), logs: oc.logs.join('\n'), ipc: JSON.stringify(oc.results), exports: exported.join('\n') };
    const secrets = [...mail.as.issued.all(), SECRET_CLIENT_SECRET];
    expect(secrets.length).toBeGreaterThan(10);
    for (const [where, text] of Object.entries(haystacks)) {
      const leaked = secrets.filter((s) => text.includes(s));
      expect(leaked, `secrets found in ${where}`).toEqual([]);
    }
  });
});
