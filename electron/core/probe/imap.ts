// IMAP check with imapflow: connect (implicit TLS or STARTTLS), LOGIN/AUTHENTICATE, open INBOX,
// read capabilities, log out (or hand the session on to a mailbox scan).
import type { TLSSocket } from 'node:tls';
import { ImapFlow } from 'imapflow';
import { certificateInfo } from './certificate';
import { tapFirstBytes, type Tap } from './greeting-tap';
import { tlsOptions } from './trust';
import { StepError, type HandshakeFacts, type ProbeTarget, type ProbeTimeouts, type TrustOptions } from './types';

export function imapOptions(target: ProbeTarget, t: ProbeTimeouts, trust: TrustOptions) {
  return {
    host: target.host,
    port: target.port,
    secure: target.security === 'tls',
    doSTARTTLS: target.security === 'starttls' ? true : target.security === 'none' ? false : undefined,
    auth: target.accessToken !== undefined ? { user: target.username, accessToken: target.accessToken } : { user: target.username, pass: target.password },
    logger: false as const,
    connectionTimeout: t.connectTimeoutMs,
    greetingTimeout: t.greetingTimeoutMs,
    socketTimeout: t.socketTimeoutMs,
    // One short check, nothing to keep alive.
    disableAutoIdle: true,
    tls: tlsOptions(trust),
  };
}

export async function imapHandshake(
  target: ProbeTarget,
  t: ProbeTimeouts,
  trust: TrustOptions,
  onConnection: (close: () => void) => void,
  /** Takes the logged-in session instead of logging out (a round's scan goes on on it). */
  keep?: (client: ImapFlow) => void,
): Promise<HandshakeFacts> {
  const client = new ImapFlow(imapOptions(target, t, trust));
  // imapflow also emits 'error' for socket trouble after connect; the awaited calls report it.
  client.on('error', () => undefined);
  onConnection(() => client.close());
  let step = 'connect';
  let tap: Tap = tapFirstBytes(null);
  try {
    const connecting = client.connect();
    // Without a proxy, connect() opens the socket synchronously; nothing can have arrived yet.
    tap = tapFirstBytes((client as unknown as { socket?: TLSSocket }).socket);
    await connecting;
    const socket = (client as unknown as { socket?: TLSSocket }).socket;
    const secure = socket && typeof socket.getProtocol === 'function';
    const authCaps = (client as unknown as { authCapabilities?: Map<string, unknown> }).authCapabilities;
    const facts: HandshakeFacts = {
      greeting: client.greeting ?? null,
      tls_version: secure ? (socket.getProtocol() ?? null) : null,
      auth_methods: [...(authCaps?.keys() ?? [])].map((c) => c.replace(/^AUTH=/i, '').toUpperCase()),
      capabilities: [...client.capabilities.keys()],
      certificate: secure ? certificateInfo(socket.getPeerCertificate()) : null,
    };
    step = 'mailbox';
    const lock = await client.getMailboxLock('INBOX', { readOnly: true });
    lock.release();
    if (keep) {
      keep(client);
      return facts;
    }
    step = 'logout';
    await client.logout();
    return facts;
  } catch (err) {
    client.close();
    // connect() covers greeting, TLS and login; imapflow marks a rejected login itself.
    throw new StepError(step === 'connect' && isAuthError(err) ? 'auth' : step, err, tap.text());
  }
}

const isAuthError = (err: unknown) =>
  typeof err === 'object' && err !== null && (err as { authenticationFailed?: boolean }).authenticationFailed === true;
