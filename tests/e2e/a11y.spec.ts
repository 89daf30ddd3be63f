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

test('axe finds no serious or critical violation on any screen', async ({ app }) => {
  const { page, core } = app;
  await core.invoke('alerts.setWebhook', { url: hook.url });
  const fleet = await seedFleetWithAlerts(core, servers);
  await core.invoke('domains.check', { domain: 'acme-outreach.com', force: true });

  const screens: [string, string, () => Promise<void>][] = [
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
    ['settings', '#/settings', () => expect(page.getByTestId('webhook-delivery').first()).toBeVisible({ timeout: 20_000 })],
  ];
  for (const [name, hash, ready] of screens) {
    await test.step(name, async () => {
      await app.open(hash);
      await ready();
      await expectNoSeriousA11yViolations(page, name);
      if (name === 'settings') await page.screenshot({ path: 'test-results/settings-alerts.png', fullPage: true });
    });
  }
  await test.step('connection panel', async () => {
    await app.open('#/accounts');
    await page.locator('[data-testid="account-row"]').first().getByTestId('connection-cell').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'connection-panel');
  });
});
