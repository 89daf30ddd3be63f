// The only code that touches ipcRenderer. Exposes exactly window.inboxfleet = { invoke, on }.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, METHOD_NAMES } from '../../shared/ipc-names';

const methods = new Set<string>(METHOD_NAMES);
const events = new Set<string>(EVENT_NAMES);

contextBridge.exposeInMainWorld('inboxfleet', {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (!methods.has(method)) {
      return Promise.resolve({ ok: false, error: { code: 'not_found', message: `unknown method: ${String(method).slice(0, 64)}` } });
    }
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input);
  },
  on(event: string, cb: (payload: unknown) => void): () => void {
    if (!events.has(event)) throw new Error(`unknown event: ${String(event).slice(0, 64)}`);
    const listener = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) cb(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, listener);
  },
});
