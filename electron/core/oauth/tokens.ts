// Access tokens for signed-in inboxes: kept in memory only, refreshed shortly before they
// expire, and refreshed once per inbox at a time — the SMTP and IMAP checks of one inbox, or a
// bulk test of 500, share one refresh each, and refreshes to one provider go through a limiter.
// A refresh token the provider refuses marks the inbox "sign-in expired" and is not tried again
// until the user signs in anew. Rotated refresh tokens replace the old one in the keychain.
import type { Kysely } from 'kysely';
import * as oidc from 'openid-client';
import type { Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { Limiter } from '../jobs/index';
import type { Logger } from '../log';
import { oauthAppsRepo, type Database } from '../store/index';
import { scrubSecrets, secretKey, type Vault } from '../vault/index';
import { classifyOAuthError, SignInError } from './errors';
import { tokenHost, type ConfigSource } from './server-config';

/** Refresh this long before expiry (or halfway through a shorter lifetime). */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;
/** When the provider does not say how long a token lives. */
const DEFAULT_LIFETIME_S = 3600;

export interface TokenSource {
  /**
   * A usable access token. `rejected`: the token a server just refused — it is dropped and a
   * fresh one fetched (unless another caller already replaced it).
   */
  accessToken(accountId: string, opts?: { rejected?: string }): Promise<string>;
  /** Keeps the access token a sign-in just obtained. */
  remember(accountId: string, token: { access_token: string; expires_in?: number }): void;
  forget(accountId: string): void;
  /** Refresh requests sent so far (diagnostics, tests). */
  refreshCount(): number;
}

export interface TokenDeps {
  db: Kysely<Database>;
  vault: Vault;
  clock: Clock;
  events: CoreEvents;
  log: Logger;
  configs: ConfigSource;
  /** Bounds refreshes overall and per token endpoint host. */
  limiter: Limiter;
  /** After the provider refused an inbox's refresh token: its health and alerts say "sign-in expired". */
  onExpired?: (accountId: string) => Promise<void>;
}

export function createTokenSource(deps: TokenDeps): TokenSource {
  const { db, vault, clock, log } = deps;
  const cache = new Map<string, { token: string; refreshAt: number }>();
  const inflight = new Map<string, Promise<string>>();
  let refreshes = 0;

  const keep = (accountId: string, token: { access_token: string; expires_in?: number }) => {
    const lifetime = Math.max(1, token.expires_in ?? DEFAULT_LIFETIME_S) * 1000;
    const refreshAt = clock.now().getTime() + lifetime - Math.min(REFRESH_MARGIN_MS, lifetime / 2);
    cache.set(accountId, { token: token.access_token, refreshAt });
  };

  /**
   * The provider refused `refused`. A sign-in may have replaced it while the refresh was out: then
   * the inbox is not expired. Sign-in writes the keychain, then the row (with a new updated_at):
   * a new token in the keychain, or a row changed since the refresh read it, means a sign-in got
   * there first; a sign-in that lands after the mark clears it again.
   */
  async function markExpired(accountId: string, refused: string, rowUpdatedAt: string): Promise<void> {
    const held = await vault.get(secretKey(accountId, 'oauth')).catch(() => refused); // unreadable: as before, mark it
    if (held !== refused) {
      log.info('refused sign-in already replaced', { id: accountId });
      return;
    }
    const r = await db
      .updateTable('accounts')
      .set({ sign_in_expired_at: clock.now().toISOString() })
      .where('id', '=', accountId)
      .where('auth_method', '=', 'oauth')
      .where('updated_at', '=', rowUpdatedAt)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) {
      log.info('refused sign-in already replaced', { id: accountId });
      return;
    }
    cache.delete(accountId);
    await deps.onExpired?.(accountId).catch((err: unknown) => log.error('sign-in expiry follow-up failed', { id: accountId, error: String(err) }));
    deps.events.emit('accounts.changed', { ids: [accountId] });
  }

  async function refresh(accountId: string): Promise<string> {
    const row = await db
      .selectFrom('accounts')
      .select(['auth_method', 'oauth_app_id', 'sign_in_expired_at', 'email', 'updated_at'])
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (!row) throw new SignInError('needs_sign_in', 'That inbox no longer exists');
    if (row.sign_in_expired_at) {
      throw new SignInError('sign_in_expired', `Sign-in expired — sign in again (the provider refused this inbox's sign-in on ${row.sign_in_expired_at.slice(0, 10)})`);
    }
    const app = row.oauth_app_id ? await oauthAppsRepo.getAppRow(db, row.oauth_app_id) : undefined;
    const refreshToken = await vault.get(secretKey(accountId, 'oauth'));
    if (row.auth_method !== 'oauth' || !app || refreshToken === null) {
      throw new SignInError('needs_sign_in', 'Not signed in yet — choose “Sign in” for this inbox');
    }
    const config = await deps.configs.get(app);
    const host = tokenHost(config);
    let tokens: oidc.TokenEndpointResponse;
    try {
      refreshes++;
      tokens = await deps.limiter.run(host, () => oidc.refreshTokenGrant(config, refreshToken));
    } catch (err) {
      const e = classifyOAuthError(err, 'refreshing the sign-in', host);
      e.message = scrubSecrets(e.message, [refreshToken]);
      if (e.code === 'sign_in_expired') {
        log.warn('sign-in expired', { id: accountId });
        await markExpired(accountId, refreshToken, row.updated_at);
      }
      throw e;
    }
    if (tokens.refresh_token && tokens.refresh_token !== refreshToken) {
      // Rotation: the old token is void from now on, so the new one must be kept.
      await vault.set(secretKey(accountId, 'oauth'), tokens.refresh_token);
    }
    keep(accountId, tokens);
    return tokens.access_token;
  }

  return {
    accessToken(accountId, opts = {}) {
      const hit = cache.get(accountId);
      if (hit && opts.rejected !== undefined && hit.token === opts.rejected) cache.delete(accountId);
      else if (hit && clock.now().getTime() < hit.refreshAt) return Promise.resolve(hit.token);
      const running = inflight.get(accountId);
      if (running) return running;
      const p = refresh(accountId).finally(() => inflight.delete(accountId));
      inflight.set(accountId, p);
      return p;
    },
    remember: keep,
    forget: (accountId) => void cache.delete(accountId),
    refreshCount: () => refreshes,
  };
}
