// The Electron side of alerts: desktop notifications with the app icon, the badge (dock and
// Unity launcher count via setBadgeCount, taskbar overlay on Windows), and the tray's tooltip and
// menu. Clicking a notification opens the window at the inbox, domain or Alerts screen.
import { app, Menu, Notification, Tray, type BrowserWindow } from 'electron';
import type { AlertCounts } from '../../shared/alerts';
import type { Core } from '../core/index';
import { isAppLink, wireAlertsUi } from './alerts-ui';
import { appIcon, badgeIcon, trayIcon } from './resources';

export function wireDesktopAlerts(core: Core, getWindow: () => BrowserWindow | null, show: () => BrowserWindow): () => void {
  const open = (link: string) => {
    const win = show();
    if (win.isMinimized()) win.restore();
    win.focus();
    if (isAppLink(link)) void win.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(link)}`);
  };

  let tray: Tray | null = null;
  try {
    tray = new Tray(trayIcon());
    tray.setToolTip('Inboxfleet');
    tray.on('click', () => open('#/alerts'));
  } catch {
    tray = null; // no system tray (some Linux desktops): notifications and badge still work
  }
  const trayMenu = (c: AlertCounts) =>
    Menu.buildFromTemplate([
      { label: 'Open Inboxfleet', click: () => open('#/accounts') },
      { label: c.open ? `Alerts (${c.open} open)` : 'Alerts', click: () => open('#/alerts') },
      { label: 'Check all inboxes now', click: () => void core.invoke('scheduler.runNow', undefined) },
      { type: 'separator' },
      { label: 'Quit Inboxfleet', role: 'quit' },
    ]);
  tray?.setContextMenu(trayMenu({ open: 0, unacknowledged: 0 }));

  const off = wireAlertsUi(core, {
    notify({ title, body, link }) {
      if (!Notification.isSupported()) return;
      const n = new Notification({ title, body, icon: appIcon(256), silent: false });
      n.on('click', () => open(link));
      n.show();
    },
    setBadge(count, counts) {
      app.setBadgeCount(count);
      const win = getWindow();
      if (process.platform === 'win32' && win && !win.isDestroyed()) {
        win.setOverlayIcon(count ? badgeIcon() : null, count ? `${count} new alert${count === 1 ? '' : 's'}` : '');
      }
      tray?.setToolTip(counts.open ? `Inboxfleet: ${counts.open} open alert${counts.open === 1 ? '' : 's'}` : 'Inboxfleet');
      tray?.setContextMenu(trayMenu(counts));
    },
  });
  return () => {
    off();
    tray?.destroy();
  };
}
