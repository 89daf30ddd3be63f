// The first hourly round (core.tick: a connection test, a mailbox scan and a report per inbox,
// one audit per domain) of 200 inboxes on 20 domains, with 50 ms held on every DNS answer and
// 50 ms round trips to the SMTP server and Dovecot (each behind a delaying proxy, on loopback:
// SMTP on "localhost", IMAP on 127.0.0.1, so each has its own per-server limit): time, domain
// audits ÷ domains (target 1), DNS questions ÷ distinct pairs, and what the process wrote (bytes
// and write-type system calls, /proc/self/io; SQLite file growth apart). Then a second round
// with nothing new in the mailboxes.
import { statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/index';
import { createMemoryVault } from '../../electron/core/vault/index';
import { call, tempDir } from '../fixtures/core';
import { startDelayedDnsServer, type DelayedDnsServer } from '../fixtures/dns/delayed-dns';
import { fleetZone } from '../fixtures/dns/fleet-zone';
import { createInboxes, useDnsServer } from '../fixtures/fleet-core';
import { startDelayProxy, type DelayProxy } from '../fixtures/mail/delay-proxy';
import { startDovecot, type TestDovecot } from '../fixtures/mail/dovecot';
import { startSmtpServer, type TestSmtpServer } from '../fixtures/mail/smtp-server';
import { openMailbox, seedMailbox } from '../fixtures/mail/seed-mailbox';
import { mapLimit } from '../../electron/core/audit/index';
import { bench, exactly, ioCounters, timed } from './harness';

const LATENCY_MS = 50;
const DOMAINS = 20;
const PER_DOMAIN = 10;
const SENT_PER_INBOX = 30;
const PASSWORD = 'tick-bench-password';

describe(`hourly tick, ${DOMAINS * PER_DOMAIN} inboxes on ${DOMAINS} domains`, () => {
  const fleet = fleetZone(DOMAINS);
  let dns: DelayedDnsServer;
  let dovecot: TestDovecot;
  let proxy: DelayProxy;
  let smtp: TestSmtpServer;
  let smtpProxy: DelayProxy;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    dns = await startDelayedDnsServer(fleet.zone);
    const inboxes = fleet.inboxes(PER_DOMAIN, () => ({ smtp_password: PASSWORD }));
    dovecot = await startDovecot({ users: Object.fromEntries(inboxes.map((a) => [a.email, PASSWORD])) });
    const now = Date.now();
    await mapLimit(inboxes, 8, async (a, n) => {
      const client = await openMailbox(dovecot, a.email, PASSWORD);
      try {
        const sent = Array.from({ length: SENT_PER_INBOX }, (_, i) => ({ id: `<bench-${n}-${i}@${a.email.split('@')[1]}>`, date: new Date(now - (i % 20) * 86_400_000) }));
        await seedMailbox(client, sent);
      } finally {
        await client.logout();
      }
    });
    proxy = await startDelayProxy({ host: '127.0.0.1', port: dovecot.imapTlsPort }, { rttMs: LATENCY_MS });
    smtp = await startSmtpServer({ mode: 'starttls', users: Object.fromEntries(inboxes.map((a) => [a.email, PASSWORD])) });
    smtpProxy = await startDelayProxy({ host: '127.0.0.1', port: smtp.port }, { rttMs: LATENCY_MS });
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), extraCa: [dovecot.caPem] });
    await useDnsServer(core, dns.server);
    // The audits then know no provider host (the sending IP is the loopback's): every connection stays on this machine.
    await createInboxes(core, inboxes.map((a) => ({
      ...a, smtp_host: 'localhost', smtp_port: smtpProxy.port, smtp_security: 'starttls' as const, smtp_username: a.email,
      imap_host: '127.0.0.1', imap_port: proxy.port, imap_security: 'tls' as const, imap_username: a.email,
    })));
    await dns.setDelay(LATENCY_MS);
  });
  afterAll(async () => {
    await core?.close();
    tmp?.remove();
    await proxy?.stop();
    await smtpProxy?.stop();
    await smtp?.stop();
    await dovecot?.stop();
    await dns?.stop();
  });

  const storedRows = () => {
    const raw = new BetterSqlite3(path.join(tmp.dir, 'inboxfleet.sqlite'), { readonly: true });
    try {
      return ['sent_messages', 'mailbox_events', 'mailbox_folders', 'snapshots', 'reports']
        .reduce((n, t) => n + (raw.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n, 0);
    } finally {
      raw.close();
    }
  };

  const dbBytes = () => ['inboxfleet.sqlite', 'inboxfleet.sqlite-wal'].reduce((n, f) => {
    try {
      return n + statSync(path.join(tmp.dir, f)).size;
    } catch {
      return n;
    }
  }, 0);

  it('first tick, then a tick with nothing new', async () => {
    const fig = bench(`tick, ${DOMAINS * PER_DOMAIN} inboxes / ${DOMAINS} domains`);
    let audits = 0;
    const off = core.events.on('domains.changed', (e) => (audits += e.domains.length));
    await dns.reset();
    const io0 = ioCounters();
    const db0 = dbBytes();
    const first = await timed(() => core.tick());
    const io1 = ioCounters();
    const c = await dns.counters();
    fig('first tick time', first.ms / 1000, 's', undefined, `${first.result.refreshed} refreshed, ${first.result.failed} failed`);
    fig('domain audits', audits, '');
    fig('audits ÷ domains', audits / DOMAINS, '×', exactly(1));
    fig('DNS questions', c.questions, '');
    fig('distinct (name, type)', c.distinct, '');
    fig('questions ÷ distinct', c.questions / c.distinct, '×', exactly(1));
    if (io0 && io1) {
      fig('bytes written (all)', (io1.bytes - io0.bytes) / 1e6, 'MB', undefined, 'wchar of /proc/self/io: SQLite and sockets');
      fig('write calls', io1.writes - io0.writes, '', undefined, 'syscw of /proc/self/io');
    }
    fig('SQLite file growth', (dbBytes() - db0) / 1e6, 'MB', undefined, 'database + WAL');
    const stored = storedRows();
    fig('rows stored', stored, '', undefined, 'sent_messages + mailbox_events + mailbox_folders + snapshots + reports');
    if (io0 && io1) fig('bytes written per row stored', (io1.bytes - io0.bytes) / stored, 'bytes');
    fig('IMAP connections', proxy.connections(), '');
    const exchanges = proxy.exchanges();
    fig('IMAP exchanges per inbox', exchanges / (DOMAINS * PER_DOMAIN), '', undefined, 'client→server chunks through the proxy, TLS handshake included');

    audits = 0;
    const io2 = ioCounters();
    const second = await timed(() => core.tick());
    const io3 = ioCounters();
    fig('second tick time (nothing new)', second.ms / 1000, 's', undefined, 'incremental scans find nothing new');
    fig('second tick audits', audits, '', exactly(DOMAINS), 'a round audits each domain once');
    if (io2 && io3) fig('second tick bytes written', (io3.bytes - io2.bytes) / 1e6, 'MB', undefined, `${io3.writes - io2.writes} write calls`);
    const perInbox = (proxy.exchanges() - exchanges) / (DOMAINS * PER_DOMAIN);
    fig('second tick IMAP exchanges per inbox', perInbox, '');
    // Each inbox holds an IMAP connection slot for its test and its scan; the slots are what bound the round.
    const slots = (await call(core, 'settings.get', undefined)).test_per_host_concurrency;
    const perSlot = (second.ms * slots) / (DOMAINS * PER_DOMAIN);
    fig('second tick: IMAP slot time per inbox', perSlot, 'ms', undefined, `${slots} IMAP connections at once to one server (Settings › tests at once per server)`);
    fig('slot time ÷ (IMAP exchanges × round trip)', perSlot / (perInbox * LATENCY_MS), '×', undefined, 'near 1: the round is its IMAP round trips through the per-server limit');
    off();
  });
});
