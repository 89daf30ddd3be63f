// Main's alert wiring without Electron: each digest becomes one notification that opens the
// inbox, the domain or the Alerts screen; the badge follows the unacknowledged count from start.
import { describe, expect, it } from 'vitest';
import { isAppLink, notificationLink, wireAlertsUi } from '../../../electron/main/alerts-ui';
import { createEvents } from '../../../electron/core/events';
import type { AlertDigest } from '../../../shared/alerts';

const digest = (links: string[]): AlertDigest => ({
  id: 'd', created_at: '2026-06-01T10:00:00Z', title: 't', body: 'b', opened: links.length, resolved: 0,
  items: links.map((link, i) => ({ alert_id: `a${i}`, change: 'opened', kind: 'connection', severity: 'critical', title: `x${i}`, link })),
});

describe('alerts in main', () => {
  it('notifications link to the one inbox or domain, else to the Alerts screen; nothing else is a link', () => {
    expect(notificationLink(digest(['#/accounts/6f1c-9a']))).toBe('#/accounts/6f1c-9a');
    expect(notificationLink(digest(['#/domains/acme.test']))).toBe('#/domains/acme.test');
    expect(notificationLink(digest(['#/accounts/1', '#/accounts/2']))).toBe('#/alerts');
    expect(notificationLink(digest(['javascript:alert(1)']))).toBe('#/alerts');
    expect(isAppLink('#/accounts/a"); require("x')).toBe(false);
  });

  it('sets the badge from the current counts at once, then on every change; each digest notifies once', async () => {
    const events = createEvents();
    const badge: number[] = [];
    const shown: { title: string; link: string }[] = [];
    const off = wireAlertsUi(
      { events, invoke: (async () => ({ ok: true, data: { open: 3, unacknowledged: 2 } })) as never },
      { notify: (n) => shown.push({ title: n.title, link: n.link }), setBadge: (n) => badge.push(n) },
    );
    await new Promise((r) => setImmediate(r));
    expect(badge).toEqual([2]);
    events.emit('alerts.changed', { open: 3, unacknowledged: 0 });
    events.emit('alerts.digest', { ...digest(['#/domains/acme.test']), title: 'acme.test listed' });
    expect(badge).toEqual([2, 0]);
    expect(shown).toEqual([{ title: 'acme.test listed', link: '#/domains/acme.test' }]);
    off();
    events.emit('alerts.changed', { open: 1, unacknowledged: 1 });
    expect(badge).toEqual([2, 0]);
  });
});
