// accounts.test and accounts.sendTestEmail against a real SMTP server on loopback (smtp-server,
// AUTH after TLS), through core's dispatcher, with passwords in the real keychain.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CANARY } from '../../fixtures/accounts';
import { call } from '../../fixtures/core';
import { loopbackAccount, openMailCore, type MailCore } from '../../fixtures/mail-core';
import { startSmtpServer, type TestSmtpServer } from '../../fixtures/mail/smtp-server';

const USER = 'sender@example.test';

describe('SMTP connection tests against a real server', () => {
  const servers: Record<string, TestSmtpServer> = {};
  let mc: MailCore;

  beforeAll(async () => {
    servers.starttls = await startSmtpServer({ mode: 'starttls', users: { [USER]: CANARY } });
    servers.tls = await startSmtpServer({ mode: 'tls', users: { [USER]: CANARY } });
    servers.selfSigned = await startSmtpServer({ mode: 'tls', cert: 'self-signed', users: { [USER]: CANARY } });
    servers.expired = await startSmtpServer({ mode: 'starttls', cert: 'expired', users: { [USER]: CANARY } });
    servers.wrongHost = await startSmtpServer({ mode: 'tls', cert: 'wrong-host', users: { [USER]: CANARY } });
  });
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  });
  beforeEach(async () => (mc = await openMailCore()));
  afterEach(async () => mc.cleanup());

  const testAccount = async (over: Parameters<typeof loopbackAccount>[0]) => {
    const account = await call(mc.core, 'accounts.create', loopbackAccount({ smtp_username: USER, ...over }));
    const { results } = await call(mc.core, 'accounts.test', { id: account.id });
    return { account, result: results[0]!.smtp };
  };

  it('STARTTLS (587-style) with the right password works and reports greeting, TLS version and AUTH methods', async () => {
    const { result } = await testAccount({ smtp_port: servers.starttls!.port, smtp_password: CANARY });
    expect(result.ok).toBe(true);
    expect(result.error).toBeNull();
    expect(result.greeting).toMatch(/^220 /);
    expect(result.tls_version).toMatch(/^TLSv1\.[23]$/);
    expect(result.auth_methods).toEqual(expect.arrayContaining(['PLAIN', 'LOGIN']));
    expect(result.latency_ms).toBeGreaterThanOrEqual(0);
  });

  it('implicit TLS (465-style) with the right password works', async () => {
    const { result } = await testAccount({ smtp_port: servers.tls!.port, smtp_security: 'tls', smtp_password: CANARY });
    expect(result).toMatchObject({ ok: true, error: null });
    expect(result.certificate?.alt_names.join(' ')).toMatch(/127\.0\.0\.1/);
  });

  it('a wrong password is auth_failed with the server reply, and the account is failing (status untouched) until a later test passes', async () => {
    const { account, result } = await testAccount({ smtp_port: servers.starttls!.port, smtp_password: 'wrong-password' });
    expect(result.error).toBe('auth_failed');
    expect(result.server_response).toMatch(/^535/);
    expect(result.message).not.toContain('wrong-password');
    await call(mc.core, 'accounts.setStatus', { ids: [account.id], status: 'paused' });
    const failed = await call(mc.core, 'accounts.get', { id: account.id });
    expect(failed).toMatchObject({ status: 'paused', health: 'failing' });
    expect(failed.health_reasons[0]).toMatchObject({ code: 'login_failed', detail: 'auth_failed' });
    expect(failed.smtp_test?.error).toBe('auth_failed');
    expect(failed.last_tested_at).not.toBeNull();

    await call(mc.core, 'accounts.update', { id: account.id, smtp_password: CANARY, imap_port: servers.starttls!.port, imap_security: 'none' });
    // IMAP is still wrong (an SMTP server), so point both checks at working ends: only SMTP matters here.
    const again = await call(mc.core, 'accounts.test', { id: account.id });
    expect(again.results[0]!.smtp.ok).toBe(true);
    const after = await call(mc.core, 'accounts.get', { id: account.id });
    expect(after.status).toBe('paused');
    expect(after.health_reasons.filter((r) => r.code === 'login_failed').map((r) => r.message).join()).not.toContain('SMTP');
  });

  it('a self-signed certificate is a tls_error naming the certificate, unless the inbox allows self-signed', async () => {
    const refused = await testAccount({ smtp_port: servers.selfSigned!.port, smtp_security: 'tls', smtp_password: CANARY });
    expect(refused.result.error).toBe('tls_error');
    expect(refused.result.message).toMatch(/self-signed/);
    expect(refused.result.certificate).toMatchObject({ self_signed: true });
    expect(refused.result.certificate?.valid_to).toMatch(/^\d{4}-/);

    const allowed = await testAccount({ smtp_port: servers.selfSigned!.port, smtp_security: 'tls', smtp_password: CANARY, allow_self_signed: true });
    expect(allowed.result).toMatchObject({ ok: true, self_signed_allowed: true });
  });

  it('allowing self-signed does not accept an expired or wrong-host certificate', async () => {
    const expired = await testAccount({ smtp_port: servers.expired!.port, smtp_password: CANARY, allow_self_signed: true });
    expect(expired.result.error).toBe('tls_error');
    expect(expired.result.message).toMatch(/expired/);
    expect(expired.result.certificate?.valid_to).toMatch(/^2020-01-0[12]/);

    const wrongHost = await testAccount({ smtp_port: servers.wrongHost!.port, smtp_security: 'tls', smtp_password: CANARY, allow_self_signed: true });
    expect(wrongHost.result.error).toBe('tls_error');
    expect(wrongHost.result.message).toMatch(/host name/);
    expect(wrongHost.result.certificate?.alt_names.join(' ')).toMatch(/wrong\.example\.test/);
  });

  it('creating an inbox tests it in the background and saves it even when the test fails', async () => {
    const good = await call(mc.core, 'accounts.create', loopbackAccount({ smtp_port: servers.starttls!.port, smtp_username: USER, smtp_password: CANARY, test: true }));
    const bad = await call(mc.core, 'accounts.create', loopbackAccount({ smtp_port: servers.starttls!.port, smtp_username: USER, smtp_password: 'nope', test: true }));
    expect(good.last_tested_at).toBeNull();
    await mc.core.idle();
    const [g, b] = await Promise.all([call(mc.core, 'accounts.get', { id: good.id }), call(mc.core, 'accounts.get', { id: bad.id })]);
    expect(g.smtp_test).toMatchObject({ ok: true });
    expect(b.smtp_test).toMatchObject({ ok: false, error: 'auth_failed' });
    expect(b).toMatchObject({ status: 'active', health: 'failing' });
    // Its IMAP end (port 9) is closed, so only that is held against it.
    expect(g.health_reasons.filter((r) => r.code === 'login_failed').map((r) => r.detail)).toEqual(['unreachable']);
  });

  it('a closed port is unreachable', async () => {
    const { result } = await testAccount({ smtp_port: 9, smtp_password: CANARY });
    expect(result).toMatchObject({ ok: false, error: 'unreachable', step: 'connect' });
  });

  it('sends a test email and returns the message id and the server response', async () => {
    const account = await call(mc.core, 'accounts.create', loopbackAccount({ smtp_port: servers.starttls!.port, smtp_username: USER, smtp_password: CANARY }));
    const before = servers.starttls!.received.length;
    const sent = await call(mc.core, 'accounts.sendTestEmail', { id: account.id, to: 'rcpt@example.test', subject: 'Hello from the test' });
    expect(sent).toMatchObject({ ok: true, error: null, accepted: ['rcpt@example.test'] });
    expect(sent.message_id).toMatch(/^<.+@.+>$/);
    expect(sent.response).toMatch(/^250/);
    const got = servers.starttls!.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]!.to).toEqual(['rcpt@example.test']);
    expect(got[0]!.raw).toContain('Subject: Hello from the test');
    expect(got[0]!.raw).toContain(sent.message_id!);
    expect(got[0]!.raw).not.toContain(CANARY);
  });

  it('a test email with a wrong password is a classified error, and bad input names the field', async () => {
    const account = await call(mc.core, 'accounts.create', loopbackAccount({ smtp_port: servers.starttls!.port, smtp_username: USER, smtp_password: 'nope' }));
    const sent = await call(mc.core, 'accounts.sendTestEmail', { id: account.id, to: 'rcpt@example.test' });
    expect(sent).toMatchObject({ ok: false, error: 'auth_failed' });
    const bad = await mc.core.invoke('accounts.sendTestEmail', { id: account.id, to: 'not-an-address' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.fields?.to).toMatch(/valid address/);
  });
});
