// One browser sign-in (RFC 8252): authorization code with PKCE, state and nonce, sent to the
// system browser through the injected `openUrl`, answered at a loopback listener, exchanged
// for tokens by openid-client. The ID token (openid email) says which address signed in.
import * as oidc from 'openid-client';
import { classifyOAuthError, SignInError } from './errors';
import { openRedirectListener } from './loopback';
import type { ProviderPreset } from './providers';

export interface AuthorizeArgs {
  config: oidc.Configuration;
  preset: ProviderPreset;
  loginHint: string | null;
  openUrl(url: string): Promise<void>;
  onPrompt(url: string, status: 'waiting' | 'received'): void;
  signal: AbortSignal;
  timeoutMs: number;
}

export interface Authorized {
  tokens: oidc.TokenEndpointResponse;
  /** The address the provider says signed in, lower-cased; null when it did not say. */
  email: string | null;
  /** Shows the outcome in the browser tab that is waiting, and closes the listener. */
  respond(ok: boolean, message: string): void;
}

/** The user said no (or the provider refused before asking). */
export class AuthorizationDenied extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(message);
    this.name = 'AuthorizationDenied';
  }
}

const looksLikeAddress = (v: unknown): v is string => typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);

export async function authorize(args: AuthorizeArgs): Promise<Authorized> {
  const { config, preset } = args;
  const listener = await openRedirectListener();
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: listener.redirectUri,
    scope: preset.scopes.join(' '),
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...preset.authParams,
    ...(args.loginHint ? { login_hint: args.loginHint } : {}),
  }).href;

  const waiting = listener.next(state, { signal: args.signal, timeoutMs: args.timeoutMs });
  // Settled below in every path; this only keeps an early failure from being "unhandled".
  waiting.catch(() => undefined);
  args.onPrompt(url, 'waiting');
  try {
    await args.openUrl(url);
  } catch (err) {
    listener.close();
    throw new SignInError('protocol_error', `Could not open the browser (${err instanceof Error ? err.message : String(err)}): open the sign-in page yourself from the app`);
  }
  const hit = await waiting;
  args.onPrompt(url, 'received');

  const error = hit.url.searchParams.get('error');
  if (error) {
    const described = hit.url.searchParams.get('error_description');
    const message = error === 'access_denied' ? 'Access was not allowed at the sign-in page' : `The provider ended the sign-in: ${error}${described ? ` (${described.slice(0, 200)})` : ''}`;
    hit.respond(false, message);
    throw new AuthorizationDenied(error, message);
  }
  try {
    const tokens = await oidc.authorizationCodeGrant(config, hit.url, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
    const claims = tokens.claims();
    const email = [claims?.['email'], claims?.['preferred_username'], claims?.['upn']].find(looksLikeAddress)?.toLowerCase() ?? null;
    return { tokens, email, respond: hit.respond };
  } catch (err) {
    const e = classifyOAuthError(err, 'finishing the sign-in', new URL(String(config.serverMetadata().token_endpoint)).host);
    hit.respond(false, e.message);
    throw e;
  }
}
