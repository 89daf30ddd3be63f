// accounts.import.* read a file only when the user chose it: a `{ path }` source the open dialog
// did not hand out shows the dialog (preview) or is refused (start). Once chosen, a path may be
// previewed again (other format or mapping) and imported without asking twice.
import { dialog, type BrowserWindow } from 'electron';
import type { MethodName } from '../../shared/contract';
import type { Result } from '../../shared/errors';

export type ImportMethod = Extract<MethodName, 'accounts.import.preview' | 'accounts.import.start'>;

export const isImportMethod = (m: MethodName): m is ImportMethod => m === 'accounts.import.preview' || m === 'accounts.import.start';

export function createImportPaths() {
  const chosen = new Set<string>();

  return async function withOpenPath(win: BrowserWindow, method: ImportMethod, input: unknown): Promise<Result<unknown> | { input: unknown }> {
    const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const source = fields['source'];
    if (typeof source !== 'object' || source === null || !('path' in source)) return { input };
    const asked = (source as { path: unknown }).path;
    if (typeof asked === 'string' && chosen.has(asked)) return { input };
    if (method === 'accounts.import.start') {
      return { ok: false, error: { code: 'forbidden', message: 'Choose the file again with "Choose file…": only files picked in the open dialog are read', field: 'source.path' } };
    }
    const choice = await dialog.showOpenDialog(win, {
      title: 'Import inboxes from a CSV file',
      properties: ['openFile'],
      filters: [
        { name: 'CSV or text', extensions: ['csv', 'txt', 'tsv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return { ok: false, error: { code: 'cancelled', message: 'No file chosen' } };
    chosen.add(path);
    // The renderer never decides which file is read: any path it sent is replaced.
    return { input: { ...fields, source: { path } } };
  };
}
