// The redirect listener of a native-app sign-in (RFC 8252 §7.3): an HTTP server on 127.0.0.1
// at a port the system picks, alive for one sign-in. The browser is sent back to it with the
// authorization code; it accepts only a request that carries this sign-in's `state`, holds the
// browser's page until the app knows the outcome, then closes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Cancelled } from '../jobs/index';
import { SignInError } from './errors';

export interface RedirectHit {
  /** The full redirect URL with code (or error), state and iss. */
  url: URL;
  /** Answers the waiting browser tab with the outcome and closes the listener. */
  respond(ok: boolean, message: string): void;
}

export interface RedirectListener {
  redirectUri: string;
  /** The redirect carrying `state`; rejects on timeout or abort. */
  next(state: string, opts: { signal: AbortSignal; timeoutMs: number }): Promise<RedirectHit>;
  close(): void;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function resultPage(ok: boolean, message: string): string {
  const title = ok ? 'Inbox connected' : 'Sign-in not completed';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inboxfleet — ${title}</title></head>` +
    `<body style="font:16px system-ui,sans-serif;margin:48px auto;max-width:560px"><h1>${title}</h1>` +
    `<p>${escapeHtml(message)}</p><p>You can close this tab and return to Inboxfleet.</p></body></html>`;
}

export async function openRedirectListener(): Promise<RedirectListener> {
  const server = http.createServer();
  let expected: string | null = null;
  let deliver: ((hit: RedirectHit) => void) | null = null;
  let done = false;

  const close = () => {
    done = true;
    server.close();
    server.closeAllConnections();
  };

  server.on('request', (req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
      res.end(body);
    };
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/') return send(404, 'Not found');
    if (done || !deliver || url.searchParams.get('state') !== expected) {
      // Another tab, a reload after the fact, or a request that is not this sign-in's.
      return send(400, resultPage(false, 'This sign-in link is not the one Inboxfleet is waiting for. Start the sign-in again from the app.'));
    }
    const take = deliver;
    deliver = null;
    take({
      url: new URL(req.url ?? '/', redirectUri),
      respond: (ok, message) => {
        send(ok ? 200 : 400, resultPage(ok, message));
        close();
      },
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    redirectUri,
    close,
    next(state, { signal, timeoutMs }) {
      expected = state;
      return new Promise<RedirectHit>((resolve, reject) => {
        const finish = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
        };
        const timer = setTimeout(() => {
          finish();
          deliver = null;
          close();
          reject(new SignInError('timeout', `No answer from the browser within ${Math.round(timeoutMs / 1000)} s — start the sign-in again`));
        }, timeoutMs);
        const onAbort = () => {
          finish();
          deliver = null;
          close();
          reject(new Cancelled());
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        deliver = (hit) => {
          finish();
          resolve(hit);
        };
      });
    },
  };
}
