import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/app';
import { expectNothingClipped } from './fixtures/layout';
import { writeSmartleadFile } from '../fixtures/import/generate';
import { fixturePath } from '../fixtures/import/index';

test('import a Smartlead file with two bad rows, then pause all inboxes of its client across pages', async ({ app }) => {
  const { page, core } = app;
  const hooli = await core.invoke('clients.create', { name: 'Hooli' });
  expect(hooli.ok).toBe(true);
  const file = path.join(app.dataDir, 'smartlead-hooli.csv');
  await writeSmartleadFile(file, 32, new Map([[5, 'email'], [20, 'port']]));
  app.chooseFile(file);

  await app.open('#/accounts');
  await page.getByTestId('open-import').click();
  await page.getByTestId('choose-file').click();

  // The preview: format, both bad rows with line and reason, nothing saved yet.
  await expect(page.getByTestId('file-info')).toContainText('smartlead-hooli.csv');
  await expect(page.getByTestId('file-info')).toContainText('Smartlead');
  await expect(page.getByTestId('preview-counts')).toContainText('30 rows ready to import, 2 rows with problems');
  const problems = page.getByTestId('preview-problems').getByTestId('problem-row');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toHaveAttribute('data-line', '7');
  await expect(problems.nth(0)).toContainText('sender5-at-bulk-5.test');
  await expect(problems.nth(0)).toContainText('email is not a valid address');
  await expect(problems.nth(1)).toHaveAttribute('data-line', '22');
  await expect(problems.nth(1)).toContainText('SMTP port must be between 1 and 65535');
  await expect(page.locator('[data-testid="mapping-row"][data-header="password"]')).toContainText('password present');
  await expect(page.getByTestId('sample-rows')).not.toContainText('Fx-pw-');
  expect((await core.invoke('accounts.list', {})).ok && (await core.invoke('accounts.list', {}))).toMatchObject({ data: { total: 0 } });
  await page.getByTestId('import-client').selectOption({ label: 'Hooli' });
  await page.screenshot({ path: 'test-results/import-preview.png', fullPage: true });

  // Import → progress → summary naming each failure.
  await page.getByTestId('start-import').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('count-created')).toContainText('30');
  await expect(page.getByTestId('count-failed')).toContainText('2');
  const failures = page.getByTestId('import-failures').getByTestId('problem-row');
  await expect(failures).toHaveCount(2);
  await expect(failures.nth(1)).toContainText('sender20@bulk-6.test');
  await expect(failures.nth(1)).toContainText('smtp_port');
  await expect(page.getByTestId('test-imported')).toContainText('Test the imported inboxes (30 inboxes)');
  await page.screenshot({ path: 'test-results/import-summary.png', fullPage: true });

  // The table shows the new inboxes.
  await page.getByTestId('view-inboxes').click();
  await expect(page.getByTestId('page-summary')).toHaveText('Showing 1–25 of 30');
  await expect(page.locator('[data-testid="account-row"][data-email="sender31@bulk-3.test"]')).toBeVisible();

  // Another inbox outside the client, which the bulk action must leave alone.
  await core.invoke('accounts.create', { email: 'other@globex.test', display_name: 'Other', smtp_host: 'smtp.globex.test', smtp_port: 587, smtp_password: 'x', test: false });
  await page.getByTestId('filter-client').selectOption({ label: 'Hooli' });
  await expect(page.getByTestId('page-summary')).toHaveText('Showing 1–25 of 30');
  await page.getByLabel('Select all on this page').check();
  await expect(page.getByTestId('bulk-count')).toHaveText('25 selected');
  await page.getByTestId('select-all-matching').click();
  await expect(page.getByTestId('select-all-banner')).toContainText('All 30 inboxes of client Hooli are selected');
  await expect(page.getByTestId('bulk-count')).toHaveText('All 30 inboxes matching');
  await page.getByTestId('bulk-pause').click();
  await expect(page.getByTestId('confirm-body')).toHaveText('Pause 30 inboxes of client Hooli?');
  await page.screenshot({ path: 'test-results/bulk-confirmation.png' });
  await page.getByTestId('confirm-button').click();

  await expect(page.getByTestId('job-progress')).toContainText('30 of 30');
  await expect(page.getByTestId('bulk-summary')).toHaveText('30 inboxes paused.');
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
  const paused = await core.invoke('accounts.list', { client_id: hooli.ok ? hooli.data.id : '', status: 'paused', per_page: 100 });
  expect(paused.ok && paused.data.total).toBe(30);
  const other = await core.invoke('accounts.list', { search: 'other@' });
  expect(other.ok && other.data.items[0]!.status).toBe('active');
  // Across pages: the second page shows paused inboxes too.
  await page.getByRole('button', { name: 'Next ›' }).click();
  await expect(page.getByTestId('page-summary')).toHaveText('Showing 26–30 of 30');
  await expect(page.getByTestId('status-badge').filter({ hasText: 'paused' })).toHaveCount(5);

  // A new filter drops the selection, saying so.
  await page.getByLabel('Select all on this page').check();
  await page.getByTestId('filter-client').selectOption('');
  await expect(page.getByTestId('selection-note')).toHaveText('Selection cleared because the filter changed.');
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
});

test('drop a Windows-1252 file and paste rows: umlauts survive, each column says how it was read', async ({ app }) => {
  const { page } = app;
  await app.open('#/import');
  const bytes = readFileSync(fixturePath('excel-de-windows-1252.csv')).toString('base64');
  await page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], 'export-de.csv', { type: 'text/csv' }));
    document.querySelector('[data-testid="dropzone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(page.getByTestId('file-info')).toContainText('WINDOWS-1252');
  await expect(page.getByTestId('file-info')).toContainText('";"-separated');
  await expect(page.getByTestId('sample-rows')).toContainText('Björn Größ');
  await expect(page.getByTestId('sample-rows')).toContainText('Änne Öztürk-Weiß');

  // Override a column's field: the preview reads the file again with it.
  await page.getByLabel('Read column Last Name as').selectOption('');
  await expect(page.locator('[data-testid="sample-row"][data-email="bjoern@mueller-mail.test"]')).toContainText('Björn');
  await expect(page.locator('[data-testid="sample-row"][data-email="bjoern@mueller-mail.test"]')).not.toContainText('Größ');
  // A double click starts one import: the button is disabled while core answers the first.
  await page.evaluate(() => {
    const w = window as unknown as { inboxfleet: { invoke(m: string, i: unknown): Promise<unknown> }; __starts: number };
    const invoke = w.inboxfleet.invoke;
    w.__starts = 0;
    w.inboxfleet.invoke = (m, i) => {
      if (m === 'accounts.import.start') w.__starts++;
      return invoke(m, i);
    };
  });
  await page.getByTestId('start-import').dblclick();
  await expect(page.getByTestId('count-created')).toContainText('3');
  expect(await page.evaluate(() => (window as unknown as { __starts: number }).__starts)).toBe(1);

  await page.getByRole('button', { name: 'Import another file' }).click();
  await page.getByText('Or paste rows').click();
  await page.getByTestId('paste-text').fill('Email\tSMTP Host\tSMTP Port\tPassword\nzed@paste.test\tsmtp.paste.test\t465.0\tFx-pw-zed');
  await page.getByTestId('paste-preview').click();
  await expect(page.getByTestId('sample-rows')).toContainText('smtp.paste.test:465 tls');
  await expect(page.getByTestId('sample-rows')).not.toContainText('Fx-pw-zed');
});

test('the accounts table shows every column at 1280×820, and paging or sorting returns to the top', async ({ app }) => {
  const { page, core } = app;
  await page.setViewportSize({ width: 1280, height: 820 });
  const file = path.join(app.dataDir, 'many.csv');
  await writeSmartleadFile(file, 60);
  const started = await core.invoke('accounts.import.start', { source: { text: readFileSync(file, 'utf8') } });
  expect(started.ok).toBe(true);
  await expect.poll(async () => { const r = await core.invoke('accounts.list', {}); return r.ok && r.data.total; }).toBe(60);
  await app.open('#/accounts');
  await page.getByLabel('Per page').selectOption('50');
  const table = page.getByTestId('accounts-table');
  await expect(page.getByTestId('account-row').first()).toBeVisible();

  // No column clipped: nothing to scroll sideways, and the last row action sits inside the table.
  const box = (await table.boundingBox())!;
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  for (const header of await page.getByRole('columnheader').all()) {
    const h = (await header.boundingBox())!;
    expect(h.x + h.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  await expectNothingClipped(table);
  const del = (await page.getByTestId('account-row').first().getByTestId('delete').boundingBox())!;
  expect(del.x + del.width).toBeLessThanOrEqual(box.x + box.width);
  expect(del.x + del.width).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: 'test-results/accounts-table-1280.png' });

  // Scrolled down, a new page or a new sort starts at the top again.
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Next ›' }).click();
  await expect(page.getByTestId('page-summary')).toHaveText('Showing 51–60 of 60');
  await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBe(0);
  await page.getByRole('button', { name: '‹ Prev' }).click();
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.getByTestId('sort-email').click();
  await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBe(0);

  // A narrower window scrolls header and rows together, sideways.
  await page.setViewportSize({ width: 1000, height: 820 });
  await table.evaluate((el) => el.scrollTo({ left: 200 }));
  const header = page.getByRole('row').first();
  const firstRow = page.getByTestId('account-row').first();
  await expect.poll(async () => (await header.boundingBox())!.x - (await firstRow.boundingBox())!.x).toBe(0);
});
