// What an inbox logs in with, for one piece of work (a test, a send, a scan): the keychain
// password, or an access token for a signed-in inbox. When a server refuses a token, the
// work is tried once more with a fresh token (one refresh, shared by SMTP and IMAP).
import type { Account } from '../../../shared/domain';
import type { Protocol, Vault } from '../vault/index';
import { secretKey } from '../vault/index';
import { SignInError } from './errors';
import type { TokenSource } from './tokens';

export interface Login {
  password?: string;
  accessToken?: string;
}

export interface LoginSession {
  /** Throws SignInError when there is nothing to log in with. */
  get(protocol: Protocol): Promise<Login>;
  /**
   * Runs `attempt`; if a signed-in inbox's token was refused (by result or error), runs it once
   * more with a fresh token. SignInError when no login can be had.
   */
  run<T>(protocol: Protocol, attempt: (login: Login) => Promise<T>, refused: { result?(r: T): boolean; error?(err: unknown): boolean }): Promise<T>;
}

export interface Credentials {
  session(account: Account): LoginSession;
}

export function createCredentials(deps: { vault: Vault; tokens: TokenSource }): Credentials {
  return {
    session(account) {
      const passwords = new Map<string, Promise<string | null>>();
      const password = (key: string) => {
        if (!passwords.has(key)) passwords.set(key, deps.vault.get(key));
        return passwords.get(key)!;
      };

      const get = async (protocol: Protocol): Promise<Login> => {
        if (account.auth_method === 'oauth') return { accessToken: await deps.tokens.accessToken(account.id) };
        const kind = protocol === 'imap' && !account.imap_uses_smtp_password ? 'imap' : 'smtp';
        const found = await password(secretKey(account.id, kind));
        if (found === null) {
          throw new SignInError('auth_failed', `${protocol.toUpperCase()}: no password for this inbox in the keychain — edit the inbox and enter it again`);
        }
        return { password: found };
      };

      return {
        get,
        async run(protocol, attempt, refused) {
          const login = await get(protocol);
          let outcome: { ok: true; value: Awaited<ReturnType<typeof attempt>> } | { ok: false; error: unknown };
          try {
            outcome = { ok: true, value: await attempt(login) };
          } catch (error) {
            outcome = { ok: false, error };
          }
          const wasRefused = outcome.ok ? !!refused.result?.(outcome.value) : !!refused.error?.(outcome.error);
          if (wasRefused && login.accessToken !== undefined) {
            const fresh = await deps.tokens.accessToken(account.id, { rejected: login.accessToken });
            if (fresh !== login.accessToken) return attempt({ accessToken: fresh });
          }
          if (!outcome.ok) throw outcome.error;
          return outcome.value;
        },
      };
    },
  };
}
