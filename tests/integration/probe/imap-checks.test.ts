// IMAP checks against Dovecot (implicit TLS and STARTTLS, right and wrong password), and a
// test email sent through Postfix → LMTP → Dovecot, read back over IMAP.
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY } from '../../fixtures/accounts';
import { call } from '../../fixtures/core';
import { loopbackAccount, openMailCore, type MailCore } from '../../fixtures/mail-core';
import { startDovecot, type TestDovecot } from '../../fixtures/mail/dovecot';
import { startPostfix, type TestPostfix } from '../../fixtures/mail/postfix';

const ALICE = 'alice@example.test';
const BOB = 'bob@example.test';

describe('IMAP checks against Dovecot, and a test email read back', () => {
  let dovecot: TestDovecot;
  let postfix: TestPostfix;
  let mc: MailCore;

  beforeAll(async () => {
    dovecot = await startDovecot({ users: { [ALICE]: CANARY, [BOB]: 'bob-password' } });
    postfix = await startPostfix({ lmtpPort: dovecot.lmtpPort, domains: ['example.test'] });
    mc = await openMailCore();
  });
  afterAll(async () => {
    await mc?.cleanup();
    await postfix?.stop();
    await dovecot?.stop();
  });

  const inbox = (over: Partial<Parameters<typeof loopbackAccount>[0]> = {}) =>
    loopbackAccount({
      email: ALICE, smtp_port: postfix.smtpPort, smtp_security: 'starttls', smtp_username: ALICE, smtp_password: CANARY,
      imap_port: dovecot.imapTlsPort, imap_security: 'tls', imap_username: ALICE, ...over,
    });

  it('implicit TLS with the right password logs in, opens INBOX and reports capabilities', async () => {
    const a = await call(mc.core, 'accounts.create', inbox({ email: 'tls@example.test' }));
    const { results } = await call(mc.core, 'accounts.test', { id: a.id });
    const imap = results[0]!.imap;
    expect(imap).toMatchObject({ ok: true, error: null, protocol: 'imap' });
    expect(imap.greeting).toMatch(/Dovecot|ready/i);
    expect(imap.tls_version).toMatch(/^TLSv1\.[23]$/);
    expect(imap.capabilities.map((c) => c.toUpperCase())).toContain('IMAP4REV1');
    expect(imap.auth_methods).toContain('PLAIN');
    // Postfix offers no AUTH on loopback, so the SMTP check passes without a login.
    expect(results[0]!.smtp.ok).toBe(true);
    expect((await call(mc.core, 'accounts.get', { id: a.id })).status).toBe('active');
  });

  it('STARTTLS with the right password works', async () => {
    const a = await call(mc.core, 'accounts.create', inbox({ email: 'starttls@example.test', imap_port: dovecot.imapStarttlsPort, imap_security: 'starttls' }));
    const { results } = await call(mc.core, 'accounts.test', { id: a.id });
    expect(results[0]!.imap).toMatchObject({ ok: true });
    expect(results[0]!.imap.tls_version).toMatch(/^TLSv1/);
  });

  it('a wrong IMAP password is auth_failed and the account is failing, its status untouched', async () => {
    for (const [port, security] of [[dovecot.imapTlsPort, 'tls'], [dovecot.imapStarttlsPort, 'starttls']] as const) {
      const a = await call(mc.core, 'accounts.create', inbox({ email: `wrong-${security}@example.test`, imap_port: port, imap_security: security, imap_password: 'not-her-password' }));
      const { results } = await call(mc.core, 'accounts.test', { id: a.id });
      expect(results[0]!.imap).toMatchObject({ ok: false, error: 'auth_failed', step: 'auth' });
      expect(results[0]!.imap.message).not.toContain('not-her-password');
      expect(await call(mc.core, 'accounts.get', { id: a.id })).toMatchObject({ status: 'active', health: 'failing' });
    }
  });

  it('without trusting the test CA the IMAP certificate is a tls_error naming its issuer', async () => {
    const untrusting = await openMailCore({ trustTestCa: false });
    try {
      const a = await call(untrusting.core, 'accounts.create', inbox({ email: 'untrusted@example.test' }));
      const { results } = await call(untrusting.core, 'accounts.test', { id: a.id });
      expect(results[0]!.imap.error).toBe('tls_error');
      expect(results[0]!.imap.certificate?.issuer).toMatch(/Inboxfleet Test CA|CN=/);
    } finally {
      await untrusting.cleanup();
    }
  });

  it('a test email sent through Postfix reaches the Dovecot user and is read back over IMAP', async () => {
    const a = await call(mc.core, 'accounts.create', inbox({ email: 'sender@example.test' }));
    const sent = await call(mc.core, 'accounts.sendTestEmail', { id: a.id, to: BOB, subject: 'Read me back' });
    expect(sent).toMatchObject({ ok: true, accepted: [BOB] });
    expect(sent.response).toMatch(/^250 /);

    const client = new ImapFlow({
      host: '127.0.0.1', port: dovecot.imapTlsPort, secure: true, auth: { user: BOB, pass: 'bob-password' },
      logger: false, tls: { ca: [dovecot.caPem] },
    });
    await client.connect();
    try {
      let found: { subject?: string; messageId?: string } | undefined;
      for (let i = 0; i < 100 && !found; i++) {
        const lock = await client.getMailboxLock('INBOX');
        try {
          // A selected mailbox learns of new mail only from the server's answer to a command.
          await client.noop();
          for await (const m of client.fetch('1:*', { envelope: true })) {
            if (m.envelope?.messageId === sent.message_id) found = m.envelope;
          }
        } catch {
          // empty mailbox: 1:* matches nothing yet
        } finally {
          lock.release();
        }
        if (!found) await new Promise((r) => setTimeout(r, 100));
      }
      expect(found, postfix.maillog()).toBeDefined();
      expect(found!.subject).toBe('Read me back');
    } finally {
      await client.logout();
    }
  });
});
