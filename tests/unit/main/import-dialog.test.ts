// The open dialog decides which file an import reads: a path the page made up shows the dialog
// (preview) or is refused (start); a chosen path is read again without asking.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showOpenDialog = vi.fn();
vi.mock('electron', () => ({ dialog: { showOpenDialog: (...args: unknown[]) => showOpenDialog(...args) } }));

const { createImportPaths } = await import('../../../electron/main/import-dialog');
const win = {} as never;

describe('import open dialog', () => {
  beforeEach(() => showOpenDialog.mockReset());

  it('replaces any path from the page with the chosen one, then accepts that path for preview and start', async () => {
    const withOpenPath = createImportPaths();
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/user/Downloads/smartlead.csv'] });
    const first = await withOpenPath(win, 'accounts.import.preview', { source: { path: '/home/user/.ssh/id_rsa' }, format: 'auto' });
    expect(first).toEqual({ input: { source: { path: '/home/user/Downloads/smartlead.csv' }, format: 'auto' } });
    expect(showOpenDialog).toHaveBeenCalledTimes(1);

    const again = { source: { path: '/home/user/Downloads/smartlead.csv' }, format: 'smartlead' };
    expect(await withOpenPath(win, 'accounts.import.preview', again)).toEqual({ input: again });
    expect(await withOpenPath(win, 'accounts.import.start', { ...again, on_duplicate: 'skip' })).toEqual({ input: { ...again, on_duplicate: 'skip' } });
    expect(showOpenDialog).toHaveBeenCalledTimes(1);
  });

  it('refuses to start on a path the dialog never gave, and a cancelled dialog is cancelled', async () => {
    const withOpenPath = createImportPaths();
    const start = await withOpenPath(win, 'accounts.import.start', { source: { path: '/etc/passwd' } });
    expect(start).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'source.path' } });
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await withOpenPath(win, 'accounts.import.preview', { source: { path: '' } })).toEqual({ ok: false, error: { code: 'cancelled', message: 'No file chosen' } });
  });

  it('passes pasted text and dropped bytes through untouched', async () => {
    const withOpenPath = createImportPaths();
    const input = { source: { text: 'Email\na@b.test\n' } };
    expect(await withOpenPath(win, 'accounts.import.preview', input)).toEqual({ input });
    expect(showOpenDialog).not.toHaveBeenCalled();
  });
});
