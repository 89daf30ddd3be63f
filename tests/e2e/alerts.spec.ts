// The Alerts screen against core's real handlers: alerts opened by real checks (a password
// changed on loopback mail servers, a domain moved onto a listed IP in dnsmasq), filtered by
// client, each linking to its inbox or domain; acknowledging lowers the nav count; a fixed
// inbox moves to Resolved.
import path from 'node:path';
import Database from 'better-sqlite3';
import { expectNoSeriousA11yViolations } from './fixtures/axe';
import { expect, test } from './fixtures/app';
import { ANNA, seedFleetWithAlerts, startFleetServers, type FleetServers } from './fixtures/fleet';

let servers: FleetServers;
test.beforeAll(async () => {
  servers = await startFleetServers();
});
test.afterAll(async () => servers?.stop());

test('alerts screen: open alerts by client, links to the inbox and the domain, acknowledge, resolve', async ({ app }) => {
  const { page, core } = app;
  const fleet = await seedFleetWithAlerts(core, servers);

  await app.open('#/alerts');
  const open = page.getByTestId('alerts-open').getByTestId('alert-row');
  await expect(open).toHaveCount(2);
  await expect(page.getByTestId('nav-alert-count')).toHaveText('2 new');
  await expect(page.locator(`[data-kind="connection"][data-subject="${ANNA}"]`)).toContainText(`${ANNA} cannot log in`);
  await expect(page.locator('[data-kind="listing"][data-subject="globex-mail.test"]')).toContainText('globex-mail.test: 127.0.0.2 listed on Spamhaus ZEN');
  await expectNoSeriousA11yViolations(page, 'alerts');
  await page.screenshot({ path: 'test-results/alerts.png', fullPage: true });

  // Filter by client: Globex sees its domain's listing, Acme its inbox's login failure.
  await page.getByTestId('alerts-client').selectOption({ label: 'Globex' });
  await expect(open).toHaveCount(1);
  await expect(open).toHaveAttribute('data-kind', 'listing');
  await open.getByTestId('alert-link').click();
  await expect(page).toHaveURL(/#\/domains\/globex-mail\.test$/);
  await expect(page.getByTestId('flagged-list').first()).toContainText('Spamhaus ZEN');

  await app.open('#/alerts');
  await page.getByTestId('alerts-client').selectOption({ label: 'Acme' });
  await expect(open).toHaveCount(1);
  await expect(open).toHaveAttribute('data-kind', 'connection');
  await open.getByTestId('alert-link').click();
  await expect(page).toHaveURL(new RegExp(`#/accounts/${fleet.anna}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ANNA);

  // Acknowledge: the count (and the app's badge) drop; the alert stays open until fixed.
  await app.open('#/alerts');
  const anna = page.locator(`[data-kind="connection"][data-subject="${ANNA}"]`);
  await anna.getByRole('button', { name: `Acknowledge: ${ANNA} cannot log in` }).click();
  await expect(page.getByTestId('nav-alert-count')).toHaveText('1 new');
  await expect(anna).toContainText('Open · acknowledged');

  // Fixed on the server and tested again: it resolves itself.
  await servers.setAnnaPassword('fleet-e2e-password');
  await core.invoke('accounts.test', { id: fleet.anna });
  const resolved = page.getByTestId('alerts-resolved').getByTestId('alert-row');
  await expect(resolved).toHaveCount(1);
  await expect(resolved).toContainText('Works again');
  await expect(open).toHaveCount(1);
  await page.getByTestId('alerts-client').selectOption({ label: 'Acme' });
  await expect(open).toHaveCount(0);
  await expect(resolved).toHaveCount(1);
});

test('more open alerts than the list holds: the screen says how many are not shown', async ({ app }) => {
  const { page, core } = app;
  await app.open('#/alerts');
  await expect(page.getByTestId('alerts-empty')).toBeVisible();
  // 503 open DNS alerts written straight into the app's database (opening that many through real
  // checks would take 503 domains); core reads them like any other.
  const db = new Database(path.join(app.dataDir, 'inboxfleet.sqlite'));
  const insert = db.prepare(`insert into alerts (id, kind, severity, subject, key, account_id, domain, title, detail, opened_at, updated_at)
    values (?, 'dmarc_record', 'warning', ?, 'dmarc', null, ?, ?, 'The DMARC record changed', ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < 503; i++) {
      const domain = `many-${i}.test`;
      const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
      insert.run(`alert_${String(i).padStart(4, '0')}`, `domain:${domain}`, domain, `${domain}: DMARC record changed`, at, at);
    }
  })();
  db.close();
  const counts = await core.invoke('alerts.counts', undefined);
  expect(counts.ok && counts.data).toEqual({ open: 503, unacknowledged: 503 });

  await page.reload();
  await expect(page.getByTestId('alerts-open').locator('caption')).toHaveText('Open (500 of 503)');
  await expect(page.getByTestId('alerts-more')).toContainText('500 of 503 open alerts are shown (the newest); 3 unacknowledged ones are not.');
  await expect(page.getByTestId('acknowledge-all')).toHaveText('Acknowledge all 503');
  // Acknowledging all reaches the 3 not shown too (core acknowledges by filter, not by the ids on screen).
  await page.getByTestId('acknowledge-all').click();
  await expect(page.getByTestId('acknowledge-all')).toHaveText('Acknowledge all');
  await expect(page.getByTestId('alerts-more')).toHaveCount(0);
  const after = await core.invoke('alerts.counts', undefined);
  expect(after.ok && after.data).toEqual({ open: 503, unacknowledged: 0 });
});
