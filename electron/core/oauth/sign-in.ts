// accounts.signIn: connect inboxes by signing in with Google or Microsoft. One job per sitting;
// its items are the addresses (or existing inboxes), signed in one after another in the
// system browser with the next address as login hint. Each item: sign in, keep the refresh
// token in the keychain (written before the row points at it), create the inbox or switch an
// existing one (its passwords leave the keychain), then test SMTP and IMAP with the token.
import type { Handlers } from '../../../shared/contract';
import type { Account } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { OAuthProvider, SignInItemResult, SignInOutcome } from '../../../shared/oauth';
import { accountCreateSchema, type SignInInput } from '../../../shared/validation';
import type { AccountWriter } from '../accounts/account-writer';
import type { AccountTester } from '../accounts/testing';
import { Cancelled, type Jobs } from '../jobs/index';
import type { MailContext } from '../mail-context';
import { accountsRepo, type OAuthAppRow } from '../store/index';
import { SignInError } from './errors';
import { authorize, AuthorizationDenied } from './flow';
import { PRESETS } from './providers';
import { resolveApp } from './apps';
import type { ConfigSource } from './server-config';
import type { TokenSource } from './tokens';

export interface SignInDeps extends Pick<MailContext, 'db' | 'vault' | 'clock' | 'events' | 'log' | 'settings'> {
  jobs: Jobs;
  configs: ConfigSource;
  tokens: TokenSource;
  tester: AccountTester;
  /** The shared writer: sign-in saves an inbox in its per-inbox queue, as edits do. */
  writer: Pick<AccountWriter, 'signIn'>;
  /** Opens the system browser (main: shell.openExternal); absent where no browser can be opened. */
  openUrl?: (url: string) => Promise<void>;
  /** After an inbox is (re)signed in: its health and alerts follow the new sign-in state. */
  onSignInChanged?: (accountId: string) => Promise<void>;
}

interface Item {
  /** The address to sign in as (login hint); null: the provider says. */
  hint: string | null;
  existing: Account | null;
  app: OAuthAppRow;
}

/** One browser sign-in at a time within a sitting. */
function queue() {
  let tail: Promise<void> = Promise.resolve();
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    const prev = tail;
    let release!: () => void;
    tail = new Promise<void>((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  };
}

export function signInHandler(deps: SignInDeps): Handlers['accounts.signIn'] {
  const { db, events, log, jobs } = deps;

  async function items(input: SignInInput): Promise<Item[]> {
    const { provider } = input;
    if (input.account_ids) {
      const out: Item[] = [];
      for (const id of [...new Set(input.account_ids)]) {
        const account = await accountsRepo.getAccount(db, id);
        if (!account) throw new AppError('not_found', 'One of the selected inboxes no longer exists; nothing was started', { field: 'account_ids' });
        out.push({ hint: account.email.toLowerCase(), existing: account, app: await resolveApp(db, provider, account.client_id, input.app_id) });
      }
      return out;
    }
    const emails = input.emails.length ? [...new Set(input.emails)] : [null];
    const out: Item[] = [];
    for (const email of emails) {
      const id = email ? await accountsRepo.findAccountIdByEmail(db, email) : undefined;
      const existing = id ? ((await accountsRepo.getAccount(db, id)) ?? null) : null;
      out.push({ hint: email, existing, app: await resolveApp(db, provider, existing?.client_id ?? input.client_id, input.app_id) });
    }
    return out;
  }

  /** Keeps the refresh token, then creates the inbox or switches the existing one to sign-in. */
  async function save(input: SignInInput, item: Item, email: string, refreshToken: string): Promise<string> {
    const servers = {
      ...(input.smtp_host ? { smtp_host: input.smtp_host.toLowerCase() } : {}),
      ...(input.smtp_port ? { smtp_port: input.smtp_port } : {}),
      ...(input.smtp_security ? { smtp_security: input.smtp_security } : {}),
      ...(input.imap_host ? { imap_host: input.imap_host.toLowerCase() } : {}),
      ...(input.imap_port ? { imap_port: input.imap_port } : {}),
      ...(input.imap_security ? { imap_security: input.imap_security } : {}),
    };
    const signedIn = {
      auth_method: 'oauth' as const, provider: input.provider, oauth_app_id: item.app.id, oauth_token_stored: 1, sign_in_expired_at: null,
      smtp_username: email, imap_username: email, smtp_password_stored: 0, imap_password_stored: 0, imap_uses_smtp_password: 1,
    };
    const create = () => accountCreateSchema.parse({
      email, display_name: input.display_name && input.emails.length <= 1 ? input.display_name : email.split('@')[0],
      provider: input.provider, ...PRESETS[input.provider as OAuthProvider].servers, ...servers,
      auth_method: 'oauth', client_id: input.client_id, tags: input.tags, allow_self_signed: input.allow_self_signed,
      ...(input.daily_limit ? { daily_limit: input.daily_limit } : {}), test: false,
    });
    // Through the shared writer: a concurrent edit of the same inbox queues behind the sign-in (or before it).
    return deps.writer.signIn({ existingId: item.existing?.id ?? null, create, email, refreshToken, row: { ...signedIn, ...servers } });
  }

  async function signInOne(input: SignInInput, item: Item, signal: AbortSignal, prompt: (url: string, status: 'waiting' | 'received') => void): Promise<SignInItemResult> {
    const result = (outcome: SignInOutcome, message: string, extra: Partial<SignInItemResult> = {}): SignInItemResult => ({
      requested: item.hint, email: null, account_id: item.existing?.id ?? null, ok: outcome === 'connected', outcome, message, test: null, ...extra,
    });
    let authorized;
    try {
      const config = await deps.configs.get(item.app);
      authorized = await authorize({
        config, preset: PRESETS[input.provider as OAuthProvider], loginHint: item.hint, openUrl: deps.openUrl!,
        onPrompt: prompt, signal, timeoutMs: deps.settings.current().sign_in_timeout_ms,
      });
    } catch (err) {
      if (err instanceof Cancelled) throw err;
      if (err instanceof AuthorizationDenied) return result(err.error === 'access_denied' ? 'declined' : 'failed', err.message);
      if (err instanceof SignInError) return result(err.code === 'timeout' && /browser/.test(err.message) ? 'timeout' : 'failed', err.message);
      throw err;
    }
    const { tokens } = authorized;
    const email = authorized.email ?? item.hint;
    if (!email) {
      authorized.respond(false, 'The provider did not say which address signed in.');
      return result('failed', 'The provider did not say which address signed in: type the address and sign in again');
    }
    if (item.hint && email !== item.hint) {
      const message = `You signed in as ${email}, not ${item.hint}: sign in again and pick ${item.hint}`;
      authorized.respond(false, message);
      return result('mismatch', message, { email });
    }
    if (!tokens.refresh_token) {
      const message = 'The provider gave no refresh token, so the app could not stay signed in (Microsoft: the app needs offline_access)';
      authorized.respond(false, message);
      return result('failed', message, { email });
    }
    let accountId: string;
    try {
      accountId = await save(input, item, email, tokens.refresh_token);
    } catch (err) {
      const message = err instanceof AppError ? err.message : 'The inbox could not be saved (the log has details)';
      if (!(err instanceof AppError)) log.error('saving a signed-in inbox failed', { error: err instanceof Error ? err.message : String(err) });
      authorized.respond(false, message);
      return result('failed', message, { email });
    }
    authorized.respond(true, `${email} is connected to Inboxfleet.`);
    deps.tokens.remember(accountId, tokens);
    log.info('inbox signed in', { id: accountId, provider: input.provider });
    await deps.onSignInChanged?.(accountId);
    events.emit('accounts.changed', { ids: [accountId] });
    if (!input.test) return result('connected', `${email} is signed in`, { email, account_id: accountId });
    const test = await deps.tester.test(await accountsRepo.requireAccount(db, accountId), signal);
    return {
      ...result('connected', test.ok ? `${email} is signed in; SMTP and IMAP work` : `${email} is signed in, but the connection test failed`, { email, account_id: accountId, test }),
      ok: test.ok,
    };
  }

  return async (input) => {
    if (!deps.openUrl) {
      throw new AppError('invalid_input', 'This copy of Inboxfleet cannot open a browser to sign in: use the desktop app', { field: 'provider' });
    }
    const list = await items(input);
    const turn = queue();
    let index = 0;
    const job = jobs.start('accounts.signIn', list, (item, signal) =>
      turn(async () => {
        if (signal.aborted) throw new Cancelled();
        const position = ++index;
        const r = await signInOne(input, item, signal, (url, status) =>
          events.emit('signIn.prompt', { job_id: job.id, index: position, total: list.length, email: item.hint, url, status }),
        );
        return { result: r, failed: !r.ok };
      }),
    );
    return { job_id: job.id, total: list.length };
  };
}
