// One SMTP or IMAP check, from target to a stored-ready ProbeResult. Handles trust: certificates
// are always verified; when the user allowed self-signed on an inbox, the self-signed root the
// server presents is added as a trust anchor for that host (names and dates are still checked).
import type { ImapFlow } from 'imapflow';
import type { ProbeResult } from '../../../shared/connection';
import { classifyProbeError } from './classify';
import { withDeadline } from './deadline';
import { couldBeGreeting, printable } from './greeting-tap';
import { imapHandshake } from './imap';
import { fetchPeerCertificate } from './peer-certificate';
import { smtpHandshake } from './smtp';
import { pinKey, SELF_SIGNED_ERRORS, trustAnchors, trustOptions, type ProbeEnv } from './trust';
import { StepError, type HandshakeFacts, type ProbeTarget, type ProbeTimeouts, type TrustOptions } from './types';

export type { ProbeTarget, ProbeTimeouts } from './types';
export { sendTestEmail, type SendTarget } from './send';
export type { ProbeEnv } from './trust';


export async function probe(target: ProbeTarget, t: ProbeTimeouts, env: ProbeEnv): Promise<ProbeResult> {
  return (await probeSession(target, t, env, false)).result;
}

/**
 * An IMAP check that, when it succeeds, keeps its session logged in for the caller (who must log
 * it out): the hourly round reads the mailbox on the connection its test opened.
 */
export function probeImapSession(target: ProbeTarget, t: ProbeTimeouts, env: ProbeEnv): Promise<{ result: ProbeResult; session?: ImapFlow }> {
  return probeSession(target, t, env, target.protocol === 'imap');
}

async function probeSession(target: ProbeTarget, t: ProbeTimeouts, env: ProbeEnv, keep: boolean): Promise<{ result: ProbeResult; session?: ImapFlow }> {
  let session: ImapFlow | undefined;
  const result = await probeOnce(target, t, env, keep ? (c) => (session = c) : undefined);
  if (session && !result.ok) session.close();
  return result.ok && session ? { result, session } : { result };
}

async function probeOnce(target: ProbeTarget, t: ProbeTimeouts, env: ProbeEnv, keep?: (client: ImapFlow) => void): Promise<ProbeResult> {
  const base: ProbeResult = {
    protocol: target.protocol, ok: false, error: null, message: '', step: null, host: target.host, port: target.port,
    greeting: null, server_response: null, tls_version: null, auth_methods: [], capabilities: [], certificate: null,
    self_signed_allowed: false, latency_ms: 0, tested_at: env.now().toISOString(),
  };
  const key = pinKey(target.protocol, target.host, target.port);
  const handshake = target.protocol === 'smtp' ? smtpHandshake : (...a: Parameters<typeof smtpHandshake>) => imapHandshake(...a, keep);

  const attempt = async (trust: TrustOptions): Promise<{ facts: HandshakeFacts; ms: number }> => {
    const started = performance.now();
    let close = () => {};
    const facts = await withDeadline(handshake(target, t, trust, (c) => (close = c)), t.deadlineMs, () => close());
    return { facts, ms: Math.round(performance.now() - started) };
  };
  const success = (r: { facts: HandshakeFacts; ms: number }, pinned: boolean): ProbeResult => ({
    ...base, ...r.facts, ok: true, latency_ms: r.ms, self_signed_allowed: pinned,
    message: `${target.protocol.toUpperCase()} login works${pinned ? ' (self-signed certificate allowed for this inbox)' : ''}`,
  });
  const failure = (err: unknown, started: number): ProbeResult => {
    const step = err instanceof StepError ? err.step : 'connect';
    const c = classifyProbeError(err instanceof StepError ? err.original : err, target.protocol, step);
    const first = err instanceof StepError ? err.firstBytes : '';
    if (c.code === 'timeout' && target.security !== 'tls' && !couldBeGreeting(target.protocol, first)) {
      c.code = 'protocol_error';
      c.step = 'greeting';
      c.message = `${target.protocol.toUpperCase()}: the server answered with something that is not ${target.protocol.toUpperCase()} ("${printable(first)}") — check the port`;
      c.server_response = printable(first);
    }
    return { ...base, error: c.code, message: c.message, step: c.step, server_response: c.server_response, latency_ms: Math.round(performance.now() - started) };
  };

  const started = performance.now();
  const pinned = target.allowSelfSigned ? env.pins.get(key) : undefined;
  try {
    return success(await attempt(trustOptions(env, pinned)), pinned !== undefined);
  } catch (err) {
    const result = failure(err, started);
    if (result.error !== 'tls_error' || target.security === 'none') return result;

    // Say what the certificate is; retry with it pinned if the user allowed self-signed.
    const peer = await fetchPeerCertificate({
      protocol: target.protocol, host: target.host, port: target.port, security: target.security,
      timeoutMs: t.connectTimeoutMs + t.greetingTimeoutMs, ca: trustAnchors(env),
    }).catch(() => null);
    if (!peer) return result;
    result.certificate = peer.info;
    const selfSigned = peer.authorizationError !== null && SELF_SIGNED_ERRORS.has(peer.authorizationError);
    if (selfSigned && target.allowSelfSigned && peer.rootPem && peer.rootPem !== pinned) {
      try {
        const r = success(await attempt(trustOptions(env, peer.rootPem)), true);
        env.pins.set(key, peer.rootPem);
        return r;
      } catch (retryErr) {
        return { ...failure(retryErr, started), certificate: peer.info };
      }
    }
    const info = peer.info;
    if (info) {
      const what = `certificate for ${info.subject}${info.alt_names.length ? ` (${info.alt_names.join(', ')})` : ''}, issued by ${info.issuer}, valid until ${info.valid_to.slice(0, 10)}`;
      result.message += `. Server's ${what}`;
      if (selfSigned && !target.allowSelfSigned) result.message += '. If you trust this server, tick "Allow self-signed certificate" on this inbox';
    }
    return result;
  }
}
