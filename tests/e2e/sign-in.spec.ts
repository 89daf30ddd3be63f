// Sign in with Microsoft from the UI: Playwright drives the local authorization server's
// consent page in a browser tab, the real redirect reaches core's loopback listener, and the
// inbox appears connected (SMTP and IMAP tested with the token).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { expectNothingClipped } from './fixtures/layout';
import { PUBLIC_CLIENT_ID } from '../fixtures/oauth/auth-server';
import { startOAuthMail, type OAuthMail } from '../fixtures/oauth/oauth-mail';

const ALICE = 'alice@oauth-e2e.example.test';
let mail: OAuthMail;

test.beforeAll(async () => {
  mail = await startOAuthMail();
});
test.afterAll(async () => {
  await mail?.stop();
});

const row = (page: Page, email: string) => page.locator(`[data-testid="account-row"][data-email="${email}"]`);

async function addMicrosoftApp(page: Page) {
  await page.getByTestId('add-app-microsoft').click();
  await expect(page.getByTestId('steps-microsoft')).toContainText('App registrations');
  await page.getByLabel('Application (client) ID').fill(PUBLIC_CLIENT_ID);
  await page.getByLabel('Custom authorization server (advanced)').fill(mail.as.issuer);
  await page.getByTestId('save-app').click();
  await expect(page.getByTestId('sign-in-app')).toContainText(PUBLIC_CLIENT_ID);
}

async function consent(tab: Page, expected: string, opts: { screenshot?: string } = {}) {
  await expect(tab.getByRole('heading', { level: 1 })).toContainText('Sign in to continue');
  await expect(tab.getByLabel('Email')).toHaveValue(expected);
  await tab.getByLabel('Password').fill('anything');
  if (opts.screenshot) await tab.screenshot({ path: opts.screenshot });
  await tab.getByRole('button', { name: 'Allow' }).click();
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Inbox connected');
  await tab.close();
}

/** Consents in the browser for each address in turn, then expects every one connected in `scope`. */
async function consentAll(nextTab: () => Promise<Page>, scope: Page | Locator, emails: string[]) {
  for (const email of emails) await consent(await nextTab(), email);
  const results = scope.getByTestId('sign-in-result');
  await expect(results).toHaveCount(emails.length, { timeout: 30_000 });
  for (let i = 0; i < emails.length; i++) await expect(results.nth(i)).toHaveAttribute('data-outcome', 'connected');
}

test('Sign in with Microsoft connects a new inbox; a revoked sign-in shows "sign-in expired" and signing in again fixes it', async ({ app }) => {
  const { page } = app;
  await app.open('#/settings');
  await addMicrosoftApp(page);

  await app.open('#/accounts/new');
  await page.getByTestId('method-microsoft').check();
  await expect(page.getByLabel('SMTP password')).toHaveCount(0);
  await page.getByLabel('Email address').fill(ALICE);
  await page.getByLabel('Display name').fill('Alice');
  await page.getByLabel('SMTP host').fill('127.0.0.1');
  await page.getByLabel('SMTP port').fill(String(mail.smtp.port));
  await page.getByLabel('IMAP host').fill('127.0.0.1');
  await page.getByLabel('IMAP port').fill(String(mail.dovecot.imapTlsPort));
  await page.getByLabel('IMAP security').selectOption('tls');
  const tab = app.nextBrowserTab();
  await page.getByTestId('save-account').click();
  await expect(page.getByTestId('sign-in-waiting')).toContainText(`sign in as ${ALICE}`);
  await page.screenshot({ path: 'test-results/sign-in-waiting.png' });
  await consent(await tab, ALICE, { screenshot: 'test-results/sign-in-consent.png' });

  // Back in the app: the inbox is listed, connected and tested with the token.
  await expect(page).toHaveURL(/#\/accounts$/);
  const r = row(page, ALICE);
  await expect(r.getByTestId('conn-smtp')).toHaveText('SMTP ok', { timeout: 20_000 });
  await expect(r.getByTestId('conn-imap')).toHaveText('IMAP ok');
  await expect(r.getByTestId('login-chip')).toHaveText('Microsoft');
  await page.screenshot({ path: 'test-results/sign-in-connected.png' });

  // The provider revokes the sign-in: the next test says so, in its own words.
  for (const token of mail.as.issued.refresh) await mail.as.revoke(token);
  await r.getByTestId('test').click();
  await expect(r.getByTestId('conn-smtp')).toHaveText('SMTP: sign-in expired', { timeout: 20_000 });
  await expect(r.getByTestId('login-chip')).toHaveText('sign-in expired');
  await expectNothingClipped(page.getByTestId('accounts-table'));
  // Its own health state, not "failing": in the table, on the Overview (a problem group linking to
  // exactly that inbox), and as its own alert.
  await expect(r.getByTestId('health-chip')).toHaveText('Sign-in expired');
  await app.open('#/overview');
  await expect(page.getByTestId('health-count-sign_in_expired').locator('strong')).toHaveText('1');
  await expect(page.getByTestId('health-count-failing').locator('strong')).toHaveText('0');
  await page.getByTestId('problems').getByRole('link', { name: '1 inbox needs signing in again' }).click();
  await expect(page).toHaveURL(/#\/accounts\?health=sign_in_expired$/);
  await expect(page.getByTestId('filter-health')).toHaveValue('sign_in_expired');
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await app.open('#/alerts');
  await expect(page.getByTestId('alert-row')).toHaveCount(1);
  await expect(page.getByTestId('alert-row').first()).toContainText(`${ALICE}: sign-in expired — sign in again`);

  await app.open('#/accounts');
  await r.getByTestId('open-account').click();
  await expect(page.getByTestId('health-panel').getByTestId('health-chip')).toHaveText('Sign-in expired');
  await expect(page.getByTestId('health-reason').first()).toContainText('Use “Sign in again” under Login below.');
  const panel = page.getByTestId('login-panel');
  await expect(panel).toContainText('Sign-in expired — sign in again');
  const again = app.nextBrowserTab();
  await panel.getByTestId('switch-to-sign-in').click();
  await consent(await again, ALICE);
  await expect(panel.getByTestId('sign-in-result')).toHaveAttribute('data-outcome', 'connected', { timeout: 20_000 });
  await expect(panel.getByTestId('login-chip')).toHaveText('Microsoft');

  const list = await app.core.invoke('accounts.list', {});
  const all = JSON.stringify([list, app.results]);
  expect(mail.as.issued.all().filter((t) => all.includes(t))).toEqual([]);
});

test('Microsoft 365 password inboxes show the date password logins stop; Outlook.com ones cannot connect', async ({ app }) => {
  const { page } = app;
  // Loopback servers (nothing listens on port 9): the provider field and the address say what they are.
  const create = (email: string) =>
    app.core.invoke('accounts.create', { email, display_name: email, provider: 'microsoft', smtp_host: '127.0.0.1', smtp_port: 9, imap_port: 9, smtp_password: 'pw-123456', test: false });
  await create('ops@m365-tenant.example.test');
  await create('someone@hotmail.com');
  // Created to sign in later: "not connected yet", not failing.
  await app.core.invoke('accounts.create', { email: 'later@m365-tenant.example.test', display_name: 'Later', provider: 'microsoft', auth_method: 'oauth', smtp_host: '127.0.0.1', smtp_port: 9, imap_port: 9, test: false });
  await app.open();
  await expect(row(page, 'ops@m365-tenant.example.test').getByTestId('readiness-chip')).toHaveText('password ends 2026-12-31');
  await expect(row(page, 'someone@hotmail.com').getByTestId('readiness-chip')).toHaveText('password blocked');
  const later = row(page, 'later@m365-tenant.example.test');
  await expect(later.getByTestId('health-chip')).toHaveText('Not connected yet');
  await expect(later.getByTestId('login-chip')).toHaveText('needs sign-in');
  // At the default 1280×820 window the addresses, login chips and health chips are whole, not clipped.
  await expectNothingClipped(page.getByTestId('accounts-table'));
  await page.screenshot({ path: 'test-results/accounts-login-chips-1280.png' });
  await row(page, 'ops@m365-tenant.example.test').getByTestId('open-account').click();
  const readiness = page.getByTestId('readiness');
  await expect(readiness).toContainText('2026-12-31');
  await expect(readiness).toContainText('Switch to sign-in');
  await expect(page.getByTestId('switch-to-sign-in')).toHaveText('Switch to sign-in with Microsoft');
  await page.screenshot({ path: 'test-results/basic-auth-warning.png' });

  // The Overview counts them per level, with the dates, and each level links to exactly its inboxes.
  await app.open('#/overview');
  const level = (l: string) => page.locator(`[data-testid="readiness-level"][data-level="${l}"]`);
  await expect(level('blocked').getByTestId('readiness-link')).toHaveText('1 inbox: password logins no longer work');
  await expect(level('blocked')).toContainText('Outlook.com / Hotmail (1): Cannot connect with a password since 2024-09-16');
  await expect(level('warning')).toContainText('Microsoft 365 (1): Password logins stop 2026-12-31');
  await level('warning').getByTestId('readiness-link').click();
  await expect(page).toHaveURL(/#\/accounts\?readiness=warning$/);
  await expect(page.getByTestId('filter-readiness')).toContainText('password logins ending');
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(page.getByTestId('account-row').first()).toHaveAttribute('data-email', 'ops@m365-tenant.example.test');
});

test('a sitting signs in several addresses of one tenant, one browser sign-in after the other', async ({ app }) => {
  const { page } = app;
  await app.core.invoke('signInApps.save', { provider: 'microsoft', client_id: PUBLIC_CLIENT_ID, issuer: mail.as.issuer });
  const emails = ['one@tenant-e2e.example.test', 'two@tenant-e2e.example.test'];
  await app.open('#/accounts/sign-in');
  await page.getByTestId('bulk-emails').fill(emails.join('\n'));
  // Their servers would be Microsoft's own: no test may leave the loopback, so no connection test.
  await page.getByLabel('Test SMTP and IMAP after each sign-in').uncheck();
  await page.getByTestId('start-bulk-sign-in').click();
  await consentAll(app.nextBrowserTab, page, emails);
});

test('two selected inboxes sign in as a group from the bulk bar; an SMTP inbox in the selection is skipped', async ({ app }) => {
  const { page, core } = app;
  await core.invoke('signInApps.save', { provider: 'microsoft', client_id: PUBLIC_CLIENT_ID, issuer: mail.as.issuer });
  const emails = ['ann@group-e2e.example.test', 'bo@group-e2e.example.test'];
  // Loopback servers where nothing listens (port 9): no connection test leaves the machine.
  for (const email of emails) {
    await core.invoke('accounts.create', { email, display_name: email, provider: 'microsoft', auth_method: 'oauth', smtp_host: '127.0.0.1', smtp_port: 9, imap_port: 9, test: false });
  }
  await core.invoke('accounts.create', { email: 'own@smtp-e2e.example.test', display_name: 'Own', smtp_host: '127.0.0.1', smtp_port: 9, imap_port: 9, smtp_password: 'pw-123456', test: false });
  await app.open();
  for (const email of [...emails, 'own@smtp-e2e.example.test']) await page.getByLabel(`Select ${email}`).check();
  await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');

  await page.getByTestId('bulk-sign-in').click();
  const panel = page.getByTestId('bulk-sign-in-panel');
  await expect(panel.getByTestId('sign-in-groups-summary')).toHaveText(
    'To sign in: 2 inboxes on Microsoft. 1 inbox skipped: not Google or Microsoft inboxes, they log in with a password.',
  );
  await expect(panel.getByTestId('sign-in-group-google')).toHaveCount(0);
  await panel.getByTestId('sign-in-groups-test').uncheck();
  await page.screenshot({ path: 'test-results/bulk-sign-in.png' });
  // Core opens the browser at once: its first prompt may reach the page before the job id does.
  // Make it always so: the screen must still say which address the browser waits for.
  await page.evaluate(() => {
    type Bridge = { invoke(m: string, i: unknown): Promise<unknown>; on(e: string, cb: (p: unknown) => void): () => void };
    const bridge = (window as unknown as { inboxfleet: Bridge }).inboxfleet;
    const { invoke, on } = bridge;
    bridge.invoke = async (m, i) => {
      if (m !== 'accounts.signIn') return invoke(m, i);
      const prompted = new Promise<void>((resolve) => {
        const off = on('signIn.prompt', () => {
          off();
          resolve();
        });
      });
      const r = await invoke(m, i);
      await prompted;
      return r;
    };
  });
  await panel.getByTestId('sign-in-group-microsoft').click();
  await expect(panel.getByTestId('sign-in-waiting')).toContainText('(1 of 2)');
  await consentAll(app.nextBrowserTab, panel, emails);
  for (const email of emails) await expect(row(page, email).getByTestId('login-chip')).toHaveText('Microsoft');
  const list = await core.invoke('accounts.list', { search: 'smtp-e2e.example.test' });
  expect(list.ok && list.data.items.map((a) => a.auth_method)).toEqual(['password']);
  expect(mail.as.issued.all().filter((t) => JSON.stringify([list, app.results]).includes(t))).toEqual([]);
});

test('the import summary signs in the imported inboxes that need it', async ({ app }) => {
  const { page, core } = app;
  await core.invoke('signInApps.save', { provider: 'microsoft', client_id: PUBLIC_CLIENT_ID, issuer: mail.as.issuer });
  const emails = ['cy@import-e2e.example.test', 'di@import-e2e.example.test'];
  await app.open('#/import');
  await page.getByText('Or paste rows').click();
  // Microsoft inboxes without a password sign in; the password one does not need to.
  await page.getByTestId('paste-text').fill(['Email\tName\tProvider\tSMTP Host\tSMTP Port\tPassword', ...emails.map((e) => `${e}\t${e}\tMicrosoft\t\t\t`), 'pw@import-e2e.example.test\tPw\tSMTP\t127.0.0.1\t9\tpw-123456'].join('\n'));
  await page.getByTestId('paste-preview').click();
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('count-created')).toContainText('3');
  await page.getByTestId('sign-in-imported').click();
  const panel = page.getByTestId('import-sign-in');
  await expect(panel.getByTestId('sign-in-groups-summary')).toHaveText('To sign in: 2 inboxes on Microsoft.');
  await expect(page.getByTestId('sign-in-imported')).toHaveCount(0);
  // Their servers would be Microsoft's own: no test may leave the loopback, so no connection test.
  await panel.getByTestId('sign-in-groups-test').uncheck();
  await panel.getByTestId('sign-in-group-microsoft').click();
  await consentAll(app.nextBrowserTab, panel, emails);
  const list = await core.invoke('accounts.list', { search: 'import-e2e.example.test', sort: 'email', order: 'asc' });
  expect(list.ok && list.data.items.map((a) => [a.email, a.auth_method, a.sign_in])).toEqual([
    ['cy@import-e2e.example.test', 'oauth', 'connected'],
    ['di@import-e2e.example.test', 'oauth', 'connected'],
    ['pw@import-e2e.example.test', 'password', null],
  ]);
});

test('"Sign in…" on all inboxes matching (every page) groups them by provider and counts the skipped ones', async ({ app }) => {
  const { page, core } = app;
  const create = (email: string, over: object) =>
    core.invoke('accounts.create', { email, display_name: email, smtp_host: '127.0.0.1', smtp_port: 9, imap_port: 9, test: false, ...over });
  for (let i = 0; i < 26; i++) await create(`own${i}@all-e2e.example.test`, { smtp_password: 'pw-123456' });
  for (const e of ['m1@all-e2e.example.test', 'm2@all-e2e.example.test']) await create(e, { provider: 'microsoft', auth_method: 'oauth' });
  await create('g1@all-e2e.example.test', { provider: 'google', auth_method: 'oauth' });
  await app.open();
  await page.getByLabel('Select all on this page').check();
  await page.getByTestId('select-all-matching').click();
  await expect(page.getByTestId('bulk-count')).toHaveText('All 29 inboxes matching');
  await page.getByTestId('bulk-sign-in').click();
  const panel = page.getByTestId('bulk-sign-in-panel');
  await expect(panel.getByTestId('sign-in-groups-summary')).toHaveText(
    'To sign in: 2 inboxes on Microsoft and 1 inbox on Google. 26 inboxes skipped: not Google or Microsoft inboxes, they log in with a password.',
  );
  await expect(panel.getByTestId('sign-in-group-microsoft')).toHaveText('Sign in 2 inboxes with Microsoft');
  await expect(panel.getByTestId('sign-in-group-google')).toHaveText('Sign in 1 inbox with Google');
  await expect(panel.getByTestId('sign-in-over-max')).toHaveCount(0);
});
