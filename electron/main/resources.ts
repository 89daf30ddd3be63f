// The app's images: resources/ in the repo, copied beside app.asar by electron-builder.
import path from 'node:path';
import { app, nativeImage, type NativeImage } from 'electron';

const dir = (sub: string) => (app.isPackaged ? path.join(process.resourcesPath, sub) : path.join(app.getAppPath(), 'resources', sub));

/** The app icon (window, notifications) at a size from resources/icons. */
export const appIconPath = (size: 16 | 32 | 64 | 128 | 256 | 512 = 256): string => path.join(dir('icons'), `${size}x${size}.png`);

export const appIcon = (size?: 16 | 32 | 64 | 128 | 256 | 512): NativeImage => nativeImage.createFromPath(appIconPath(size));

/** The tray icon; Electron picks tray@2x.png beside it on high-density screens. */
export const trayIcon = (): NativeImage => nativeImage.createFromPath(path.join(dir('tray'), 'tray.png'));

/** Windows taskbar overlay (the badge there). */
export const badgeIcon = (): NativeImage => nativeImage.createFromPath(path.join(dir('tray'), 'badge.png'));
