// Turns what openid-client throws into a probe error code and words a user can act on.
import * as oidc from 'openid-client';
import type { ProbeErrorCode } from '../../../shared/connection';

/** A sign-in or token refresh that failed, with the code a probe result or AppError carries. */
export class SignInError extends Error {
  constructor(
    readonly code: ProbeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

/** Token-endpoint answers that mean the refresh token is dead: only a new sign-in helps. */
const DEAD_GRANT = new Set(['invalid_grant', 'interaction_required', 'consent_required', 'login_required']);

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);

const clip = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/[\r\n]+/g, ' ');

function causeCode(err: unknown): string | undefined {
  for (let cur = err as { code?: unknown; cause?: unknown } | undefined, i = 0; cur && i < 4; cur = cur.cause as typeof cur, i++) {
    if (typeof cur.code === 'string' && cur.code !== 'OAUTH_RESPONSE_BODY_ERROR') return cur.code;
  }
  return undefined;
}

/** `what` names the step for the message: "refreshing the sign-in", "finishing the sign-in". */
export function classifyOAuthError(err: unknown, what: string, host: string): SignInError {
  if (err instanceof SignInError) return err;
  if (err instanceof oidc.ResponseBodyError) {
    const said = `${err.error}${err.error_description ? `: ${clip(err.error_description)}` : ''}`;
    if (DEAD_GRANT.has(err.error)) return new SignInError('sign_in_expired', `Sign-in expired — sign in again (the provider said ${said})`);
    if (err.error === 'invalid_client' || err.error === 'unauthorized_client') {
      return new SignInError('auth_failed', `The provider rejected the sign-in app while ${what} (${said}): check its client ID and secret in Settings → Sign-in apps`);
    }
    return new SignInError('protocol_error', `The provider refused ${what} (${said})`);
  }
  const code = causeCode(err);
  if (code === 'OAUTH_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') {
    return new SignInError('timeout', `No answer from ${host} in time while ${what}`);
  }
  if (code && UNREACHABLE.has(code)) return new SignInError('unreachable', `Could not reach ${host} while ${what} (${code})`);
  if (code && /CERT|SSL|TLS/.test(code)) return new SignInError('tls_error', `The TLS connection to ${host} failed while ${what} (${code})`);
  const message = err instanceof Error ? err.message : String(err);
  return new SignInError('protocol_error', `Unexpected answer from ${host} while ${what}: ${clip(message)}`);
}
