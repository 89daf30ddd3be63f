// The save dialog decides where an export goes; a path sent by the page is never used.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showSaveDialog = vi.fn();
vi.mock('electron', () => ({
  app: { getPath: () => '/home/user/Documents' },
  dialog: { showSaveDialog: (...args: unknown[]) => showSaveDialog(...args) },
}));

const { withSavePath } = await import('../../../electron/main/export-dialog');
const win = {} as never;

describe('export save dialog', () => {
  beforeEach(() => showSaveDialog.mockReset());

  it('replaces any path from the page with the one the user chose, offering a dated default name', async () => {
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/user/Documents/acme.csv' });
    const r = await withSavePath(win, { kind: 'accounts', path: '/etc/cron.d/evil', filter: { provider: 'google' } });
    expect(r).toEqual({ input: { kind: 'accounts', path: '/home/user/Documents/acme.csv', filter: { provider: 'google' } } });
    const options = showSaveDialog.mock.calls[0]![1] as { defaultPath: string };
    expect(options.defaultPath).toMatch(/^\/home\/user\/Documents\/inboxfleet-accounts-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('a cancelled dialog is a cancelled result and nothing is written', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await withSavePath(win, { kind: 'history' })).toEqual({ ok: false, error: { code: 'cancelled', message: 'Export cancelled' } });
  });
});

describe('client report save dialog', () => {
  beforeEach(() => showSaveDialog.mockReset());

  it('offers an .html file for the HTML report and replaces the page path', async () => {
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/user/Documents/acme.html' });
    const r = await withSavePath(win, { client_id: 'c1', format: 'html', path: '/tmp/evil' });
    expect(r).toEqual({ input: { client_id: 'c1', format: 'html', path: '/home/user/Documents/acme.html' } });
    const options = showSaveDialog.mock.calls[0]![1] as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(options.defaultPath).toMatch(/inboxfleet-client-report-\d{4}-\d{2}-\d{2}\.html$/);
    expect(options.filters[0]!.extensions).toEqual(['html']);
  });
});
