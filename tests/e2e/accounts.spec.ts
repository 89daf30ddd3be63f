import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';

const CANARY = 'E2e-canary-pw-51d0c3';

async function fillAccount(page: Page, v: { email: string; name: string; host: string; password: string; port?: string }) {
  await page.getByLabel('Email address').fill(v.email);
  await page.getByLabel('Display name').fill(v.name);
  await page.getByLabel('SMTP host').fill(v.host);
  await page.getByLabel('SMTP port').fill(v.port ?? '587');
  await page.getByLabel('SMTP password').fill(v.password);
  // These hosts are made up: no connection test, so nothing leaves the loopback.
  await page.getByTestId('test-after-save').uncheck();
}

const row = (page: Page, email: string) => page.locator(`[data-testid="account-row"][data-email="${email}"]`);

test('add, list, filter, edit, pause, resume, assign a client and delete inboxes', async ({ app }) => {
  const { page, core, results } = app;
  await app.open();
  await expect(page.getByTestId('empty-state')).toBeVisible();

  // Bad input: each error beside its field, nothing saved.
  await page.getByTestId('add-account').click();
  await fillAccount(page, { email: 'not-an-email', name: 'Ann', host: 'smtp.acme-mail.test', password: CANARY, port: '70000' });
  await page.getByTestId('save-account').click();
  await expect(page.getByTestId('error-email')).toHaveText('email is not a valid address');
  await expect(page.getByTestId('error-smtp_port')).toHaveText('SMTP port must be between 1 and 65535');
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/account-form-errors.png' });
  const none = await core.invoke('accounts.list', {});
  expect(none.ok && none.data.total).toBe(0);

  // Fix and save.
  await page.getByLabel('Email address').fill('ann@acme-mail.test');
  await page.getByLabel('SMTP port').fill('587');
  await page.getByLabel('Tags').fill('outreach, q4');
  await page.getByTestId('save-account').click();
  await expect(row(page, 'ann@acme-mail.test')).toBeVisible();
  await expect(row(page, 'ann@acme-mail.test').getByTestId('status-badge')).toHaveText('active');

  await page.getByTestId('add-account').click();
  await fillAccount(page, { email: 'bob@globex-mail.test', name: 'Bob Sender', host: 'smtp.globex-mail.test', password: CANARY });
  await page.getByLabel('Provider').selectOption('google');
  await page.getByTestId('save-account').click();
  await expect(page.getByTestId('account-row')).toHaveCount(2);
  await expect(page.getByTestId('page-summary')).toHaveText('Showing 1–2 of 2');
  await page.screenshot({ path: 'test-results/accounts-table.png', fullPage: true });

  // Filter: search, then provider.
  await page.getByTestId('filter-search').fill('globex');
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(row(page, 'bob@globex-mail.test')).toBeVisible();
  // A tag matches too (part of it, any case), and two letters match the start of an address.
  await page.getByTestId('filter-search').fill('UTREA');
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(row(page, 'ann@acme-mail.test')).toBeVisible();
  await page.getByTestId('filter-search').fill('bo');
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(row(page, 'bob@globex-mail.test')).toBeVisible();
  await page.getByTestId('filter-search').fill('');
  await page.getByTestId('filter-provider').selectOption('smtp');
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(row(page, 'ann@acme-mail.test')).toBeVisible();
  await page.getByTestId('filter-search').fill('nobody-matches');
  await expect(page.getByTestId('no-matches')).toBeVisible();
  await page.getByTestId('filter-search').fill('');
  await page.getByTestId('filter-provider').selectOption('');
  await expect(page.getByTestId('account-row')).toHaveCount(2);

  // Sort by email ascending puts ann first.
  await page.getByTestId('sort-email').click();
  await expect(page.getByTestId('account-row').first()).toHaveAttribute('data-email', 'ann@acme-mail.test');

  // Bulk: select the page, pause both, resume both (each confirmed with count and scope).
  await page.getByLabel('Select all on this page').check();
  await expect(page.getByTestId('bulk-bar')).toContainText('2 selected');
  await page.getByTestId('bulk-pause').click();
  await expect(page.getByTestId('confirm-body')).toHaveText('Pause 2 selected inboxes?');
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('status-badge').filter({ hasText: 'paused' })).toHaveCount(2);
  await expect(page.getByTestId('bulk-summary')).toHaveText('2 inboxes paused.');
  await page.getByLabel('Select all on this page').check();
  await page.getByTestId('bulk-resume').click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('status-badge').filter({ hasText: 'active' })).toHaveCount(2);
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);

  // Create a client and assign it while editing, without touching the password.
  await page.getByTestId('nav-clients').click();
  await page.getByTestId('client-name').fill('Acme Corp');
  await page.getByTestId('add-client').click();
  await expect(page.locator('[data-testid="client-row"][data-name="Acme Corp"]')).toBeVisible();
  await page.getByTestId('nav-accounts').click();
  await row(page, 'ann@acme-mail.test').getByTestId('edit').click();
  await expect(page.getByLabel('SMTP password')).toHaveValue('');
  await page.getByLabel('Display name').fill('Ann Renamed');
  await page.getByLabel('Client').selectOption({ label: 'Acme Corp' });
  await page.getByTestId('save-account').click();
  await expect(row(page, 'ann@acme-mail.test')).toContainText('Ann Renamed');
  await expect(row(page, 'ann@acme-mail.test')).toContainText('Acme Corp');
  const list = await core.invoke('accounts.list', { search: 'ann@' });
  expect(list.ok && list.data.items[0]).toMatchObject({ display_name: 'Ann Renamed', smtp_password_stored: true, client_name: 'Acme Corp' });

  // Pause and resume.
  await row(page, 'ann@acme-mail.test').getByTestId('toggle-status').click();
  await expect(row(page, 'ann@acme-mail.test').getByTestId('status-badge')).toHaveText('paused');
  await page.getByTestId('filter-status').selectOption('paused');
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await page.getByTestId('filter-status').selectOption('');
  await row(page, 'ann@acme-mail.test').getByTestId('toggle-status').click();
  await expect(row(page, 'ann@acme-mail.test').getByTestId('status-badge')).toHaveText('active');

  // Delete with confirmation: cancel keeps it, confirm removes it.
  await row(page, 'bob@globex-mail.test').getByTestId('delete').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('bob@globex-mail.test');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('account-row')).toHaveCount(2);
  await row(page, 'bob@globex-mail.test').getByTestId('delete').click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(row(page, 'bob@globex-mail.test')).toHaveCount(0);

  // The password went into the keychain and never came back across the bridge.
  expect(results.length).toBeGreaterThan(10);
  expect(JSON.stringify(results)).not.toContain(CANARY);
});

test('settings shows where data lives and that the keychain works', async ({ app }) => {
  await app.open('#/settings');
  await expect(app.page.getByTestId('app-info')).toContainText('inboxfleet.sqlite');
  await expect(app.page.getByTestId('keychain-status')).toContainText('Available');
});

test('a job that can no longer be read shows why instead of a bar stuck at 0', async ({ app }) => {
  const { page, core } = app;
  // Nothing listens on port 9: the test job ends at once with a refused connection.
  for (const email of ['a@gone-job.test', 'b@gone-job.test']) {
    await core.invoke('accounts.create', { email, display_name: email, smtp_host: '127.0.0.1', smtp_port: 9, imap_port: 9, smtp_password: 'pw-123456', test: false });
  }
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await app.open();
  // Plays a job pruned before the progress bar mounted: core no longer knows its id, and no
  // progress event for it comes any more.
  await page.evaluate(() => {
    type Bridge = { invoke(m: string, i: unknown): Promise<unknown>; on(e: string, cb: (p: unknown) => void): () => void };
    const bridge = (window as unknown as { inboxfleet: Bridge }).inboxfleet;
    const { invoke, on } = bridge;
    bridge.invoke = (m, i) => (m === 'jobs.get' ? Promise.resolve({ ok: false, error: { code: 'not_found', message: 'This job no longer exists' } }) : invoke(m, i));
    bridge.on = (e, cb) => (e === 'job.progress' ? () => undefined : on(e, cb));
  });
  await page.getByLabel('Select all on this page').check();
  await page.getByTestId('bulk-test').click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('job-error')).toContainText('This job no longer exists');
  expect(pageErrors).toEqual([]);
});
