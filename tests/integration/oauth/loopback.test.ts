// The sign-in redirect listener: 127.0.0.1 only, a random port, this sign-in's state only,
// gone after the answer, a timeout or a cancel.
import { expect, it } from 'vitest';
import { openRedirectListener } from '../../../electron/core/oauth/loopback';
import { SignInError } from '../../../electron/core/oauth/index';
import { Cancelled } from '../../../electron/core/jobs/index';

it('takes only the redirect that carries its state, answers the browser with the outcome, then closes', async () => {
  const l = await openRedirectListener();
  expect(l.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const next = l.next('state-123', { signal: new AbortController().signal, timeoutMs: 10_000 });
  expect((await fetch(`${l.redirectUri}?code=x&state=wrong`)).status).toBe(400);
  expect((await fetch(`${l.redirectUri}favicon.ico`)).status).toBe(404);
  const page = fetch(`${l.redirectUri}?code=abc&state=state-123`);
  const hit = await next;
  expect(hit.url.searchParams.get('code')).toBe('abc');
  hit.respond(true, 'ann@example.com is connected to Inboxfleet.');
  const res = await page;
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(await res.text()).toContain('ann@example.com is connected to Inboxfleet.');
  await expect(fetch(l.redirectUri)).rejects.toThrow();
});

it('ends in a timeout (from the setting) or on cancel, and stops listening', async () => {
  const a = await openRedirectListener();
  const err = await a.next('s', { signal: new AbortController().signal, timeoutMs: 50 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SignInError);
  expect((err as SignInError).code).toBe('timeout');
  await expect(fetch(a.redirectUri)).rejects.toThrow();

  const b = await openRedirectListener();
  const ctl = new AbortController();
  const waiting = b.next('s', { signal: ctl.signal, timeoutMs: 10_000 });
  ctl.abort();
  await expect(waiting).rejects.toBeInstanceOf(Cancelled);
  await expect(fetch(b.redirectUri)).rejects.toThrow();
});
