// Which URLs are the app itself: the dev server in development, the bundled file otherwise.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const rendererFile = (): string => path.join(__dirname, '../renderer/index.html');
export const devServerUrl = (): string | undefined => process.env['ELECTRON_RENDERER_URL'];

export function appEntryUrl(): string {
  return devServerUrl() ?? pathToFileURL(rendererFile()).toString();
}

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    const dev = devServerUrl();
    if (dev) return u.origin === new URL(dev).origin;
    // A file: URL's origin is opaque ("null"), so compare what makes it this file: scheme, host
    // (file://other-host/<same path> is another machine's file) and path; no credentials.
    const entry = new URL(pathToFileURL(rendererFile()).toString());
    return u.protocol === entry.protocol && u.host === entry.host && u.username === '' && u.password === '' && u.pathname === entry.pathname;
  } catch {
    return false;
  }
}
