// App lifecycle: single instance, open core (migrations run before the window), wire IPC.
import path from 'node:path';
import { app, BrowserWindow, dialog, net, powerMonitor, shell } from 'electron';
import { AppError } from '../../shared/errors';
import { createConsoleLogger, createKeytarVault, openCore, type Core } from '../core/index';
import { wireDesktopAlerts } from './desktop-alerts';
import { wireIpc } from './ipc';
import { browserOpener } from './open-external';
import { appIconPath } from './resources';
import { applySessionGuards, createMainWindow } from './window';

app.setName('Inboxfleet');
// Tests point the app at a throwaway folder; users get Electron's per-user data folder.
if (process.env['INBOXFLEET_DATA_DIR']) app.setPath('userData', path.resolve(process.env['INBOXFLEET_DATA_DIR']));

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.whenReady().then(start, (err: unknown) => fail(err));
}

async function start(): Promise<void> {
  const log = createConsoleLogger('main');
  try {
    core = await openCore({
      dataDir: app.getPath('userData'), vault: createKeytarVault(), log, appVersion: app.getVersion(),
      // Rounds wait while offline instead of reporting every inbox as unreachable.
      isOnline: () => net.isOnline(),
      // Sign-in pages open in the system browser; core's loopback listener takes the redirect.
      openUrl: browserOpener(shell),
    });
  } catch (err) {
    fail(err);
    return;
  }
  applySessionGuards();
  wireIpc(core, () => mainWindow);
  const showWindow = (): BrowserWindow => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow(appIconPath(256));
      mainWindow.on('closed', () => (mainWindow = null));
    }
    return mainWindow;
  };
  // Back from the browser: bring the app forward to show the result of the sign-in.
  core.events.on('signIn.prompt', (p) => {
    if (p.status === 'received' && mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  showWindow();
  wireDesktopAlerts(core, () => mainWindow, showWindow);
  // Hourly rounds; a round missed while the app was closed runs shortly after start, one missed
  // while the computer slept shortly after it wakes.
  const c = core;
  void c.scheduler.start().catch((err: unknown) => log.error('scheduler did not start', { error: String(err) }));
  powerMonitor.on('resume', () => void c.scheduler.wake());
  powerMonitor.on('unlock-screen', () => void c.scheduler.wake());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });
}

function fail(err: unknown): void {
  const message = err instanceof AppError ? err.message : `Inboxfleet could not start: ${err instanceof Error ? err.message : String(err)}`;
  dialog.showErrorBox('Inboxfleet', message);
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let closing = false;
app.on('will-quit', (event) => {
  if (!core || closing) return;
  closing = true;
  event.preventDefault();
  void core.close().finally(() => app.quit());
});
