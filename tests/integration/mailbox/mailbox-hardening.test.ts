// Issue 10, points 2 and 3 against a real Dovecot: poison messages are skipped and named while
// the scan counts everything after them and saves its place; a server that drips its answer
// ends the scan at its deadline with `timeout`, and the hourly tick goes on with other inboxes.
import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createKeytarVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startDovecot, type TestDovecot } from '../../fixtures/mail/dovecot';
import { startDripProxy, type DripProxy } from '../../fixtures/mail/drip-proxy';
import { openMailbox } from '../../fixtures/mail/seed-mailbox';
import { readMessageFixture } from '../../fixtures/messages/index';
import { poisonMessages } from '../../fixtures/messages/poison';

const NOW = new Date('2026-03-10T12:00:00Z');
const POISONED = 'poisoned@example.test';
const DRIPPING = 'dripping@example.test';
const HEALTHY = 'healthy@example.test';
const PASSWORD = 'hardening-test-pw';

describe('mailbox scans that no message or server can stop', () => {
  let dovecot: TestDovecot;
  let drip: DripProxy;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  const vault = createKeytarVault({ service: `inboxfleet-hardening-${process.pid}-${Date.now()}` });
  const ids: Record<string, string> = {};

  const append = async (user: string, messages: Buffer[]) => {
    const imap: ImapFlow = await openMailbox(dovecot, user, PASSWORD);
    try {
      for (const m of messages) await imap.append('INBOX', m);
    } finally {
      await imap.logout().catch(() => undefined);
    }
  };

  beforeAll(async () => {
    dovecot = await startDovecot({ users: { [POISONED]: PASSWORD, [DRIPPING]: PASSWORD, [HEALTHY]: PASSWORD } });
    drip = await startDripProxy({ host: '127.0.0.1', port: dovecot.imapStarttlsPort });
    const poison = Object.values(poisonMessages()).map((p) => p.raw);
    // A bounce before the poison, one after it.
    await append(POISONED, [readMessageFixture('postfix-hard-5.1.1.eml', { crlf: true }), ...poison, readMessageFixture('gmail-dsn-5.1.1.eml', { crlf: true })]);
    await append(DRIPPING, [readMessageFixture('postfix-hard-5.1.1.eml', { crlf: true })]);
    await append(HEALTHY, [readMessageFixture('postfix-hard-5.1.1.eml', { crlf: true })]);

    tmp = tempDir();
    core = await openCore({
      dataDir: tmp.dir, vault, clock: { now: () => NOW }, extraCa: [dovecot.caPem],
      dns: createDnsResolver({ servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 }),
    });
    await call(core, 'settings.update', { scan_deadline_ms: 2000, connect_timeout_ms: 2000, greeting_timeout_ms: 2000, socket_timeout_ms: 2000 });
    const create = (email: string, port: number, security: 'tls' | 'none') =>
      call(core, 'accounts.create', {
        email, display_name: email, smtp_host: '127.0.0.1', smtp_port: 9, smtp_password: PASSWORD,
        imap_host: '127.0.0.1', imap_port: port, imap_security: security, test: false,
      });
    ids[POISONED] = (await create(POISONED, dovecot.imapTlsPort, 'tls')).id;
    // Plain IMAP from 127.0.0.1 (Dovecot allows it on loopback), so the proxy can see FETCH.
    ids[DRIPPING] = (await create(DRIPPING, drip.port, 'none')).id;
    ids[HEALTHY] = (await create(HEALTHY, dovecot.imapTlsPort, 'tls')).id;
  });
  afterAll(async () => {
    await core?.close();
    for (const key of await vault.keys()) await vault.delete(key);
    tmp?.remove();
    await drip?.stop();
    await dovecot?.stop();
  });

  it('poison messages are skipped as unreadable with UID and reason; everything after them counts; the position is saved', async () => {
    const r = await call(core, 'deliverability.report', { id: ids[POISONED]!, refresh: true });
    expect(r.mailbox).toMatchObject({ scanned: true, message: 'Read 6 new messages in INBOX; 4 messages could not be read and were skipped' });
    expect(r.mailbox.error).toBeUndefined();
    expect(r.reputation.hard_bounces).toBe(2);
    expect(r.mailbox.unreadable?.count).toBe(4);
    expect(r.mailbox.unreadable?.examples.map((u) => [u.folder, u.uid, u.reason])).toEqual([
      ['INBOX', 5, expect.stringMatching(/more than 2,000 header lines/)],
      ['INBOX', 4, expect.stringMatching(/header line longer than 64 KB/)],
      ['INBOX', 3, expect.stringMatching(/nested more than 20 deep/)],
      ['INBOX', 2, expect.stringMatching(/more than 500 MIME parts/)],
    ]);
    // Nothing blames the server.
    expect(r.mailbox.message).not.toMatch(/server/i);
    const again = await call(core, 'deliverability.report', { id: ids[POISONED]!, refresh: true });
    expect(again.mailbox.message).toBe('Read 0 new messages in INBOX');
    expect(again.mailbox.unreadable?.count).toBe(4);
    expect(again.reputation.hard_bounces).toBe(2);
  });

  it('a server dripping its answer ends the scan at its deadline with timeout; the tick goes on with the other inboxes', async () => {
    const tick = await core.tick();
    expect(tick).toEqual({ refreshed: 3, failed: 0 });
    expect(drip.dripping()).toBeGreaterThan(0);
    const dripping = await call(core, 'deliverability.report', { id: ids[DRIPPING]! });
    expect(dripping.mailbox).toMatchObject({ scanned: false, error: 'timeout' });
    expect(dripping.mailbox.message).toMatch(/stopped at its 2 s limit/);
    const healthy = await call(core, 'deliverability.report', { id: ids[HEALTHY]! });
    expect(healthy.mailbox).toMatchObject({ scanned: true, message: 'Read 1 new message in INBOX' });
    expect(healthy.reputation.hard_bounces).toBe(1);
  });
});
