// Every screen, with real data in it, scanned by axe-core: no serious or critical violations.
import { expectNoSeriousA11yViolations } from './fixtures/axe';
import { expect, test } from './fixtures/app';
import { seedFleetWithAlerts, startFleetServers, type FleetServers } from './fixtures/fleet';
import { startWebhookReceiver, type WebhookReceiver } from '../fixtures/webhook-receiver';

let servers: FleetServers;
let hook: WebhookReceiver;
test.beforeAll(async () => {
  [servers, hook] = await Promise.all([startFleetServers(), startWebhookReceiver()]);
});
test.afterAll(async () => {
  await servers?.stop();
  await hook?.close();
});

test('axe finds no serious or critical violation on any screen, at the app\'s default 1280×820 window', async ({ app }) => {
  const { page, core } = app;
  expect(page.viewportSize()).toEqual({ width: 1280, height: 820 });
  await core.invoke('alerts.setWebhook', { url: hook.url });
  await core.invoke('signInApps.save', { provider: 'microsoft', client_id: '11111111-2222-3333-4444-555555555555', tenant: 'organizations' });
  const fleet = await seedFleetWithAlerts(core, servers);
  await core.invoke('domains.check', { domain: 'acme-outreach.com', force: true });

  const screens: [string, string, () => Promise<void>][] = [
    ['overview', '#/overview', async () => {
      await expect(page.getByTestId('health-count-failing')).toBeVisible();
      await expect(page.getByTestId('readiness-panel')).toBeVisible();
      await expect(page.getByTestId('open-alerts')).toHaveAttribute('data-open', '2');
      await expect(page.getByTestId('next-check')).toBeVisible();
    }],
    ['client-page', `#/clients/${fleet.acme}`, async () => {
      await expect(page.getByTestId('client-page').getByTestId('account-row')).toHaveCount(1);
      await expect(page.getByTestId('client-page').getByTestId('domain-row').first()).toBeVisible();
    }],
    ['import', '#/import', () => expect(page.getByTestId('dropzone')).toBeVisible()],
    ['sign-in-many', '#/accounts/sign-in', () => expect(page.getByTestId('bulk-emails')).toBeVisible()],
    ['accounts', '#/accounts', () => expect(page.getByTestId('account-row')).toHaveCount(2)],
    ['account-form', '#/accounts/new', () => expect(page.getByLabel('Email address')).toBeVisible()],
    ['account-edit', `#/accounts/${fleet.anna}/edit`, () => expect(page.getByLabel('Email address')).toHaveValue(/acme-outreach/)],
    ['account-detail', `#/accounts/${fleet.anna}`, async () => {
      await expect(page.getByTestId('overall-score')).toHaveText(/^\d+$/, { timeout: 20_000 });
      await expect(page.getByTestId('reputation-chart')).toBeVisible();
    }],
    ['domains', '#/domains', () => expect(page.getByTestId('domain-row')).toHaveCount(2)],
    ['domain-detail', '#/domains/globex-mail.test', () => expect(page.getByTestId('flagged-list').first()).toBeVisible()],
    ['clients', '#/clients', () => expect(page.getByTestId('client-row')).toHaveCount(2)],
    ['alerts', '#/alerts', () => expect(page.getByTestId('alert-row')).toHaveCount(2)],
    ['settings', '#/settings', async () => {
      await expect(page.getByTestId('webhook-delivery').first()).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId('sign-in-app')).toHaveCount(1);
      // The sign-in app form with its three steps, open.
      await page.getByTestId('add-app-google').click();
      await expect(page.getByTestId('steps-google')).toBeVisible();
    }],
  ];
  for (const [name, hash, ready] of screens) {
    await test.step(name, async () => {
      await app.open(hash);
      await ready();
      await expectNoSeriousA11yViolations(page, name);
      if (name === 'settings') await page.screenshot({ path: 'test-results/settings-alerts.png', fullPage: true });
    });
  }
  await test.step('import with a preview shown', async () => {
    await app.open('#/import');
    await page.getByText('Or paste rows').click();
    await page.getByTestId('paste-text').fill('Email,SMTP Host,SMTP Port,SMTP Password\nzed@paste.test,smtp.paste.test,465,Fx-pw-zed\nnot-an-address,smtp.paste.test,587,Fx-pw-2');
    await page.getByTestId('paste-preview').click();
    await expect(page.getByTestId('sample-rows')).toBeVisible();
    await expect(page.getByTestId('preview-problems').getByTestId('problem-row').first()).toContainText('not-an-address');
    await expectNoSeriousA11yViolations(page, 'import-preview');
  });
  await test.step('bulk confirmation dialog', async () => {
    await app.open('#/accounts');
    await page.getByLabel('Select all on this page').check();
    await page.getByTestId('bulk-pause').click();
    await expect(page.getByTestId('confirm-body')).toHaveText('Pause 2 selected inboxes?');
    await expectNoSeriousA11yViolations(page, 'bulk-confirmation');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });
  await test.step('connection panel', async () => {
    await app.open('#/accounts');
    await page.locator('[data-testid="account-row"]').first().getByTestId('connection-cell').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'connection-panel');
  });
});
