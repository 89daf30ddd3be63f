// Turns whatever nodemailer, imapflow or Node threw into one of five codes and a sentence a
// user can act on. Messages name hosts and codes, never credentials.
import type { ProbeErrorCode } from '../../../shared/connection';
import { DeadlineExceeded } from './deadline';

export interface Classified {
  code: ProbeErrorCode;
  message: string;
  step: string;
  server_response: string | null;
}

const CERT_MESSAGES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server presented a self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in a self-signed certificate that is not trusted',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  CERT_NOT_YET_VALID: 'the server certificate is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate does not match the host name',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate is not signed by a trusted authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate is not signed by a trusted authority',
  UNABLE_TO_GET_ISSUER_CERT: 'the certificate is not signed by a trusted authority',
  CERT_REVOKED: 'the certificate has been revoked',
};

const UNREACHABLE: Record<string, string> = {
  ENOTFOUND: 'the host name does not exist in DNS',
  EAI_AGAIN: 'the host name could not be resolved (DNS failure)',
  EDNS: 'the host name could not be resolved (DNS failure)',
  ECONNREFUSED: 'the connection was refused (nothing listens on that port)',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network is unreachable',
  EADDRNOTAVAIL: 'the address is not available',
};

interface ErrLike {
  message?: string;
  code?: string;
  originalCode?: string;
  timeoutType?: string;
  response?: string;
  responseCode?: number;
  responseText?: string;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  command?: string;
  reason?: string;
  _err?: ErrLike;
  cause?: ErrLike;
}

const clip = (s: string | undefined | null, n = 300) =>
  s ? (s.length > n ? `${s.slice(0, n)}…` : s).replace(/[\r\n]+/g, ' ').trim() : null;

/** Codes of this error and the errors it wraps. */
function codesOf(e: ErrLike): string[] {
  const out: string[] = [];
  for (let cur: ErrLike | undefined = e, i = 0; cur && i < 4; cur = cur._err ?? cur.cause, i++) {
    if (cur.code) out.push(cur.code);
    if (cur.originalCode) out.push(cur.originalCode);
  }
  return out;
}

export function classifyProbeError(err: unknown, proto: 'smtp' | 'imap', stepHint: string): Classified {
  const name = proto.toUpperCase();
  if (err instanceof DeadlineExceeded) {
    return { code: 'timeout', message: `${name} check gave ${err.message} (at ${stepHint}); the server is too slow or stalls`, step: stepHint, server_response: null };
  }
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as ErrLike;
  const codes = codesOf(e);
  const msg = e.message ?? '';
  const response = clip(e.response ?? e.responseText);

  const cert = codes.find((c) => c in CERT_MESSAGES);
  if (cert) return { code: 'tls_error', message: `${name}: ${CERT_MESSAGES[cert]} (${cert})`, step: 'tls', server_response: null };

  if (e.authenticationFailed || codes.includes('EAUTH') || codes.includes('AUTHENTICATIONFAILED') || e.serverResponseCode === 'AUTHENTICATIONFAILED') {
    const noAuth = /not supported|no auth|authentication not/i.test(msg);
    return {
      code: 'auth_failed',
      message: noAuth
        ? `${name}: the server does not offer a login method the app can use`
        : `${name}: the server rejected the username or password — check them (Google and Microsoft need an app password when 2-step verification is on)`,
      step: 'auth',
      server_response: response,
    };
  }

  const timeout = codes.find((c) => ['ETIMEDOUT', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'ETIMEOUT', 'SOCKET_TIMEOUT'].includes(c));
  if (timeout || /timeout|timed out/i.test(msg)) {
    const kind = e.timeoutType ?? timeout ?? '';
    const step = /GREETING/.test(kind) || /greeting/i.test(msg) ? 'greeting' : /CONN|CONNECT/.test(kind) || /connection timeout/i.test(msg) ? 'connect' : stepHint;
    return { code: 'timeout', message: `${name}: no answer in time while waiting for the ${step === 'connect' ? 'connection' : step} — check host, port and firewall`, step, server_response: null };
  }

  const unreachable = codes.find((c) => c in UNREACHABLE);
  if (unreachable) return { code: 'unreachable', message: `${name}: ${UNREACHABLE[unreachable]} (${unreachable})`, step: 'connect', server_response: null };

  const tlsish = codes.some((c) => c === 'ETLS' || c === 'EPROTO' || c.startsWith('ERR_SSL') || c.startsWith('ERR_TLS')) ||
    /TLS|SSL|handshake|wrong version number/i.test(msg);
  if (tlsish) return { code: 'tls_error', message: `${name}: the TLS handshake failed — ${clip(msg, 160)}. Check the port and security setting (implicit TLS vs STARTTLS)`, step: 'tls', server_response: response };

  if (codes.includes('ECONNRESET') || /closed|socket hang up|ended/i.test(msg) || codes.includes('NoConnection') || codes.includes('ECONNECTION')) {
    return { code: 'protocol_error', message: `${name}: the server closed the connection (${stepHint === 'connect' ? 'before greeting' : `during ${stepHint}`})${response ? `: ${response}` : ''}`, step: stepHint, server_response: response };
  }

  return {
    code: 'protocol_error',
    message: `${name}: unexpected reply from the server — ${clip(msg, 200) ?? 'unknown error'}`,
    step: stepHint,
    server_response: response,
  };
}
