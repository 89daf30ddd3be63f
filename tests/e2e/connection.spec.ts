// Connection testing from the UI, against a real SMTP server and Dovecot on loopback.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { startDovecot, type TestDovecot } from '../fixtures/mail/dovecot';
import { startSmtpServer, type TestSmtpServer } from '../fixtures/mail/smtp-server';

const ALICE = 'alice@example.test';
const PASSWORD = 'alice-e2e-password';

let smtp: TestSmtpServer;
let dovecot: TestDovecot;

test.beforeAll(async () => {
  smtp = await startSmtpServer({ mode: 'starttls', users: { [ALICE]: PASSWORD } });
  dovecot = await startDovecot({ users: { [ALICE]: PASSWORD } });
});
test.afterAll(async () => {
  await smtp?.stop();
  await dovecot?.stop();
});

async function addInbox(page: Page, email: string, password: string) {
  await page.getByTestId('add-account').first().click();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Display name').fill(email.split('@')[0]!);
  await page.getByLabel('SMTP host').fill('127.0.0.1');
  await page.getByLabel('SMTP port').fill(String(smtp.port));
  await page.getByLabel('SMTP security').selectOption('starttls');
  await page.getByLabel('SMTP username').fill(ALICE);
  await page.getByLabel('SMTP password').fill(password);
  await page.getByLabel('IMAP host').fill('127.0.0.1');
  await page.getByLabel('IMAP port').fill(String(dovecot.imapTlsPort));
  await page.getByLabel('IMAP security').selectOption('tls');
  await page.getByLabel('IMAP username').fill(ALICE);
  await expect(page.getByTestId('test-after-save')).toBeChecked();
  await page.getByTestId('save-account').click();
}

const row = (page: Page, email: string) => page.locator(`[data-testid="account-row"][data-email="${email}"]`);

test('typing an address fills in the provider and its hosts from MX', async ({ app }) => {
  const { page } = app;
  await app.open('#/accounts/new');
  await page.getByLabel('Email address').fill('ann@workspace-mail.test');
  await page.getByLabel('Display name').focus();
  await expect(page.getByLabel('SMTP host')).toHaveValue('smtp.gmail.com');
  await expect(page.getByLabel('Provider')).toHaveValue('google');
  await expect(page.getByLabel('IMAP host')).toHaveValue('imap.gmail.com');
  await expect(page.getByLabel('IMAP port')).toHaveValue('993');
  await expect(page.getByText('MX points to Google Workspace')).toBeVisible();

  // The user can override: a typed host is never replaced by a later suggestion.
  await page.getByLabel('SMTP host').fill('relay.internal.test');
  await page.getByLabel('Email address').fill('bob@m365-mail.test');
  await page.getByLabel('Display name').focus();
  await expect(page.getByLabel('Provider')).toHaveValue('microsoft');
  await expect(page.getByLabel('IMAP host')).toHaveValue('outlook.office365.com');
  await expect(page.getByLabel('SMTP host')).toHaveValue('relay.internal.test');
});

test('Test shows success for a good inbox and the login error for a bad one', async ({ app }) => {
  const { page, core } = app;
  await app.open();

  await addInbox(page, 'good@example.test', PASSWORD);
  const good = row(page, 'good@example.test');
  await expect(good.getByTestId('conn-smtp')).toHaveText('SMTP ok', { timeout: 15_000 });
  await expect(good.getByTestId('conn-imap')).toHaveText('IMAP ok');
  await expect(good.getByTestId('status-badge')).toHaveText('active');
  await expect(good.getByTestId('health-chip')).not.toHaveText('Failing');

  await addInbox(page, 'bad@example.test', 'not-the-password');
  const bad = row(page, 'bad@example.test');
  await expect(bad.getByTestId('conn-smtp')).toHaveText('SMTP: auth failed', { timeout: 15_000 });
  await expect(bad.getByTestId('conn-imap')).toHaveText('IMAP: auth failed');
  // Status stays the user's choice; the failed login shows as health.
  await expect(bad.getByTestId('status-badge')).toHaveText('active');
  await expect(bad.getByTestId('health-chip')).toHaveText('Failing');

  // Press Test on the good one: it shows Testing… and then success again.
  await good.getByTestId('test').click();
  await expect(good.getByTestId('conn-smtp')).toHaveText('SMTP ok', { timeout: 15_000 });

  // The error panel says what is wrong, in words, with the server's reply.
  await bad.getByTestId('connection-cell').click();
  const panel = page.getByTestId('connection-panel');
  await expect(panel.getByTestId('probe-smtp-message')).toContainText('rejected the username or password');
  await expect(panel.getByTestId('probe-smtp')).toContainText('535');
  await expect(panel.getByTestId('probe-imap-message')).toContainText('rejected the username or password');
  await page.screenshot({ path: 'test-results/connection-error-panel.png' });
  await panel.getByTestId('close-panel').click();

  // Bulk Test runs as a job with a progress bar.
  await page.getByLabel('Select all on this page').check();
  await page.getByTestId('bulk-test').click();
  await expect(page.getByTestId('confirm-body')).toHaveText('Test the connections of 2 selected inboxes?');
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('bulk-summary')).toHaveText('1 passed, 1 failed', { timeout: 20_000 });

  const list = await core.invoke('accounts.list', {});
  expect(JSON.stringify(list)).not.toContain(PASSWORD);
  expect(JSON.stringify(app.results)).not.toContain(PASSWORD);
});
