// SMTP check with nodemailer's SMTPConnection: the same connect → (STARTTLS | implicit TLS) →
// AUTH → QUIT sequence transport.verify() runs, driven directly so the result can report the
// greeting, TLS version and AUTH methods the server offered.
import type { TLSSocket } from 'node:tls';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import XOAuth2 from 'nodemailer/lib/xoauth2';
import { certificateInfo } from './certificate';
import { tapFirstBytes } from './greeting-tap';
import { tlsOptions } from './trust';
import { StepError, type HandshakeFacts, type ProbeTarget, type ProbeTimeouts, type TrustOptions } from './types';

interface Capture {
  lines: string[];
}

/** A logger that keeps only what the server said; client lines (which carry AUTH) are dropped. */
function serverLineLogger(capture: Capture) {
  const keep = (entry: unknown, message?: unknown) => {
    // A multi-line reply (EHLO) arrives as one message.
    if ((entry as { tnx?: string } | undefined)?.tnx === 'server' && typeof message === 'string' && capture.lines.length < 200) {
      for (const line of message.split(/\r?\n/)) if (line) capture.lines.push(line.slice(0, 500));
    }
  };
  const noop = () => undefined;
  return { trace: noop, debug: keep, info: noop, warn: noop, error: noop, fatal: noop };
}

export function smtpOptions(target: ProbeTarget, t: ProbeTimeouts, trust: TrustOptions) {
  return {
    host: target.host,
    port: target.port,
    secure: target.security === 'tls',
    requireTLS: target.security === 'starttls',
    ignoreTLS: target.security === 'none',
    connectionTimeout: t.connectTimeoutMs,
    greetingTimeout: t.greetingTimeoutMs,
    socketTimeout: t.socketTimeoutMs,
    dnsTimeout: t.connectTimeoutMs,
    name: 'inboxfleet.local',
    tls: tlsOptions(trust),
  };
}

export function smtpHandshake(
  target: ProbeTarget,
  t: ProbeTimeouts,
  trust: TrustOptions,
  onConnection: (close: () => void) => void,
): Promise<HandshakeFacts> {
  const capture: Capture = { lines: [] };
  const conn = new SMTPConnection({ ...smtpOptions(target, t, trust), logger: serverLineLogger(capture), transactionLog: true });
  onConnection(() => conn.close());
  let step = 'connect';
  let tap = tapFirstBytes(null);

  return new Promise<HandshakeFacts>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      conn.close();
      reject(new StepError(step, err, tap.text()));
    };
    conn.once('error', fail);
    conn.once('end', () => fail(new Error('Connection closed')));
    conn.connect((err?: Error | null) => {
      if (err) return fail(err);
      const socket = conn._socket as TLSSocket | false | null;
      const secure = socket && typeof socket.getProtocol === 'function';
      const ehlo = lastEhloBlock(capture.lines);
      const authLine = ehlo.find((l) => /^AUTH[ =]/i.test(l));
      const facts: HandshakeFacts = {
        greeting: capture.lines[0] ?? null,
        tls_version: secure ? (socket.getProtocol() ?? null) : null,
        auth_methods: authLine ? authLine.slice(5).trim().split(/\s+/).map((m) => m.toUpperCase()) : [],
        capabilities: ehlo,
        certificate: secure ? certificateInfo(socket.getPeerCertificate()) : null,
      };
      // As transport.verify() does: a server that offers no AUTH is not asked to log in.
      if (!conn.allowsAuth) {
        settled = true;
        conn.quit();
        resolve(facts);
        return;
      }
      step = 'auth';
      conn.login(smtpCredentials(target), (loginErr?: Error | null) => {
        if (loginErr) return fail(loginErr);
        if (settled) return;
        settled = true;
        conn.quit();
        resolve(facts);
      });
    });
    // connect() opened the socket synchronously; nothing can have arrived yet.
    tap = tapFirstBytes(conn._socket);
  });
}

/** Password (PLAIN/LOGIN) or, with an access token, XOAUTH2 (a refused token is not renewed here). */
function smtpCredentials(target: ProbeTarget): SMTPConnection.AuthenticationCredentials {
  if (target.accessToken === undefined) return { user: target.username, pass: target.password };
  return { user: target.username, method: 'XOAUTH2', oauth2: new XOAuth2({ user: target.username, accessToken: target.accessToken }) };
}

/** Extension keywords of the last EHLO answer (after STARTTLS the server announces them again). */
function lastEhloBlock(lines: string[]): string[] {
  const block: string[] = [];
  for (let i = lines.length - 1; i >= 0 && /^250[ -]/.test(lines[i] ?? ''); i--) block.unshift(lines[i]!.slice(4).trim());
  return block.slice(1); // the first line is the server's name, not an extension
}
