// Connection tests of inboxes: log in with the keychain password or, for signed-in inboxes, an
// OAuth access token (refreshed when refused), run the SMTP and IMAP probes through the shared
// limiter, store the outcome on the account and recompute its health. Status is never touched:
// it is the user's choice.
import type { AccountTestResult, ProbeErrorCode, ProbeResult, SendTestEmailResult } from '../../../shared/connection';
import type { Account } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { isoNow } from '../clock';
import type { MailContext } from '../mail-context';
import { SignInError, type Login } from '../oauth/index';
import type { ImapFlow } from 'imapflow';
import { probe, probeImapSession, sendTestEmail, type ProbeTarget } from '../probe/index';
import { probeTimeouts } from '../settings/index';
import { createScrubber } from '../vault/index';
import type { HealthService } from '../health/index';

export type TestingDeps = MailContext & { health: Pick<HealthService, 'recompute'> };

/** Work on the IMAP session a successful test logged in, before it is logged out (in the test's connection slot). */
export type ImapSessionUse = (client: ImapFlow, login: Login) => Promise<void>;

export interface AccountTester {
  /** With `onImap`, a successful IMAP check hands its session on instead of logging out (the round's scan). */
  test(account: Account, signal?: AbortSignal, onImap?: ImapSessionUse): Promise<AccountTestResult>;
  sendTestEmail(account: Account, to: string, subject?: string): Promise<SendTestEmailResult>;
}

/** A check that could not start: no password, or no usable sign-in. */
function notLoggedIn(account: Account, protocol: 'smtp' | 'imap', err: SignInError, now: string): ProbeResult {
  return {
    protocol, ok: false, error: err.code, step: 'auth', message: err.message,
    host: account[`${protocol}_host`], port: account[`${protocol}_port`], greeting: null, server_response: null,
    tls_version: null, auth_methods: [], capabilities: [], certificate: null, self_signed_allowed: false,
    latency_ms: 0, tested_at: now,
  };
}

/** Whatever the servers said is stored and returned only without the password or token that was used. */
const scrubbed = <T>(r: T, login: Login): T => createScrubber([login.password, login.accessToken]).deep(r);

/** A refused token is not a wrong password: say what is worth checking instead. */
function tokenRefusedWording(r: ProbeResult, account: Account): ProbeResult {
  if (account.auth_method !== 'oauth' || r.error !== 'auth_failed') return r;
  const name = r.protocol.toUpperCase();
  const hint = account.provider === 'microsoft'
    ? `check that ${name === 'SMTP' ? 'Authenticated SMTP' : 'IMAP'} is enabled for this mailbox in Exchange admin and that the app has the ${name === 'SMTP' ? 'SMTP.Send' : 'IMAP.AccessAsUser.All'} permission`
    : `check that ${name === 'IMAP' ? 'IMAP is on in Gmail settings and ' : ''}the app may use https://mail.google.com/`;
  return { ...r, message: `${name}: the server refused the sign-in token even after a fresh one — ${hint}` };
}

const refusedLogin = (code: ProbeErrorCode | null) => code === 'auth_failed';

export function createAccountTester(deps: TestingDeps): AccountTester {
  const { db, clock, events, log, settings, limiter, probeEnv, credentials } = deps;

  const target = (account: Account, protocol: 'smtp' | 'imap', login: Login): ProbeTarget => ({
    protocol,
    host: account[`${protocol}_host`],
    port: account[`${protocol}_port`],
    security: account[`${protocol}_security`],
    username: account[`${protocol}_username`],
    password: login.password ?? '',
    ...(login.accessToken !== undefined ? { accessToken: login.accessToken } : {}),
    allowSelfSigned: account.allow_self_signed,
  });

  async function store(account: Account, smtp: ProbeResult, imap: ProbeResult, now: string) {
    const stored = await db.transaction().execute(async (trx) => {
      const r = await trx.updateTable('accounts').set({ last_tested_at: now }).where('id', '=', account.id).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return false; // deleted while testing
      const results = { smtp_test: JSON.stringify(smtp), imap_test: JSON.stringify(imap) };
      await trx.insertInto('account_tests').values({ account_id: account.id, ...results }).onConflict((oc) => oc.column('account_id').doUpdateSet(results)).execute();
      return true;
    });
    if (!stored) return;
    await deps.health.recompute([account.id]);
    events.emit('accounts.changed', { ids: [account.id] });
  }

  return {
    async test(account, signal, onImap) {
      const now = isoNow(clock);
      const t = probeTimeouts(settings.current());
      const session = credentials.session(account);
      const run = async (protocol: 'smtp' | 'imap'): Promise<ProbeResult> => {
        try {
          // The login (keychain read, token refresh) is fetched inside the connection slot, so a bulk
          // test never has more keychain reads pending than connections allowed.
          const check = async (login: Login): Promise<ProbeResult> => {
            if (protocol === 'smtp' || !onImap) return probe(target(account, protocol, login), t, probeEnv);
            const { result, session: client } = await probeImapSession(target(account, protocol, login), t, probeEnv);
            if (client) {
              try {
                await onImap(client, login);
              } finally {
                if (client.usable) client.close();
              }
            }
            return result;
          };
          const r = await limiter.run(account[`${protocol}_host`], () => session.run(
            protocol,
            async (login) => scrubbed(await check(login), login),
            { result: (p) => refusedLogin(p.error) },
          ), signal);
          return tokenRefusedWording(r, account);
        } catch (err) {
          if (err instanceof SignInError) return notLoggedIn(account, protocol, err, now);
          throw err;
        }
      };
      const [smtp, imap] = await Promise.all([run('smtp'), run('imap')]);
      await store(account, smtp, imap, now);
      log.info('account tested', { id: account.id, smtp: smtp.error ?? 'ok', imap: imap.error ?? 'ok' });
      return { account_id: account.id, email: account.email, ok: smtp.ok && imap.ok, smtp, imap, tested_at: now };
    },

    async sendTestEmail(account, to, subject) {
      const t = probeTimeouts(settings.current());
      const at = clock.now();
      const session = credentials.session(account);
      try {
        return await session.run(
          'smtp',
          async (login) => {
            const r = await limiter.run(account.smtp_host, () =>
              sendTestEmail(
                {
                  ...target(account, 'smtp', login),
                  from: { name: account.display_name, address: account.email },
                  to,
                  subject: subject ?? `Inboxfleet test from ${account.email}`,
                  text: `This is a test email sent by Inboxfleet from ${account.email} at ${at.toISOString()}.\r\nNo reply is needed.\r\n`,
                },
                t,
                probeEnv,
              ),
            );
            return scrubbed(r, login);
          },
          { result: (r) => refusedLogin(r.error) },
        );
      } catch (err) {
        if (err instanceof SignInError) {
          const message = account.auth_method === 'password' && err.code === 'auth_failed' ? 'No SMTP password for this inbox in the keychain — edit the inbox and enter it again' : err.message;
          throw new AppError(err.code, message, { field: 'id' });
        }
        throw err;
      }
    },
  };
}
