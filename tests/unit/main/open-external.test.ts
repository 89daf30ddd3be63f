import { describe, expect, it, vi } from 'vitest';
import { browserOpener, isBrowsableUrl } from '../../../electron/main/open-external';

describe('opening sign-in pages in the browser', () => {
  it('hands only https (or loopback http) addresses to the OS', async () => {
    expect(isBrowsableUrl('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?x=1')).toBe(true);
    expect(isBrowsableUrl('http://127.0.0.1:4711/auth')).toBe(true);
    for (const bad of ['http://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@host/', 'nonsense']) {
      expect(isBrowsableUrl(bad), bad).toBe(false);
    }
    const shell = { openExternal: vi.fn(async () => undefined) };
    const open = browserOpener(shell);
    await open('https://accounts.google.com/o/oauth2/v2/auth');
    expect(shell.openExternal).toHaveBeenCalledWith('https://accounts.google.com/o/oauth2/v2/auth', { activate: true });
    await expect(open('file:///etc/passwd')).rejects.toThrow(/only https/);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});
