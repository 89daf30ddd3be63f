// Sign-in pages open in the user's own browser (RFC 8252: never an embedded web view), through
// shell.openExternal. Only web addresses are handed to the OS: https, or http to the loopback
// interface (a local authorization server).
import type { Shell } from 'electron';

export function isBrowsableUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.username || u.password) return false;
    return u.protocol === 'https:' || (u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname));
  } catch {
    return false;
  }
}

/** The `openUrl` core takes: refuses anything but a web address, then asks the OS to open it. */
export function browserOpener(shell: Pick<Shell, 'openExternal'>): (url: string) => Promise<void> {
  return async (url) => {
    if (!isBrowsableUrl(url)) throw new Error('only https:// sign-in pages are opened');
    await shell.openExternal(url, { activate: true });
  };
}
