// The Electron side of alerts with electron mocked: a digest shows one notification with the app
// icon; the badge count goes to setBadgeCount (and the taskbar overlay on Windows); a click
// opens the window at the link.
import { describe, expect, it, vi } from 'vitest';
import { createEvents } from '../../../electron/core/events';

const calls = vi.hoisted(() => ({ badge: [] as number[], notifications: [] as { title: string; body: string; icon: unknown }[], clicks: [] as (() => void)[], images: [] as string[] }));
vi.mock('electron', () => ({
  app: { isPackaged: false, getAppPath: () => '/repo', setBadgeCount: (n: number) => calls.badge.push(n) },
  nativeImage: { createFromPath: (p: string) => (calls.images.push(p), { path: p }) },
  Menu: { buildFromTemplate: (t: unknown) => t },
  Tray: class { setToolTip() {} setContextMenu() {} on() {} destroy() {} },
  Notification: class {
    static isSupported = () => true;
    constructor(o: { title: string; body: string; icon: unknown }) { calls.notifications.push(o); }
    on(_e: string, cb: () => void) { calls.clicks.push(cb); }
    show() {}
  },
}));

const { wireDesktopAlerts } = await import('../../../electron/main/desktop-alerts');

describe('desktop alerts', () => {
  it('notifies with the app icon, badges the unacknowledged count, and a click opens the link', async () => {
    const events = createEvents();
    const js: string[] = [];
    const win = { isMinimized: () => false, restore() {}, focus() {}, isDestroyed: () => false, setOverlayIcon() {}, webContents: { executeJavaScript: async (s: string) => js.push(s) } };
    const core = { events, invoke: async () => ({ ok: true, data: { open: 1, unacknowledged: 1 } }) } as never;
    wireDesktopAlerts(core, () => win as never, () => win as never);
    await new Promise((r) => setImmediate(r));
    events.emit('alerts.digest', {
      id: 'd', created_at: '', title: 'anna@acme.test cannot log in', body: 'Open Inboxfleet → Alerts for details.', opened: 1, resolved: 0,
      items: [{ alert_id: 'a', change: 'opened', kind: 'connection', severity: 'critical', title: 'anna@acme.test cannot log in', link: '#/accounts/abc' }],
    });
    events.emit('alerts.changed', { open: 2, unacknowledged: 0 });
    expect(calls.badge).toEqual([1, 0]);
    expect(calls.notifications).toEqual([{ title: 'anna@acme.test cannot log in', body: 'Open Inboxfleet → Alerts for details.', icon: { path: '/repo/resources/icons/256x256.png' }, silent: false }]);
    calls.clicks[0]!();
    expect(js).toEqual(['window.location.hash = "#/accounts/abc"']);
    expect(calls.images).toContain('/repo/resources/tray/tray.png');
  });
});
