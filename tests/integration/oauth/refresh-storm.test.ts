// 500 signed-in inboxes connected in one sitting, then tested in bulk after their access
// tokens went stale: each inbox refreshes exactly once (SMTP and IMAP share it), refreshes to
// the provider stay within the per-server limit, and rotation never makes one refresh spoil
// another (a storm of parallel refreshes with rotating tokens would end in "sign-in expired").
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AccountTestResult } from '../../../shared/connection';
import type { SignInItemResult } from '../../../shared/oauth';
import { startAuthServer, type TestAuthServer } from '../../fixtures/oauth/auth-server';
import { finished, openOAuthCore, type OAuthCore } from '../../fixtures/oauth/oauth-mail';

const N = 500;
const PER_HOST = 4;
let as: TestAuthServer;
let oc: OAuthCore;

beforeAll(async () => {
  as = await startAuthServer();
  oc = await openOAuthCore({ as });
  await oc.call(oc.core, 'settings.update', { test_concurrency: 16, test_per_host_concurrency: PER_HOST });
});
afterAll(async () => {
  await oc?.cleanup();
  await as?.stop();
});

it(`connects ${N} inboxes in one sitting, then a bulk test refreshes each token once, ${PER_HOST} at a time at most`, { timeout: 300_000 }, async () => {
  const emails = Array.from({ length: N }, (_, i) => `box${i}@tenant.example.test`);
  // Nothing listens on port 9: the checks fail fast, after the token was fetched.
  const servers = { smtp_host: '127.0.0.1', smtp_port: 9, smtp_security: 'none', imap_host: '127.0.0.1', imap_port: 9, imap_security: 'none' } as const;
  const started = performance.now();
  const { job_id, total } = await oc.call(oc.core, 'accounts.signIn', { provider: 'microsoft', emails, ...servers, test: false });
  expect(total).toBe(N);
  const sitting = await finished(oc, job_id, 240_000);
  const signInMs = performance.now() - started;
  expect((sitting.results as SignInItemResult[]).filter((r) => !r.ok)).toEqual([]);
  // One browser sign-in after the other, each with the next address as login hint.
  expect(oc.browser.opened.map((u) => new URL(u).searchParams.get('login_hint'))).toEqual(emails);

  const ids = (await oc.call(oc.core, 'accounts.list', { per_page: 100 })).total === N ? await allIds() : [];
  expect(ids).toHaveLength(N);
  oc.advance(2 * 3600 * 1000); // every cached access token is stale now
  as.setTokenDelay(20); // a provider that takes a moment, so refreshes overlap
  const refreshesBefore = as.grants['refresh_token'] ?? 0;

  const t0 = performance.now();
  const bulk = await oc.call(oc.core, 'accounts.test', { ids });
  const job = await finished(oc, bulk.job_id!, 240_000);
  const testMs = performance.now() - t0;
  const results = job.results as AccountTestResult[];
  expect(results).toHaveLength(N);
  // Every check got past the token and failed only at the (closed) port.
  expect(results.filter((r) => r.smtp.error !== 'unreachable' || r.imap.error !== 'unreachable')).toEqual([]);
  expect((as.grants['refresh_token'] ?? 0) - refreshesBefore).toBe(N);
  expect([...as.refreshesBySubject.values()].every((n) => n === 1)).toBe(true);
  expect(as.maxConcurrentTokenRequests).toBeLessThanOrEqual(PER_HOST);

  // Tested again at once: the fresh tokens serve, nothing is refreshed.
  const again = await oc.call(oc.core, 'accounts.test', { ids });
  await finished(oc, again.job_id!, 240_000);
  expect((as.grants['refresh_token'] ?? 0) - refreshesBefore).toBe(N);
  console.info(`[refresh storm] ${N} sign-ins in ${(signInMs / 1000).toFixed(1)} s (${(signInMs / N).toFixed(1)} ms each); bulk test with ${N} refreshes in ${(testMs / 1000).toFixed(1)} s; max ${as.maxConcurrentTokenRequests} token requests at once`);
});

async function allIds(): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const p = await oc.call(oc.core, 'accounts.list', { per_page: 100, page });
    ids.push(...p.items.map((a) => a.id));
    if (!p.has_next) return ids;
  }
}
