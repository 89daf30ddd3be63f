// export.csv needs a file: in the desktop app the user picks it in a save dialog; main puts the
// chosen path into the call before core runs it. A cancelled dialog is a `cancelled` result.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Result } from '../../shared/errors';

const NAMES: Record<string, string> = {
  accounts: 'inboxfleet-accounts', smartlead: 'inboxfleet-accounts-smartlead', instantly: 'inboxfleet-accounts-instantly', reports: 'inboxfleet-deliverability',
  history: 'inboxfleet-reputation-history', client: 'inboxfleet-client-report',
};

export async function withSavePath(win: BrowserWindow, input: unknown): Promise<Result<unknown> | { input: unknown }> {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  // export.clientReport names a format (csv or html) instead of a kind.
  const kind = typeof fields['kind'] === 'string' ? fields['kind'] : 'format' in fields ? 'client' : 'export';
  const html = fields['format'] === 'html';
  const day = new Date().toISOString().slice(0, 10);
  const choice = await dialog.showSaveDialog(win, {
    title: html ? 'Save the client report' : 'Export to CSV',
    defaultPath: path.join(app.getPath('documents'), `${NAMES[kind] ?? 'inboxfleet-export'}-${day}.${html ? 'html' : 'csv'}`),
    filters: [html ? { name: 'HTML report', extensions: ['html'] } : { name: 'CSV', extensions: ['csv'] }],
  });
  if (choice.canceled || !choice.filePath) return { ok: false, error: { code: 'cancelled', message: 'Export cancelled' } };
  // The renderer never decides where files go: any path it sent is replaced.
  return { input: { ...fields, path: choice.filePath } };
}
