// The hourly round against a real Dovecot, every IMAP command counted by a proxy: one login per
// inbox per round (the connection test's session is the scan's), a second round with nothing new
// sends no FETCH (STATUS says so), new mail after such a skip is counted, a UIDVALIDITY reset
// still re-reads the folder, and a refused login is reported exactly as before. Run twice: with
// Dovecot's LIST-STATUS (folder status inside the LIST) and with it hidden (one STATUS a folder).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startCommandCounter, type CommandCounter } from '../../fixtures/mail/command-counter';
import { startDovecot, type TestDovecot } from '../../fixtures/mail/dovecot';
import { openMailbox, seedMailbox } from '../../fixtures/mail/seed-mailbox';
import { MESSAGE_FIXTURES, OWN_ADDRESS, readMessageFixture, SENT_MESSAGE_IDS } from '../../fixtures/messages/index';

const PASSWORD = 'round-session-pw';
const NOW = new Date('2026-03-10T12:00:00Z');
const SECOND = 'second@acme-outreach.com';
const REFUSED = 'refused@acme-outreach.com';
const ALL_READ = SENT_MESSAGE_IDS.length + MESSAGE_FIXTURES.length;

describe.each([
  { server: 'with LIST-STATUS', hide: [] as string[], statusPerRound: 0 },
  // Without it: one STATUS for each folder read before (Anna's Sent, INBOX and Junk; the second inbox's INBOX).
  { server: 'without LIST-STATUS', hide: ['LIST-STATUS'], statusPerRound: 3 + 1 },
])('hourly round ($server): one IMAP session per inbox, folders with nothing new skipped', ({ hide, statusPerRound }) => {
  let dovecot: TestDovecot;
  let counter: CommandCounter;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  const ids: Record<string, string> = {};

  const logins = () => {
    const c = counter.counts();
    return (c.LOGIN ?? 0) + (c.AUTHENTICATE ?? 0);
  };
  const report = (email: string) => call(core, 'deliverability.report', { id: ids[email]! });

  beforeAll(async () => {
    dovecot = await startDovecot({ users: { [OWN_ADDRESS]: PASSWORD, [SECOND]: PASSWORD, [REFUSED]: PASSWORD } });
    const imap = await openMailbox(dovecot, OWN_ADDRESS, PASSWORD);
    await seedMailbox(imap, SENT_MESSAGE_IDS.map((id, i) => ({ id, date: new Date(Date.UTC(2026, 2, 2 + (i % 6))) })));
    await imap.logout();
    // Plain IMAP from 127.0.0.1 (Dovecot allows it on loopback), so the proxy reads every command.
    counter = await startCommandCounter({ host: '127.0.0.1', port: dovecot.imapStarttlsPort }, { hide });
    tmp = tempDir();
    core = await openCore({
      dataDir: tmp.dir, vault: createMemoryVault(), clock: { now: () => NOW },
      dns: createDnsResolver({ servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 }),
    });
    for (const [email, password] of [[OWN_ADDRESS, PASSWORD], [SECOND, PASSWORD], [REFUSED, 'not-the-password']] as const) {
      ids[email] = (await call(core, 'accounts.create', {
        email, display_name: email, smtp_host: '127.0.0.1', smtp_port: 9, smtp_password: password,
        imap_host: '127.0.0.1', imap_port: counter.port, imap_security: 'none', test: false,
      })).id;
    }
  });
  afterAll(async () => {
    await core?.close();
    tmp?.remove();
    await counter?.stop();
    await dovecot?.stop();
  });

  it('first round: one connection and one login per inbox that logs in; its test and its scan both stored', async () => {
    counter.reset();
    expect(await core.tick()).toEqual({ refreshed: 3, failed: 0 });
    const anna = await report(OWN_ADDRESS);
    expect(anna.mailbox).toEqual({ scanned: true, message: `Read ${ALL_READ} new messages in Sent, INBOX, Junk` });
    expect(anna.reputation.sent).toBe(SENT_MESSAGE_IDS.length);
    expect((await call(core, 'accounts.get', { id: ids[OWN_ADDRESS]! })).imap_test).toMatchObject({ ok: true, step: null });
    expect((await report(SECOND)).mailbox).toEqual({ scanned: true, message: 'Read 0 new messages in INBOX' });
    // The refused inbox: its test and its mailbox say so, as before (the scan tries its own login).
    expect((await call(core, 'accounts.get', { id: ids[REFUSED]! })).imap_test).toMatchObject({ ok: false, error: 'auth_failed' });
    expect((await report(REFUSED)).mailbox).toMatchObject({ scanned: false, error: 'auth_failed' });
    // Two good inboxes: one session each; the refused one: its test's login and its scan's.
    expect(counter.connections()).toBe(2 + 2);
    expect(logins()).toBe(2 + 2);
  });

  it('second round with nothing new: no FETCH and no SELECT beyond the test\'s look at INBOX; counts unchanged', async () => {
    const before = await report(OWN_ADDRESS);
    counter.reset();
    await core.tick();
    const c = counter.counts();
    expect(c.FETCH ?? 0).toBe(0);
    expect(c.SELECT ?? 0).toBe(0);
    // EXAMINE INBOX by each good inbox's connection test (and the refused one never gets that far).
    expect(c.EXAMINE).toBe(2);
    expect(c.STATUS ?? 0).toBe(statusPerRound);
    expect(logins()).toBe(2 + 2);
    const after = await report(OWN_ADDRESS);
    expect(after.mailbox.message).toBe('Read 0 new messages in Sent, INBOX, Junk');
    expect(after.reputation).toEqual(before.reputation);
  });

  it('new mail after a skipped round is read and counted', async () => {
    const before = await report(OWN_ADDRESS);
    const imap = await openMailbox(dovecot, OWN_ADDRESS, PASSWORD);
    await imap.append('INBOX', readMessageFixture('human-reply.eml', { crlf: true }));
    await imap.logout();
    counter.reset();
    await core.tick();
    expect(counter.counts().FETCH).toBe(1);
    const after = await report(OWN_ADDRESS);
    expect(after.mailbox.message).toBe('Read 1 new message in Sent, INBOX, Junk');
    expect(after.reputation.replies).toBe(before.reputation.replies + 1);
  });

  it('a UIDVALIDITY reset re-reads that folder from the start without counting twice', async () => {
    const before = await report(OWN_ADDRESS);
    const inboxSize = MESSAGE_FIXTURES.filter((m) => m.folder === 'INBOX').length + 1;
    execFileSync('doveadm', ['-c', path.join(dovecot.dir, 'dovecot.conf'), 'mailbox', 'update', '-u', OWN_ADDRESS, '--uid-validity', '7654321', 'INBOX']);
    counter.reset();
    await core.tick();
    expect(counter.counts().FETCH).toBe(1);
    const after = await report(OWN_ADDRESS);
    expect(after.mailbox.message).toBe(`Read ${inboxSize} new messages in Sent, INBOX, Junk`);
    expect(after.reputation).toEqual(before.reputation);
  });
});
