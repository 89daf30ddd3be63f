// Sends a test email through an inbox's SMTP server with nodemailer and reports the server's
// answer, or a classified error.
import nodemailer from 'nodemailer';
import type { SendTestEmailResult } from '../../../shared/connection';
import { classifyProbeError } from './classify';
import { withDeadline } from './deadline';
import { pinKey, SELF_SIGNED_ERRORS, trustAnchors, trustOptions, type ProbeEnv } from './trust';
import { fetchPeerCertificate } from './peer-certificate';
import { smtpOptions } from './smtp';
import type { ProbeTarget, ProbeTimeouts, TrustOptions } from './types';

export interface SendTarget extends ProbeTarget {
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
}

async function sendOnce(target: SendTarget, t: ProbeTimeouts, trust: TrustOptions) {
  const transport = nodemailer.createTransport({
    ...smtpOptions(target, t, trust),
    auth: target.accessToken !== undefined
      ? { type: 'OAuth2' as const, user: target.username, accessToken: target.accessToken }
      : { user: target.username, pass: target.password },
  });
  try {
    return await withDeadline(
      transport.sendMail({ from: target.from, to: target.to, subject: target.subject, text: target.text }),
      t.deadlineMs,
      () => transport.close(),
    );
  } finally {
    transport.close();
  }
}

export async function sendTestEmail(target: SendTarget, t: ProbeTimeouts, env: ProbeEnv): Promise<SendTestEmailResult> {
  const key = pinKey('smtp', target.host, target.port);
  let pinned = target.allowSelfSigned ? env.pins.get(key) : undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const info = await sendOnce(target, t, trustOptions(env, pinned));
      const accepted = info.accepted.map(String);
      return {
        ok: accepted.length > 0,
        message_id: info.messageId ?? null,
        response: info.response ?? null,
        accepted,
        rejected: info.rejected.map(String),
        error: accepted.length > 0 ? null : 'protocol_error',
        message: accepted.length > 0 ? `Sent to ${accepted.join(', ')}` : 'The server accepted no recipient',
      };
    } catch (err) {
      const c = classifyProbeError(err, 'smtp', 'send');
      if (c.code === 'tls_error' && attempt === 0 && target.allowSelfSigned && target.security !== 'none') {
        const peer = await fetchPeerCertificate({
          protocol: 'smtp', host: target.host, port: target.port, security: target.security,
          timeoutMs: t.connectTimeoutMs + t.greetingTimeoutMs, ca: trustAnchors(env),
        }).catch(() => null);
        if (peer?.rootPem && peer.authorizationError && SELF_SIGNED_ERRORS.has(peer.authorizationError)) {
          pinned = peer.rootPem;
          env.pins.set(key, pinned);
          continue;
        }
      }
      return { ok: false, message_id: null, response: c.server_response, accepted: [], rejected: [], error: c.code, message: c.message };
    }
  }
  return { ok: false, message_id: null, response: null, accepted: [], rejected: [], error: 'tls_error', message: 'SMTP: the self-signed certificate could not be used' };
}
