// Fleet triage in the UI against real parts: connection tests against smtp-server and Dovecot,
// domain audits against dnsmasq (a domain whose IP is listed), a mailbox read for bounces and
// complaints. The Overview's counts match that fleet; a problem links to the filtered list; the
// client page and its HTML report, which opens in the browser without a single request.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import type { Core } from '../../electron/core/index';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { expect, test } from './fixtures/app';
import { expectNothingClipped } from './fixtures/layout';
import { startDovecot, type TestDovecot } from '../fixtures/mail/dovecot';
import { startSmtpServer, type TestSmtpServer } from '../fixtures/mail/smtp-server';
import { openMailbox, sentMessage } from '../fixtures/mail/seed-mailbox';
import { MESSAGE_FIXTURES, OWN_ADDRESS, readMessageFixture, SENT_MESSAGE_IDS } from '../fixtures/messages/index';

const PASSWORD = 'fleet-e2e-password';
const OK = 'ok@fleet-ok.test';
const BAD = 'bad@fleet-ok.test';
const SENDS = 40;

let smtp: TestSmtpServer;
let dovecot: TestDovecot;

test.beforeAll(async () => {
  smtp = await startSmtpServer({ mode: 'starttls', users: { [OK]: PASSWORD, [OWN_ADDRESS]: PASSWORD } });
  dovecot = await startDovecot({ users: { [OK]: PASSWORD, [OWN_ADDRESS]: PASSWORD } });
  // anna's mailbox: 40 recent sends (2 a day) and every fixture reply, bounce and complaint, dated yesterday.
  const client = await openMailbox(dovecot, OWN_ADDRESS, PASSWORD);
  await client.mailboxCreate('Sent');
  await client.mailboxCreate('Junk');
  const ids = [...SENT_MESSAGE_IDS, ...Array.from({ length: SENDS - SENT_MESSAGE_IDS.length }, (_, i) => `<fleet-${i}@acme-outreach.com>`)];
  for (const [i, id] of ids.entries()) await client.append('Sent', sentMessage(id, new Date(Date.now() - (1 + Math.floor(i / 2)) * 86_400_000)), ['\\Seen']);
  const yesterday = new Date(Date.now() - 86_400_000).toUTCString();
  for (const m of MESSAGE_FIXTURES) {
    const raw = readMessageFixture(m.file, { crlf: true }).toString('latin1').replace(/^Date: .*$/m, `Date: ${yesterday}`);
    await client.append(m.folder, Buffer.from(raw, 'latin1'));
  }
  await client.logout();
});
test.afterAll(async () => {
  await smtp?.stop();
  await dovecot?.stop();
});

async function call<M extends MethodName>(core: Core, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const r = await core.invoke(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data;
}

/** Six inboxes for two clients and none, checked for real. */
async function seed(core: Core) {
  const acme = (await call(core, 'clients.create', { name: 'Acme' })).id;
  const globex = (await call(core, 'clients.create', { name: 'Globex' })).id;
  const loopback = { smtp_host: '127.0.0.1', smtp_port: smtp.port, imap_host: '127.0.0.1', imap_port: dovecot.imapTlsPort, imap_security: 'tls' as const, test: false };
  const inbox = (email: string, over: Partial<InputOf<'accounts.create'>>) =>
    call(core, 'accounts.create', { email, display_name: email.split('@')[0]!, smtp_host: 'localhost', smtp_port: 587, smtp_password: PASSWORD, test: false, ...over });
  const ok = await inbox(OK, { ...loopback, client_id: acme });
  const bad = await inbox(BAD, { ...loopback, smtp_password: 'not-the-password', client_id: acme });
  const anna = await inbox(OWN_ADDRESS, { ...loopback, client_id: acme });
  await inbox('dan@listed.test', { smtp_host: 'smtp.listed.test', client_id: globex });
  await inbox('cat@nospf.test', { smtp_host: 'smtp.own.test', client_id: globex });
  await inbox('ann@good-google.test', { smtp_host: 'smtp.gmail.com', provider: 'google' });

  for (const a of [ok, bad, anna]) await call(core, 'accounts.test', { id: a.id });
  await call(core, 'accounts.setStatus', { ids: [bad.id], status: 'paused' });
  for (const domain of ['fleet-ok.test', 'listed.test', 'nospf.test', 'good-google.test']) await call(core, 'domains.check', { domain, force: true });
  // Reads anna's mailbox (bounces, complaints) and audits acme-outreach.com on the way.
  await call(core, 'deliverability.report', { id: anna.id, refresh: true });
  return { acme, globex };
}

const tile = (page: Page, health: string) => page.getByTestId(`health-count-${health}`).locator('strong');

test('Overview counts the seeded fleet, links a problem to the filtered list, and the client page exports a self-contained report', async ({ app }) => {
  const { page, core } = app;
  const { acme } = await seed(core);

  await app.open('#/');
  await expect(tile(page, 'failing')).toHaveText('3');
  await expect(tile(page, 'at_risk')).toHaveText('1');
  await expect(tile(page, 'watch')).toHaveText('0');
  await expect(tile(page, 'healthy')).toHaveText('1');
  await expect(tile(page, 'unknown')).toHaveText('1');
  await expect(page.getByText('6 inboxes, 1 paused')).toBeVisible();
  const clientRow = (name: string) => page.locator(`[data-testid="client-health-row"][data-client="${name}"]`);
  await expect(clientRow('Acme').locator('td[data-health="failing"]')).toHaveText('2');
  await expect(clientRow('Acme').locator('td[data-health="healthy"]')).toHaveText('1');
  await expect(clientRow('Globex').locator('td[data-health="at_risk"]')).toHaveText('1');
  await expect(clientRow('No client').locator('td[data-health="unknown"]')).toHaveText('1');

  const problems = page.getByTestId('problems');
  await expect(problems).toContainText('1 domain listed on Spamhaus ZEN (1 inbox)');
  await expect(problems).toContainText('1 inbox over 0.3 % complaints');
  await expect(problems).toContainText('3 domains have no DMARC record');
  await expect(page.getByTestId('unmeasured')).toContainText('3 inboxes not tested yet');
  await expect(page.getByTestId('trend')).toHaveAttribute('data-sent', String(SENDS));
  await expect(page.getByTestId('last-checked')).not.toContainText('never');
  // The scheduler's next round and the open alerts sit on the home screen too.
  await expect(page.getByTestId('next-check')).toContainText(/next|checking now|not planned/);
  await expect(page.getByTestId('check-now')).toBeVisible();
  await expect(page.getByTestId('open-alerts')).toHaveAttribute('data-open', /^\d+$/);
  await expect(page.getByTestId('open-alerts').getByRole('link')).toHaveAttribute('href', '#/alerts');
  await expect(page.getByTestId('readiness-panel')).toContainText('End of password logins');
  await page.screenshot({ path: 'test-results/overview.png', fullPage: true });

  // A problem is a link to exactly the inboxes it counts; the filter is in the address.
  await problems.getByRole('link', { name: '1 inbox cannot log in (password or username rejected)' }).click();
  await expect(page).toHaveURL(/#\/accounts\?connection=auth_failed$/);
  const rows = page.getByTestId('account-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-email', BAD);
  await expect(rows.first().getByTestId('health-chip')).toHaveText('Failing');
  await expect(rows.first().getByTestId('status-badge')).toHaveText('paused');
  await expect(page.getByTestId('filter-connection')).toHaveValue('auth_failed');
  // Changing a filter rewrites the address, so a reload (or a pasted link) shows the same list.
  await page.getByTestId('filter-health').selectOption('failing');
  await expect(page).toHaveURL(/health=failing/);
  await page.reload();
  await expect(page.getByTestId('filter-health')).toHaveValue('failing');
  await expect(rows).toHaveCount(1);

  // A listing links to the Domains view filtered to it; the domain says who sends from the IP.
  await page.getByTestId('nav-overview').click();
  await page.getByRole('link', { name: '1 domain listed on Spamhaus ZEN (1 inbox)' }).click();
  await expect(page).toHaveURL(/#\/domains\?listed_on=Spamhaus(\+|%20)ZEN$/);
  await expect(page.getByTestId('domain-row')).toHaveCount(1);
  await expect(page.getByTestId('domain-row').first()).toHaveAttribute('data-domain', 'listed.test');
  await page.getByRole('link', { name: 'listed.test' }).click();
  await expect(page.getByTestId('listing-senders').first()).toContainText('192.0.2.40 (smtp.listed.test) is used by 1 inbox of Globex (1)');
  await expect(page.getByTestId('account-row')).toHaveCount(1);

  // The client page: counts, domains, the inboxes table pre-filtered, the trend.
  await page.getByTestId('nav-overview').click();
  await clientRow('Acme').getByRole('link', { name: 'Acme', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${acme}$`));
  const client = page.getByTestId('client-page');
  await expect(tile(page, 'failing')).toHaveText('2');
  await expect(tile(page, 'healthy')).toHaveText('1');
  await expect(client.getByTestId('domain-row')).toHaveCount(2);
  await expect(client.getByTestId('account-row')).toHaveCount(3);
  await expect(client.getByTestId('trend')).toHaveAttribute('data-sent', String(SENDS));
  await expectNothingClipped(client.getByTestId('accounts-table'));
  await page.screenshot({ path: 'test-results/client-page.png', fullPage: true });

  await client.getByTestId('export-client-csv').click();
  await expect(client.getByTestId('export-message').first()).toContainText('Saved 3 inboxes');
  const csv = parse(readFileSync(path.join(app.exportDir, 'client-report.csv')), { bom: true, columns: true }) as Record<string, string>[];
  expect(csv.map((r) => [r.email, r.health])).toEqual(expect.arrayContaining([[OK, 'healthy'], [BAD, 'failing'], [OWN_ADDRESS, 'failing']]));

  await client.getByTestId('export-client-html').click();
  await expect(client.getByTestId('export-message').first()).toContainText('Saved 3 inboxes');
  const file = path.join(app.exportDir, 'client-report.html');
  expect(readFileSync(file, 'utf8')).not.toContain(PASSWORD);

  // Opened on its own, the report asks the network for nothing: the only request is the file itself.
  const report = await page.context().newPage();
  const requests: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  await report.goto(pathToFileURL(file).href);
  await expect(report.getByRole('heading', { name: 'Deliverability report: Acme' })).toBeVisible();
  await expect(report.locator('svg')).toHaveCount(2);
  await expect(report.getByText(OK)).toBeVisible();
  expect(requests).toEqual([pathToFileURL(file).href]);
  await report.emulateMedia({ media: 'print' });
  await report.screenshot({ path: 'test-results/client-report.png', fullPage: true });
  await report.close();
});
