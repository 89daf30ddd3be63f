// The account detail page: score with its parts, recommendations, and the reputation chart drawn
// from real snapshots of a real mailbox (Dovecot); exports write the expected CSV files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures/app';
import { startDovecot, type TestDovecot } from '../fixtures/mail/dovecot';
import { openMailbox, seedMailbox } from '../fixtures/mail/seed-mailbox';
import { OWN_ADDRESS, readMessageFixture } from '../fixtures/messages/index';

const PASSWORD = 'report-e2e-password';
const DAYS_WITH_SENDS = [1, 2, 3, 5, 8];
let dovecot: TestDovecot;

test.beforeAll(async () => {
  dovecot = await startDovecot({ users: { [OWN_ADDRESS]: PASSWORD } });
  const client = await openMailbox(dovecot, OWN_ADDRESS, PASSWORD);
  const now = Date.now();
  // Two sends on each of five recent days.
  const sent = DAYS_WITH_SENDS.flatMap((d) => [0, 1].map((i) => ({ id: `<e2e-${d}-${i}@acme-outreach.com>`, date: new Date(now - d * 86_400_000 - i * 60_000) })));
  await seedMailbox(client, sent);
  // Two bounces that arrived yesterday (the fixtures' own dates are outside the report window).
  const yesterday = new Date(now - 86_400_000).toUTCString();
  for (const file of ['exchange-online-ndr-5.7.509.eml', 'postfix-hard-5.1.1.eml']) {
    await client.append('INBOX', Buffer.from(readMessageFixture(file, { crlf: true }).toString('latin1').replace(/^Date: .*$/m, `Date: ${yesterday}`), 'latin1'));
  }
  await client.logout();
});
test.afterAll(async () => dovecot?.stop());

test('account detail shows the score, its parts and a chart from real snapshots; exports write CSV', async ({ app }) => {
  const { page, core } = app;
  const created = await core.invoke('accounts.create', {
    email: OWN_ADDRESS, display_name: '=HYPERLINK("http://evil.example")', smtp_host: '127.0.0.1', smtp_port: 9, smtp_password: PASSWORD,
    imap_host: '127.0.0.1', imap_port: dovecot.imapTlsPort, imap_security: 'tls', test: false,
  });
  if (!created.ok) throw new Error(created.error.message);
  const id = created.data.id;

  await app.open(`#/accounts/${id}`);
  // Never tested and only 10 sends: 60 % measured, under the floor, so no score is invented.
  await expect(page.getByTestId('overall-score')).toHaveText('not enough data', { timeout: 20_000 });
  await expect(page.getByTestId('score-measured')).toHaveText('only 60 % measured; a score needs 70 %');
  await expect(page.getByTestId('not-measured')).toContainText('Test SMTP');
  await expect(page.getByTestId('not-measured')).toContainText('Wait for enough sends to measure bounces');
  await expect(page.getByTestId('recommendations')).not.toContainText('Wait for enough sends');
  await expect(page.getByTestId('report-meta')).toContainText('Read');
  await expect(page.getByTestId('score-component')).toHaveCount(9);
  await expect(page.locator('[data-testid="score-component"][data-key="bounces"]')).toContainText('/ 15');
  await expect(page.getByTestId('recommendations')).toContainText('points');
  // Two plots over every day of the range: sends (bars) with the score, and the three rates.
  const chart = page.getByTestId('reputation-chart');
  await expect(chart).toHaveAttribute('data-points', String(DAYS_WITH_SENDS.length));
  await expect(chart).toHaveAttribute('data-days', '30');
  // The rates plot: bounce, block, complaint and reply lines (the score line of the other plot
  // is drawn only for days that have a score).
  await expect(chart.locator('figure').nth(1).locator('.recharts-line')).toHaveCount(4);
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(DAYS_WITH_SENDS.length);
  await expect(chart.locator('.recharts-line-dots circle, .recharts-line-dot').first()).toBeAttached();
  await expect(chart.getByTestId('reputation-table').locator('tbody tr')).toHaveCount(DAYS_WITH_SENDS.length);
  await page.getByTestId('history-range').selectOption('7');
  await expect(chart).toHaveAttribute('data-points', String(DAYS_WITH_SENDS.filter((d) => d < 7).length));
  await expect(chart).toHaveAttribute('data-days', '7');
  // Bounces by reason, with evidence: the DMARC rejection is a block that links to the domain's DNS fixes.
  const bounces = page.getByTestId('bounces');
  await expect(bounces.getByTestId('block-rate')).toContainText('blocks 1 (10.00 %)');
  const block = bounces.locator('[data-testid="bounce-reason"][data-reason="auth_failed"]');
  await expect(block).toHaveAttribute('data-category', 'block');
  await expect(block.getByTestId('bounce-evidence')).toContainText('5.7.509');
  await expect(block.getByTestId('bounce-evidence')).toContainText('does not pass DMARC');
  await expect(block.getByTestId('bounce-fix-link')).toHaveAttribute('href', '#/domains/acme-outreach.com');
  await expect(bounces.locator('[data-testid="bounce-reason"][data-reason="user_unknown"]')).toHaveAttribute('data-category', 'hard');
  await expect(bounces.getByTestId('complaints-note')).toContainText('Gmail sends no per-message complaints');
  await page.screenshot({ path: 'test-results/account-detail.png', fullPage: true });

  // Export the 7-day history, then inboxes and reports from the Accounts screen.
  await page.getByTestId('export-history').click();
  await expect(page.getByTestId('export-message')).toContainText(`Saved ${DAYS_WITH_SENDS.filter((d) => d < 7).length} rows`);
  const history = parse(readFileSync(path.join(app.exportDir, 'history.csv')), { bom: true, columns: true }) as Record<string, string>[];
  expect(history.map((r) => Number(r.sent))).toEqual(DAYS_WITH_SENDS.filter((d) => d < 7).map(() => 2));

  await app.open('#/accounts');
  await expect(page.locator('[data-testid="account-row"]').getByTestId('score')).toHaveText('n/a');
  await page.getByTestId('export-accounts').click();
  await expect(page.getByTestId('export-message').first()).toContainText('Saved 1 rows');
  const text = readFileSync(path.join(app.exportDir, 'accounts.csv'), 'utf8');
  expect(text).not.toContain(PASSWORD);
  const accounts = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  expect(accounts[0]).toMatchObject({ email: OWN_ADDRESS, display_name: `'=HYPERLINK("http://evil.example")` });
  await page.getByTestId('export-reports').click();
  await expect(page.getByTestId('export-message').nth(1)).toContainText('Saved 1 rows');
  const reports = parse(readFileSync(path.join(app.exportDir, 'reports.csv')), { bom: true, columns: true }) as Record<string, string>[];
  expect(reports[0]).toMatchObject({ overall_score: '', measured_percent: '60' });
});
