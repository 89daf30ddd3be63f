// The hourly check as a job: "Check now" starts a round whose progress shows under the nav on
// every screen and can be cancelled; NextCheck says when the last round ran and the next runs.
// The inboxes' servers accept connections and never answer, so a round lasts until the
// greeting timeout set here: long enough to look at, bounded by settings, not by sleeps.
import { expect, test } from './fixtures/app';
import { startHostilePeer, type HostilePeer } from '../fixtures/mail/hostile';

let silent: HostilePeer;
test.beforeAll(async () => {
  silent = await startHostilePeer('silent');
});
test.afterAll(async () => silent?.stop());

test('a round shows its progress on every screen, can be cancelled, and NextCheck tells last and next run', async ({ app }) => {
  const { page, core } = app;
  await core.invoke('settings.update', { connect_timeout_ms: 1000, greeting_timeout_ms: 2500, socket_timeout_ms: 2500, probe_deadline_ms: 4000 });
  for (const n of [1, 2, 3]) {
    const r = await core.invoke('accounts.create', {
      email: `slow${n}@slow-mail.test`, display_name: `Slow ${n}`, smtp_host: '127.0.0.1', smtp_port: silent.port,
      imap_host: '127.0.0.1', imap_port: silent.port, smtp_password: 'slow-password', test: false,
    });
    expect(r.ok).toBe(true);
  }

  await app.open('#/accounts');
  await expect(page.getByTestId('next-check')).toContainText('Not checked yet');
  await page.getByTestId('check-now').click();
  const bar = page.getByTestId('scheduler-progress');
  await expect(bar).toContainText('Checking all inboxes');
  await expect(page.getByTestId('check-now')).toBeDisabled();
  await page.getByTestId('nav-domains').click();
  await expect(bar).toBeVisible();
  await page.screenshot({ path: 'test-results/scheduler-progress.png' });
  await bar.getByTestId('job-cancel').click();
  await expect(bar).toHaveCount(0, { timeout: 30_000 });
  await page.getByTestId('nav-accounts').click();
  await expect(page.getByTestId('next-check')).toContainText('(cancelled)');

  await page.getByTestId('check-now').click();
  await expect(bar).toContainText('of 3');
  await expect(bar).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('next-check')).toContainText('3 of 3 inboxes');
  await expect(page.getByTestId('next-run')).toContainText('next');
  const status = await core.invoke('scheduler.status', undefined);
  expect(status.ok && status.data.last_run).toMatchObject({ reason: 'manual', status: 'done', total: 3, done: 3 });
});
