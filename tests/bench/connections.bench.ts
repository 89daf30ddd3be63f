// Connection tests with 50 ms round trips to the SMTP server (smtp-server) and Dovecot, each
// behind a delaying proxy: a bulk test of N inboxes against its floor, N × one inbox's time ÷
// slots, where slots = inboxes tested at once = min(tests per server, tests at once ÷ 2), since
// each inbox holds one SMTP and one IMAP connection (on two hosts here) for its whole test.
// Then the CPU one connection costs with an extra trust anchor (a company CA), measured without
// latency: an inbox whose SMTP port is closed and whose IMAP is Dovecot over TLS.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/index';
import { createMemoryVault } from '../../electron/core/vault/index';
import { call, tempDir } from '../fixtures/core';
import { jobFinished } from '../fixtures/fleet-core';
import { startDelayProxy, type DelayProxy } from '../fixtures/mail/delay-proxy';
import { startDovecot, type TestDovecot } from '../fixtures/mail/dovecot';
import { startSmtpServer, type TestSmtpServer } from '../fixtures/mail/smtp-server';
import { atMost, bench, quantile, sample, timed } from './harness';

const LATENCY_MS = 50;
const N = 40;
const PASSWORD = 'connections-bench-pw';
const users = Array.from({ length: N }, (_, i) => `tester${i}@example.test`);

describe('connection tests', () => {
  let smtp: TestSmtpServer;
  let dovecot: TestDovecot;
  let smtpProxy: DelayProxy;
  let imapProxy: DelayProxy;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    const all = Object.fromEntries(users.map((u) => [u, PASSWORD]));
    smtp = await startSmtpServer({ mode: 'starttls', users: all });
    dovecot = await startDovecot({ users: all });
    smtpProxy = await startDelayProxy({ host: '127.0.0.1', port: smtp.port }, { rttMs: LATENCY_MS });
    imapProxy = await startDelayProxy({ host: '127.0.0.1', port: dovecot.imapTlsPort }, { rttMs: LATENCY_MS });
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), extraCa: [smtp.caPem] });
  });
  afterAll(async () => {
    await core?.close();
    tmp?.remove();
    await smtpProxy?.stop();
    await imapProxy?.stop();
    await smtp?.stop();
    await dovecot?.stop();
  });

  it(`bulk test of ${N} inboxes against N × one inbox ÷ slots`, async () => {
    const fig = bench(`connection tests, ${LATENCY_MS} ms round trips`);
    const ids: string[] = [];
    for (const u of users) {
      // SMTP and IMAP on two host names, so each has its own per-server limit, as with real providers.
      const a = await call(core, 'accounts.create', {
        email: u, display_name: u, smtp_host: 'localhost', smtp_port: smtpProxy.port, smtp_security: 'starttls', smtp_password: PASSWORD,
        imap_host: '127.0.0.1', imap_port: imapProxy.port, imap_security: 'tls', imap_username: u, test: false,
      });
      ids.push(a.id);
    }
    const one = quantile(await sample(() => call(core, 'accounts.test', { id: ids[0]! }), { min: 5, max: 5 }), 0.5);
    const s = await call(core, 'settings.get', undefined);
    const slots = Math.min(s.test_per_host_concurrency, Math.floor(s.test_concurrency / 2));
    const { ms } = await timed(async () => {
      const { job_id } = await call(core, 'accounts.test', { ids });
      const end = await jobFinished(core, job_id!);
      if (end.failed) throw new Error(`${end.failed} tests failed`);
    });
    const floor = (N * one) / slots;
    fig('one inbox (SMTP + IMAP) p50', one, 'ms');
    fig(`${N} inboxes`, ms / 1000, 's');
    fig('time ÷ (N × one inbox ÷ slots)', ms / floor, '×', atMost(1.05), `${slots} slots`);
  });

  it('CPU per TLS connection with an extra trust anchor', async () => {
    const fig = bench('TLS connection setup, extra CA');
    const a = await call(core, 'accounts.create', {
      email: 'cpu@example.test', display_name: 'CPU', smtp_host: '127.0.0.1', smtp_port: 9, smtp_password: PASSWORD,
      imap_host: '127.0.0.1', imap_port: dovecot.imapTlsPort, imap_security: 'tls', imap_username: users[0]!, test: false,
    });
    const runs = 30;
    for (let i = 0; i < 3; i++) await call(core, 'accounts.test', { id: a.id });
    const before = process.cpuUsage();
    for (let i = 0; i < runs; i++) {
      const r = await call(core, 'accounts.test', { id: a.id });
      if (!r.results[0]!.imap.ok) throw new Error(r.results[0]!.imap.message);
    }
    const used = process.cpuUsage(before);
    fig('CPU per inbox test', (used.user + used.system) / 1000 / runs, 'ms', undefined, 'one IMAP TLS login (Dovecot) + a refused SMTP connect + storing the result');
  });
});
