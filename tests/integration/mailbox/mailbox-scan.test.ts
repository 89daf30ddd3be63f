// Mailbox scans against Dovecot seeded with real-format messages (DSNs of several MTAs, an ARF
// report, replies, auto-replies, ordinary mail): exact counts, incremental rescans, UIDVALIDITY.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createKeytarVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startDovecot, type TestDovecot } from '../../fixtures/mail/dovecot';
import { openMailbox, seedMailbox } from '../../fixtures/mail/seed-mailbox';
import { MESSAGE_FIXTURES, OWN_ADDRESS, readMessageFixture, SENT_MESSAGE_IDS } from '../../fixtures/messages/index';

const PASSWORD = 'scan-test-password';
const NOW = new Date('2026-03-10T12:00:00Z');

const expected = () => {
  const f = MESSAGE_FIXTURES.map((m) => m.expected);
  return {
    hard: f.filter((e) => e.category === 'hard').length,
    soft: f.filter((e) => e.category === 'soft').length,
    blocks: f.filter((e) => e.category === 'block').length,
    delays: f.filter((e) => e.category === 'delay').length,
    complaints: f.filter((e) => e.kind === 'complaint').length,
    replies: f.filter((e) => e.kind === 'reply').length,
  };
};

/** The fixtures' sent messages, dated from their Message-IDs (<YYYYMMDDhhmm…>). */
const sentFixtures = () =>
  SENT_MESSAGE_IDS.map((id) => {
    const m = id.match(/^<(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})/)!;
    return { id, date: new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!)) };
  });

describe('mailbox scan against Dovecot', () => {
  let dovecot: TestDovecot;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  let imap: ImapFlow;
  let accountId: string;
  const vault = createKeytarVault({ service: `inboxfleet-scan-${process.pid}-${Date.now()}` });

  beforeAll(async () => {
    dovecot = await startDovecot({ users: { [OWN_ADDRESS]: PASSWORD } });
    imap = await openMailbox(dovecot, OWN_ADDRESS, PASSWORD);
    await seedMailbox(imap, sentFixtures());

    tmp = tempDir();
    // DNS goes nowhere (a closed loopback port): the domain audit ends unknown, fast.
    core = await openCore({
      dataDir: tmp.dir, vault, clock: { now: () => NOW }, extraCa: [dovecot.caPem],
      dns: createDnsResolver({ servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 }),
    });
    const account = await call(core, 'accounts.create', {
      email: OWN_ADDRESS, display_name: 'Anna Berg', smtp_host: '127.0.0.1', smtp_port: 9, smtp_password: PASSWORD,
      imap_host: '127.0.0.1', imap_port: dovecot.imapTlsPort, imap_security: 'tls', test: false,
    });
    accountId = account.id;
  });
  afterAll(async () => {
    await imap?.logout().catch(() => undefined);
    await core?.close();
    for (const key of await vault.keys()) await vault.delete(key);
    tmp?.remove();
    await dovecot?.stop();
  });

  it('counts sends, hard bounces, blocks, delays, complaints and replies exactly; auto-replies are not replies', async () => {
    const r = await call(core, 'deliverability.report', { id: accountId, refresh: true });
    const e = expected();
    expect(r.mailbox).toEqual({ scanned: true, message: `Read ${SENT_MESSAGE_IDS.length + MESSAGE_FIXTURES.length} new messages in Sent, INBOX, Junk` });
    expect(r.reputation).toMatchObject({
      window_days: 30, sent: SENT_MESSAGE_IDS.length, hard_bounces: e.hard, soft_bounces: e.soft, blocks: e.blocks, delays: e.delays,
      complaints: e.complaints, replies: e.replies,
    });
    expect(e).toEqual({ hard: 4, soft: 0, blocks: 1, delays: 1, complaints: 1, replies: 2 });
    expect(r.reputation.bounce_rate).toBeCloseTo((e.hard + e.soft) / SENT_MESSAGE_IDS.length);
    expect(r.reputation.block_rate).toBeCloseTo(e.blocks / SENT_MESSAGE_IDS.length);
    // By reason, with evidence: the DMARC rejection is a block that points at the domain's DNS.
    expect(r.bounces_by_reason.map((b) => [b.reason, b.category, b.count])).toEqual([
      ['user_unknown', 'hard', 4], ['auth_failed', 'block', 1], ['network', 'delay', 1],
    ]);
    const auth = r.bounces_by_reason.find((b) => b.reason === 'auth_failed');
    expect(auth?.fix).toMatchObject({ kind: 'dns', href: '#/domains/acme-outreach.com' });
    expect(auth?.examples[0]).toMatchObject({ address: 'm.chen@contoso-ltd.example', status: '5.7.509', diagnostic: expect.stringContaining('does not pass DMARC') });
    expect(r.complaints_note).toMatch(/Gmail sends no per-message complaints/);
    expect(r.overall_score).toBeGreaterThanOrEqual(0);
    expect((await call(core, 'accounts.get', { id: accountId })).score).toBe(r.overall_score);
  });

  it('writes one snapshot per day with sends, ascending, none for days without', async () => {
    const points = await call(core, 'reputation.history', { id: accountId, days: 30 });
    const sentDays = [...new Set(SENT_MESSAGE_IDS.map((id) => `${id.slice(1, 5)}-${id.slice(5, 7)}-${id.slice(7, 9)}`))].sort();
    expect(points.map((p) => p.date)).toEqual(sentDays);
    expect(points.reduce((n, p) => n + p.sent, 0)).toBe(SENT_MESSAGE_IDS.length);
    expect(points.every((p) => p.sent > 0 && typeof p.score === 'number')).toBe(true);
    const bad = await core.invoke('reputation.history', { id: accountId, days: 5 });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'invalid_input', fields: { days: 'days must be between 7 and 180' } });
  });

  it('a second scan reads only new mail', async () => {
    const again = await call(core, 'deliverability.report', { id: accountId, refresh: true });
    expect(again.mailbox.message).toBe('Read 0 new messages in Sent, INBOX, Junk');
    await imap.append('INBOX', readMessageFixture('human-reply.eml', { crlf: true }));
    const third = await call(core, 'deliverability.report', { id: accountId, refresh: true });
    expect(third.mailbox.message).toBe('Read 1 new message in Sent, INBOX, Junk');
    expect(third.reputation.replies).toBe(expected().replies + 1);
  });

  it('a report younger than an hour is served from the store unless refreshed', async () => {
    const stored = await call(core, 'deliverability.report', { id: accountId });
    const before = (await call(core, 'deliverability.report', { id: accountId })).checked_at;
    expect(stored.checked_at).toBe(before);
  });

  it('a changed UIDVALIDITY rescans that folder from the start without counting twice', async () => {
    const before = await call(core, 'deliverability.report', { id: accountId, refresh: true });
    const inboxSize = MESSAGE_FIXTURES.filter((m) => m.folder === 'INBOX').length + 1;
    execFileSync('doveadm', ['-c', path.join(dovecot.dir, 'dovecot.conf'), 'mailbox', 'update', '-u', OWN_ADDRESS, '--uid-validity', '1234567', 'INBOX']);
    const after = await call(core, 'deliverability.report', { id: accountId, refresh: true });
    expect(after.mailbox.message).toBe(`Read ${inboxSize} new messages in Sent, INBOX, Junk`);
    expect(after.reputation).toEqual(before.reputation);
  });
});
