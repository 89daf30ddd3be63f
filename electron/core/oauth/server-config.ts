// openid-client configurations per sign-in app: the provider's discovery document (one fetch
// per app and day, shared by every refresh), the client ID, and the secret from the keychain.
// Plain HTTP is allowed only for an authorization server on the loopback interface.
import * as oidc from 'openid-client';
import type { OAuthProvider } from '../../../shared/oauth';
import type { Clock } from '../clock';
import type { OAuthAppRow } from '../store/index';
import { appSecretKey, type Vault } from '../vault/index';
import { classifyOAuthError } from './errors';
import { isLoopbackHttp, PRESETS } from './providers';

const KEEP_MS = 24 * 60 * 60 * 1000;

export interface ConfigSource {
  get(app: OAuthAppRow): Promise<oidc.Configuration>;
}

export const issuerOf = (app: Pick<OAuthAppRow, 'issuer' | 'provider' | 'tenant'>): string =>
  app.issuer ?? PRESETS[app.provider as OAuthProvider].issuer(app.tenant);

/** Host of the token endpoint: what refreshes are limited per. */
export const tokenHost = (config: oidc.Configuration): string => new URL(String(config.serverMetadata().token_endpoint)).host;

export function createConfigSource(deps: { vault: Vault; clock: Clock; timeoutMs: () => number }): ConfigSource {
  const cache = new Map<string, { version: string; at: number; config: Promise<oidc.Configuration> }>();

  async function discover(app: OAuthAppRow): Promise<oidc.Configuration> {
    const issuer = issuerOf(app);
    const secret = app.secret_stored === 1 ? await deps.vault.get(appSecretKey(app.id)) : null;
    const insecure = isLoopbackHttp(issuer);
    try {
      return await oidc.discovery(
        new URL(issuer),
        app.client_id,
        secret ? { client_secret: secret } : undefined,
        secret ? oidc.ClientSecretPost(secret) : oidc.None(),
        { timeout: Math.ceil(deps.timeoutMs() / 1000), execute: insecure ? [oidc.allowInsecureRequests] : [] },
      );
    } catch (err) {
      throw classifyOAuthError(err, 'reading its sign-in settings (discovery)', new URL(issuer).host);
    }
  }

  return {
    get(app) {
      const version = `${app.updated_at}|${app.secret_stored}`;
      const hit = cache.get(app.id);
      const now = deps.clock.now().getTime();
      if (hit && hit.version === version && now - hit.at < KEEP_MS) return hit.config;
      // One discovery per app at a time; a failure is not kept.
      const config = discover(app);
      cache.set(app.id, { version, at: now, config });
      config.catch(() => cache.delete(app.id));
      return config;
    },
  };
}
