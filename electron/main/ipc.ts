// The one IPC wrapper: the only module that imports ipcMain. Every call is checked to come
// from the app's own window and page before core validates and runs it.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, isMethodName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { Core } from '../core/index';
import { isAppUrl } from './app-url';
import { withSavePath } from './export-dialog';
import { createImportPaths, isImportMethod } from './import-dialog';

export function wireIpc(core: Core, getWindow: () => BrowserWindow | null): () => void {
  const withOpenPath = createImportPaths();
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const win = getWindow();
    const frameUrl = event.senderFrame?.url ?? '';
    if (!win || event.sender !== win.webContents || event.senderFrame !== win.webContents.mainFrame || !isAppUrl(frameUrl)) {
      return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the Inboxfleet window' } };
    }
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'not_found', message: `unknown method: ${String(method).slice(0, 64)}` } };
    }
    if (method === 'export.csv' || method === 'export.clientReport') {
      const chosen = await withSavePath(win, input);
      if ('ok' in chosen) return chosen;
      return core.invoke(method, chosen.input);
    }
    if (isImportMethod(method)) {
      const chosen = await withOpenPath(win, method, input);
      if ('ok' in chosen) return chosen;
      return core.invoke(method, chosen.input);
    }
    return core.invoke(method, input);
  });

  const unsubscribe = EVENT_NAMES.map((name) =>
    core.events.on(name, (payload) => {
      const win = getWindow();
      if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, name, payload);
    }),
  );

  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe.forEach((off) => off());
  };
}
