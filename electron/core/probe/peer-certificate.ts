// Fetches the certificate a server presents without trusting it and without sending any
// credentials: to tell the user what is wrong with it, and to pin a self-signed one the user
// allowed. Speaks just enough SMTP/IMAP to reach STARTTLS.
import net from 'node:net';
import tls, { type DetailedPeerCertificate } from 'node:tls';
import type { CertificateInfo } from '../../../shared/connection';
import { certificateInfo } from './certificate';

export interface PeerCertificate {
  info: CertificateInfo | null;
  /** PEM of the chain's root as presented (the leaf itself when self-signed). */
  rootPem: string | null;
  /** Node's verdict against the default trust store, e.g. DEPTH_ZERO_SELF_SIGNED_CERT; null = trusted. */
  authorizationError: string | null;
}

export interface PeerTarget {
  protocol: 'smtp' | 'imap';
  host: string;
  port: number;
  security: 'tls' | 'starttls';
  timeoutMs: number;
  ca?: string[];
}

const MAX_PREAMBLE = 64 * 1024;

const toPem = (raw: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${raw.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;

function chainRoot(cert: DetailedPeerCertificate): DetailedPeerCertificate {
  let c = cert;
  const seen = new Set<DetailedPeerCertificate>();
  while (c.issuerCertificate && c.issuerCertificate !== c && !seen.has(c)) {
    seen.add(c);
    c = c.issuerCertificate;
  }
  return c;
}

/** Reads lines until `done(line)` is true; rejects on close, overflow or timeout. */
function readUntil(socket: net.Socket, done: (line: string) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const cleanup = () => {
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.off('error', onClose);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('connection closed during STARTTLS'));
    };
    const onData = (chunk: Buffer) => {
      buf += chunk.toString('latin1');
      if (buf.length > MAX_PREAMBLE) {
        cleanup();
        reject(new Error('server reply too long'));
        return;
      }
      const lines = buf.split(/\r?\n/);
      buf = lines.pop() ?? '';
      if (lines.some(done)) {
        cleanup();
        resolve();
      }
    };
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.once('error', onClose);
  });
}

async function startTls(socket: net.Socket, protocol: 'smtp' | 'imap'): Promise<void> {
  if (protocol === 'smtp') {
    await readUntil(socket, (l) => /^220 /.test(l));
    socket.write('EHLO inboxfleet.invalid\r\n');
    await readUntil(socket, (l) => /^\d{3} /.test(l));
    socket.write('STARTTLS\r\n');
    await readUntil(socket, (l) => /^\d{3} /.test(l));
  } else {
    await readUntil(socket, (l) => /^\* (OK|PREAUTH)/i.test(l));
    socket.write('a1 STARTTLS\r\n');
    await readUntil(socket, (l) => /^a1 /i.test(l));
  }
}

export async function fetchPeerCertificate(target: PeerTarget): Promise<PeerCertificate> {
  let plain: net.Socket | undefined;
  let secure: tls.TLSSocket | undefined;
  const timer = setTimeout(() => {
    plain?.destroy();
    secure?.destroy();
  }, target.timeoutMs);
  try {
    const servername = net.isIP(target.host) ? undefined : target.host;
    const tlsOpts = { servername, rejectUnauthorized: false, ca: target.ca };
    if (target.security === 'starttls') {
      plain = net.connect({ host: target.host, port: target.port });
      await new Promise<void>((resolve, reject) => {
        plain!.once('connect', resolve);
        plain!.once('error', reject);
        plain!.once('close', () => reject(new Error('connection closed')));
      });
      await startTls(plain, target.protocol);
    }
    secure = tls.connect(
      plain ? { socket: plain, ...tlsOpts } : { host: target.host, port: target.port, ...tlsOpts },
    );
    await new Promise<void>((resolve, reject) => {
      secure!.once('secureConnect', resolve);
      secure!.once('error', reject);
      secure!.once('close', () => reject(new Error('connection closed during TLS handshake')));
    });
    const cert = secure.getPeerCertificate(true);
    const root = cert?.raw ? chainRoot(cert) : null;
    const authErr = secure.authorizationError;
    return {
      info: certificateInfo(cert),
      rootPem: root?.raw ? toPem(root.raw) : null,
      authorizationError: authErr ? String((authErr as unknown as { code?: string }).code ?? authErr) : null,
    };
  } finally {
    clearTimeout(timer);
    secure?.destroy();
    plain?.destroy();
  }
}
