// The Domains screen against core's real handlers and dnsmasq serving the audit test zones.
import { expect, test } from './fixtures/app';
import { accountInput } from '../fixtures/accounts';

test('Domains: statuses at a glance, filter to problems, details with a copy-ready fix, re-check all', async ({ app, context }) => {
  const { page, core } = app;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seed = [
    accountInput(1, { email: 'ann@good-google.test', smtp_host: 'smtp.gmail.com', provider: 'google' }),
    accountInput(2, { email: 'bob@good-google.test', smtp_host: 'smtp.gmail.com', provider: 'google' }),
    accountInput(3, { email: 'cat@nospf.test', smtp_host: 'smtp.own.test' }),
    accountInput(4, { email: 'dan@listed.test', smtp_host: 'smtp.listed.test' }),
  ];
  for (const a of seed) {
    const r = await core.invoke('accounts.create', a);
    expect(r.ok).toBe(true);
  }

  await app.open('#/domains');
  const rows = page.getByTestId('domain-row');
  await expect(rows).toHaveCount(3);
  const google = page.locator('[data-testid="domain-row"][data-domain="good-google.test"]');
  await expect(google).toContainText('2');
  await expect(google.getByTestId('chip-spf')).toHaveAttribute('data-status', 'none');

  await page.getByTestId('recheck-all').click();
  await expect(page.getByTestId('job-progress')).toContainText('3 of 3');
  await expect(google.getByTestId('chip-spf')).toHaveAttribute('data-status', 'ok');
  await expect(google.getByTestId('chip-dmarc')).toHaveAttribute('data-status', 'ok');
  const nospf = page.locator('[data-testid="domain-row"][data-domain="nospf.test"]');
  await expect(nospf.getByTestId('chip-spf')).toHaveAttribute('data-status', 'error');
  await expect(page.locator('[data-domain="listed.test"]').getByTestId('chip-blacklist')).toHaveAttribute('data-status', 'error');
  await page.screenshot({ path: 'test-results/domains.png' });

  await page.getByTestId('problems-only').check();
  await expect(rows).toHaveCount(2);
  await expect(google).toHaveCount(0);

  await nospf.getByRole('link', { name: 'nospf.test' }).click();
  const dmarc = page.getByTestId('check-dmarc');
  await expect(dmarc).toContainText('has no DMARC record');
  await expect(dmarc.getByTestId('fix-value')).toHaveText('v=DMARC1; p=none; rua=mailto:dmarc@nospf.test');
  await dmarc.getByTestId('copy-fix').click();
  await expect(dmarc.getByTestId('copy-fix')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('v=DMARC1; p=none; rua=mailto:dmarc@nospf.test');
  await expect(page.getByTestId('check-spf').getByTestId('fix-value')).toHaveText('v=spf1 ip4:192.0.2.22 ~all');
  await page.screenshot({ path: 'test-results/domain-detail.png', fullPage: true });

  await page.goto(page.url().replace(/#.*/, '#/domains/listed.test'));
  await expect(page.getByTestId('flagged-list').first()).toContainText('Spamhaus ZEN');
});
