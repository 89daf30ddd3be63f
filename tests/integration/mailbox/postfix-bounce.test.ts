// Real bounces from a real MTA: mail sent through Postfix to an address Dovecot does not have
// comes back as Postfix's own DSN (a hard bounce, user unknown, with Dovecot's LMTP reply as
// evidence), and mail for a domain whose server never answers brings Postfix's delay warning (a
// delay, not a bounce). The scan reads both from the sender's INBOX and the report counts them.
import { randomUUID } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { classifyMessage } from '../../../electron/core/mailbox/index';
import { createKeytarVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startDovecot, type TestDovecot } from '../../fixtures/mail/dovecot';
import { startPostfix, type TestPostfix } from '../../fixtures/mail/postfix';
import { openMailbox, sentMessage } from '../../fixtures/mail/seed-mailbox';

const ANNA = 'anna@example.test';
const PASSWORD = 'postfix-bounce-pw';
const MISSING = 'nobody-here@example.test';
const SLOW = 'someone@down.test';

/** Polls until INBOX holds `n` messages (Postfix retries every second): never a fixed sleep. */
async function waitForInbox(imap: ImapFlow, n: number, postfix: TestPostfix, deadlineMs = 45_000): Promise<Buffer[]> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const box = await imap.mailboxOpen('INBOX', { readOnly: true });
    if (box.exists >= n) {
      const out: Buffer[] = [];
      for await (const m of imap.fetch('1:*', { source: true })) if (m.source) out.push(m.source);
      return out;
    }
    if (Date.now() > until) throw new Error(`INBOX has ${box.exists} of ${n} messages; maillog:\n${postfix.maillog()}`);
    await imap.noop();
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('bounces and delay warnings written by a real Postfix', () => {
  let dovecot: TestDovecot;
  let postfix: TestPostfix;
  let imap: ImapFlow;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  let reports: Buffer[];
  const vault = createKeytarVault({ service: `inboxfleet-postfix-bounce-${process.pid}-${Date.now()}` });
  const bounced = `<bounce-${randomUUID()}@example.test>`;
  const delayed = `<delay-${randomUUID()}@example.test>`;

  beforeAll(async () => {
    dovecot = await startDovecot({ users: { [ANNA]: PASSWORD } });
    postfix = await startPostfix({
      lmtpPort: dovecot.lmtpPort,
      domains: ['example.test'],
      // down.test goes to a loopback port where nothing listens; warn the sender after a second.
      extraMainCf: 'transport_maps = inline:{ down.test=smtp:[127.0.0.1]:9 }\ndelay_warning_time = 1s\nsmtp_connect_timeout = 1s',
    });
    imap = await openMailbox(dovecot, ANNA, PASSWORD);
    await imap.mailboxCreate('Sent');
    const now = new Date();
    await imap.append('Sent', sentMessage(bounced, now, ANNA), ['\\Seen']);
    await imap.append('Sent', sentMessage(delayed, now, ANNA), ['\\Seen']);
    const smtp = nodemailer.createTransport({ host: '127.0.0.1', port: postfix.smtpPort, secure: false, tls: { ca: [postfix.caPem] } });
    await smtp.sendMail({ from: ANNA, to: MISSING, subject: 'Quick question', text: 'Hello', messageId: bounced });
    await smtp.sendMail({ from: ANNA, to: SLOW, subject: 'Quick question', text: 'Hello', messageId: delayed });
    smtp.close();
    reports = await waitForInbox(imap, 2, postfix);

    tmp = tempDir();
    core = await openCore({
      dataDir: tmp.dir, vault, extraCa: [dovecot.caPem],
      dns: createDnsResolver({ servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 }),
    });
  }, 90_000);
  afterAll(async () => {
    await imap?.logout().catch(() => undefined);
    await core?.close();
    for (const key of await vault.keys()) await vault.delete(key);
    tmp?.remove();
    await postfix?.stop();
    await dovecot?.stop();
  });

  it("reads Postfix's DSN as a hard bounce (user unknown) linked to the message we sent, with the LMTP reply as evidence", async () => {
    const results = await Promise.all(reports.map((r) => classifyMessage(r, { sentMessageIds: (id) => id === bounced || id === delayed, ownAddress: ANNA })));
    const bounce = results.find((c) => c.kind === 'bounce');
    expect(bounce, JSON.stringify(results)).toMatchObject({
      in_reply_to: bounced,
      bounce: { category: 'hard', reason: 'user_unknown', source: 'dsn', reporting_mta: 'mx.inboxfleet.test' },
    });
    expect(bounce?.bounce?.recipients).toEqual([
      expect.objectContaining({ address: MISSING, action: 'failed', status: '5.1.1', reply_code: '550', category: 'hard', diagnostic: expect.stringMatching(/550 5\.1\.1/) }),
    ]);
    const delay = results.find((c) => c.kind === 'delay');
    expect(delay, JSON.stringify(results)).toMatchObject({ in_reply_to: delayed, bounce: { category: 'delay', recipients: [{ address: SLOW, action: 'delayed' }] } });
  });

  it('counts them in the report: one hard bounce with its evidence, one delay, no block', async () => {
    const account = await call(core, 'accounts.create', {
      email: ANNA, display_name: 'Anna', smtp_host: '127.0.0.1', smtp_port: 9, smtp_password: PASSWORD,
      imap_host: '127.0.0.1', imap_port: dovecot.imapTlsPort, imap_security: 'tls', test: false,
    });
    const r = await call(core, 'deliverability.report', { id: account.id, refresh: true });
    expect(r.reputation).toMatchObject({ sent: 2, hard_bounces: 1, soft_bounces: 0, blocks: 0, delays: 1, bounce_rate: 0.5, block_rate: 0 });
    const hard = r.bounces_by_reason.find((b) => b.category === 'hard');
    expect(hard).toMatchObject({ reason: 'user_unknown', label: 'User unknown', count: 1, fix: { kind: 'list' } });
    expect(hard?.examples[0]).toMatchObject({ address: MISSING, status: '5.1.1', reply_code: '550', reporting_mta: 'mx.inboxfleet.test' });
    expect(r.bounces_by_reason.find((b) => b.category === 'delay')).toMatchObject({ count: 1 });
  });
});
