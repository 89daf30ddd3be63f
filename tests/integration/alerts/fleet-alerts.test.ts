// A small fleet on real loopback servers (smtp-server and Dovecot for two inboxes, dnsmasq for
// DNS and the blocklists, a real keychain, a real SQLite file, a loopback webhook receiver).
// The first round is silent although one inbox never works and one domain has no DMARC; then
// an inbox's password is changed on the servers and a DNSBL zone starts listing a domain's IP:
// one round later exactly those two alerts are open; restoring both resolves both; the webhook
// got each opening and each resolution once. Then retries with back-off, and checks that never
// wait for a slow webhook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createKeytarVault } from '../../../electron/core/vault/index';
import type { Alert } from '../../../shared/alerts';
import { call, tempDir } from '../../fixtures/core';
import { auditZone } from '../../fixtures/dns/audit-zone';
import { startDnsServer, type DnsTestServer, type DnsTestZone } from '../../fixtures/dns/dnsmasq';
import { startDovecot, type TestDovecot } from '../../fixtures/mail/dovecot';
import { freePort } from '../../fixtures/mail/free-port';
import { startSmtpServer, type TestSmtpServer } from '../../fixtures/mail/smtp-server';
import { pollFor } from '../../fixtures/poll';
import { startWebhookReceiver, type WebhookReceiver } from '../../fixtures/webhook-receiver';

const ANNA = 'anna@acme-mail.test';
const BEN = 'ben@acme-mail.test';
const CARA = 'cara@globex-mail.test';
const PASSWORDS = { [ANNA]: 'anna-pw-1', [BEN]: 'ben-pw-1' };

/** The fleet's DNS: acme-mail.test sends from 127.0.0.1, globex-mail.test from 127.0.0.2 (no DMARC). */
function zone(listGlobex: boolean): DnsTestZone {
  const base = auditZone();
  return {
    ...base,
    records: {
      ...base.records,
      'acme-mail.test': { TXT: ['v=spf1 ip4:127.0.0.1 -all'] },
      '_dmarc.acme-mail.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@acme-mail.test'] },
      'globex-mail.test': { TXT: ['v=spf1 ip4:127.0.0.2 -all'] },
      ...(listGlobex ? { '2.0.0.127.zen.spamhaus.org': { A: ['127.0.0.2'] } } : {}),
    },
  };
}

describe('fleet alerts on loopback servers', () => {
  let dovecot: TestDovecot;
  let smtp: TestSmtpServer;
  let clean: DnsTestServer;
  let listing: DnsTestServer;
  let hook: WebhookReceiver;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  const smtpUsers: Record<string, string> = { ...PASSWORDS };
  const vault = createKeytarVault({ service: `inboxfleet-alerts-${process.pid}-${Date.now()}` });
  const ids: Record<string, string> = {};

  const openAlerts = async () => (await call(core, 'alerts.list', { status: 'open' })).items;
  const summary = (items: Alert[]) => items.map((a) => `${a.kind} ${a.email ?? a.domain}`).sort();
  const setPasswords = async (anna: string) => {
    smtpUsers[ANNA] = anna;
    await dovecot.setUsers({ ...PASSWORDS, [ANNA]: anna });
  };
  const useDns = (server: DnsTestServer) => call(core, 'settings.update', { dns_servers: [server.server] });

  beforeAll(async () => {
    [dovecot, smtp, clean, listing, hook] = await Promise.all([
      startDovecot({ users: PASSWORDS }),
      startSmtpServer({ mode: 'starttls', users: smtpUsers }),
      startDnsServer(zone(false)),
      startDnsServer(zone(true)),
      startWebhookReceiver(),
    ]);
    tmp = tempDir();
    core = await openCore({
      dataDir: tmp.dir, vault, extraCa: [dovecot.caPem],
      alerts: { digest: { quietMs: 200 }, webhook: { retryMs: [200, 200, 200] } },
    });
    await call(core, 'settings.update', {
      connect_timeout_ms: 3000, greeting_timeout_ms: 3000, socket_timeout_ms: 4000, probe_deadline_ms: 10_000,
      dns_servers: [clean.server], dns_timeout_ms: 1000, dns_tries: 1,
    });
    await call(core, 'alerts.setWebhook', { url: hook.url });
    const acme = await call(core, 'clients.create', { name: 'Acme' });
    const globex = await call(core, 'clients.create', { name: 'Globex' });
    const closed = await freePort();
    for (const [email, client, host, smtpPort, imapPort] of [
      [ANNA, acme.id, '127.0.0.1', smtp.port, dovecot.imapTlsPort],
      [BEN, acme.id, '127.0.0.1', smtp.port, dovecot.imapTlsPort],
      // Never works: its servers' port is closed (a state found at the first check).
      [CARA, globex.id, '127.0.0.2', closed, closed],
    ] as const) {
      const a = await call(core, 'accounts.create', {
        email, display_name: email.split('@')[0]!, client_id: client, smtp_host: host, smtp_port: smtpPort, smtp_security: 'starttls',
        smtp_password: PASSWORDS[email as keyof typeof PASSWORDS] ?? 'cara-pw', imap_host: host, imap_port: imapPort, imap_security: 'tls', test: false,
      });
      ids[email] = a.id;
    }
  });
  afterAll(async () => {
    await core?.close();
    for (const key of await vault.keys()) await vault.delete(key);
    tmp?.remove();
    await Promise.allSettled([dovecot?.stop(), smtp?.stop(), clean?.stop(), listing?.stop(), hook?.close()]);
  });

  it('opens exactly the two alerts one round after the password change and the listing, resolves both after the fix, and posts each once', async () => {
    // Round 1: the state found at the first check alerts nothing.
    expect(await core.tick()).toEqual({ refreshed: 3, failed: 0 });
    const first = await call(core, 'accounts.list', {});
    expect(first.items.map((a) => [a.email, a.smtp_test?.ok, a.imap_test?.ok]).sort()).toEqual([[ANNA, true, true], [BEN, true, true], [CARA, false, false]]);
    const globex = await call(core, 'domains.get', { domain: 'globex-mail.test' });
    expect([globex.report?.dmarc.record, globex.report?.blacklist.listed]).toEqual([null, false]);
    expect(await openAlerts()).toEqual([]);

    // The password changes on the server; Spamhaus starts listing globex-mail.test's IP.
    await setPasswords('anna-pw-2');
    await useDns(listing);
    await core.tick();
    const open = await openAlerts();
    expect(summary(open)).toEqual([`connection ${ANNA}`, 'listing globex-mail.test']);
    expect(open.find((a) => a.kind === 'connection')).toMatchObject({ title: `${ANNA} cannot log in`, account_id: ids[ANNA], client_name: 'Acme' });
    expect(open.find((a) => a.kind === 'listing')).toMatchObject({ title: 'globex-mail.test: 127.0.0.2 listed on Spamhaus ZEN', account_id: null });
    expect(JSON.stringify(open)).not.toContain('anna-pw');
    const opened = await pollFor('the opening digest', () => hook.received.length === 1 && hook.received);
    expect((opened[0] as { text: string }).text.split('\n').slice(1).sort()).toEqual([
      `• Opened: ${ANNA} cannot log in`, '• Opened: globex-mail.test: 127.0.0.2 listed on Spamhaus ZEN',
    ]);
    expect(await call(core, 'alerts.counts', undefined)).toEqual({ open: 2, unacknowledged: 2 });

    // A round later nothing changed: nothing new is told.
    await core.tick();
    expect(summary(await openAlerts())).toEqual([`connection ${ANNA}`, 'listing globex-mail.test']);

    // Fixed: the password is back, the listing is gone.
    await setPasswords(PASSWORDS[ANNA]);
    await useDns(clean);
    await core.tick();
    expect(await openAlerts()).toEqual([]);
    const resolved = (await call(core, 'alerts.list', { status: 'resolved' })).items;
    expect(resolved.map((a) => `${a.kind} ${a.resolution}`).sort()).toEqual(['connection Works again', 'listing Delisted']);
    const all = await pollFor('the resolving digest', () => hook.received.length === 2 && hook.received);
    expect((all[1] as { text: string }).text.split('\n').slice(1).sort()).toEqual([
      `• Resolved: ${ANNA} cannot log in`, '• Resolved: globex-mail.test: 127.0.0.2 listed on Spamhaus ZEN',
    ]);
    expect(hook.requests).toBe(2);
    const status = await call(core, 'alerts.webhookStatus', undefined);
    expect(status).toMatchObject({ configured: true, url_hint: hook.url.replace(/\/hooks.*/, '/…') });
    expect(status.deliveries.map((d) => [d.status, d.attempts])).toEqual([['delivered', 1], ['delivered', 1]]);
    expect(JSON.stringify(status)).not.toContain('secret-token');
  });

  it('retries a failed post with back-off, shows the failure, and never makes a check wait for the webhook', async () => {
    hook.mode = 503;
    await setPasswords('anna-pw-3');
    const before = hook.requests;
    const known = new Set((await call(core, 'alerts.webhookStatus', undefined)).deliveries.map((d) => d.id));
    const latest = async () => (await call(core, 'alerts.webhookStatus', undefined)).deliveries.find((d) => !known.has(d.id));
    await call(core, 'accounts.test', { id: ids[ANNA]! });
    const failing = await pollFor('a failed delivery', async () => {
      const d = await latest();
      return d?.attempts === 1 && d;
    });
    expect(failing).toMatchObject({ status: 'pending', last_error: 'The webhook answered HTTP 503: try later', title: `${ANNA} cannot log in` });
    expect(failing.next_attempt_at).not.toBeNull();
    hook.mode = 200;
    const delivered = await pollFor('the retried delivery', async () => {
      const d = await latest();
      return d?.status === 'delivered' && d;
    });
    expect(delivered.attempts).toBe(2);
    expect(hook.requests - before).toBe(2);

    // A webhook that does not answer: the check (and the round) finish regardless.
    hook.mode = 'hold';
    known.add(delivered.id);
    await setPasswords(PASSWORDS[ANNA]);
    const result = await call(core, 'accounts.test', { id: ids[ANNA]! });
    expect(result.results[0]!.ok).toBe(true);
    await pollFor('the held post', () => hook.held() === 1);
    expect(await core.tick()).toMatchObject({ failed: 0 });
    expect(hook.held()).toBe(1);
    hook.mode = 200;
    hook.release();
    await pollFor('the held post delivered', async () => (await latest())?.status === 'delivered');
    expect(await call(core, 'alerts.testWebhook', undefined)).toMatchObject({ ok: true, status: 200 });
  });
});
