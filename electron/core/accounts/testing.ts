// Connection tests of inboxes: read the passwords from the keychain, run the SMTP and IMAP
// probes through the shared limiter, store the outcome on the account and recompute its health.
// Status is never touched: it is the user's choice.
import type { AccountTestResult, ProbeResult, SendTestEmailResult } from '../../../shared/connection';
import type { Account } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { isoNow } from '../clock';
import type { MailContext } from '../mail-context';
import { probe, sendTestEmail, type ProbeTarget } from '../probe/index';
import { probeTimeouts } from '../settings/index';
import { createScrubber, secretKey } from '../vault/index';
import type { HealthService } from '../health/index';

export type TestingDeps = MailContext & { health: Pick<HealthService, 'recompute'> };

export interface AccountTester {
  test(account: Account, signal?: AbortSignal): Promise<AccountTestResult>;
  sendTestEmail(account: Account, to: string, subject?: string): Promise<SendTestEmailResult>;
}

function missingPassword(account: Account, protocol: 'smtp' | 'imap', now: string): ProbeResult {
  const name = protocol.toUpperCase();
  return {
    protocol, ok: false, error: 'auth_failed', step: 'auth',
    message: `${name}: no password for this inbox in the keychain — edit the inbox and enter it again`,
    host: account[`${protocol}_host`], port: account[`${protocol}_port`], greeting: null, server_response: null,
    tls_version: null, auth_methods: [], capabilities: [], certificate: null, self_signed_allowed: false,
    latency_ms: 0, tested_at: now,
  };
}

export function createAccountTester(deps: TestingDeps): AccountTester {
  const { db, vault, clock, events, log, settings, limiter, probeEnv } = deps;

  const target = (account: Account, protocol: 'smtp' | 'imap', password: string): ProbeTarget => ({
    protocol,
    host: account[`${protocol}_host`],
    port: account[`${protocol}_port`],
    security: account[`${protocol}_security`],
    username: account[`${protocol}_username`],
    password,
    allowSelfSigned: account.allow_self_signed,
  });

  async function passwords(account: Account) {
    const smtp = await vault.get(secretKey(account.id, 'smtp'));
    const imap = account.imap_uses_smtp_password ? smtp : await vault.get(secretKey(account.id, 'imap'));
    return { smtp, imap };
  }

  async function store(account: Account, smtp: ProbeResult, imap: ProbeResult, now: string) {
    const r = await db
      .updateTable('accounts')
      .set({ smtp_test: JSON.stringify(smtp), imap_test: JSON.stringify(imap), last_tested_at: now })
      .where('id', '=', account.id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return; // deleted while testing
    await deps.health.recompute([account.id]);
    events.emit('accounts.changed', { ids: [account.id] });
  }

  return {
    async test(account, signal) {
      const now = isoNow(clock);
      const t = probeTimeouts(settings.current());
      const secrets = await passwords(account);
      const run = (protocol: 'smtp' | 'imap') => {
        const password = secrets[protocol];
        if (password === null) return Promise.resolve(missingPassword(account, protocol, now));
        return limiter.run(account[`${protocol}_host`], () => probe(target(account, protocol, password), t, probeEnv), signal);
      };
      // Whatever the servers said is stored and returned only without this inbox's passwords.
      const clean = createScrubber([secrets.smtp, secrets.imap]);
      const [smtp, imap] = (await Promise.all([run('smtp'), run('imap')])).map((r) => clean.deep(r)) as [ProbeResult, ProbeResult];
      await store(account, smtp, imap, now);
      log.info('account tested', { id: account.id, smtp: smtp.error ?? 'ok', imap: imap.error ?? 'ok' });
      return { account_id: account.id, email: account.email, ok: smtp.ok && imap.ok, smtp, imap, tested_at: now };
    },

    async sendTestEmail(account, to, subject) {
      const secrets = await passwords(account);
      const password = secrets.smtp;
      if (password === null) {
        throw new AppError('auth_failed', 'No SMTP password for this inbox in the keychain — edit the inbox and enter it again', { field: 'id' });
      }
      const t = probeTimeouts(settings.current());
      const at = clock.now();
      const result = await limiter.run(account.smtp_host, () =>
        sendTestEmail(
          {
            ...target(account, 'smtp', password),
            from: { name: account.display_name, address: account.email },
            to,
            subject: subject ?? `Inboxfleet test from ${account.email}`,
            text: `This is a test email sent by Inboxfleet from ${account.email} at ${at.toISOString()}.\r\nNo reply is needed.\r\n`,
          },
          t,
          probeEnv,
        ),
      );
      return createScrubber([secrets.smtp, secrets.imap]).deep(result);
    },
  };
}
