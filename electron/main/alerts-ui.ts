// Core's alert events → the desktop: a notification per digest and a badge of unacknowledged
// alerts. Electron-free (the Electron side is passed in), so it is unit-tested under Node.
import type { AlertCounts, AlertDigest } from '../../shared/alerts';
import type { Core } from '../core/index';

export interface AlertsUi {
  notify(n: { title: string; body: string; link: string }): void;
  /** Unacknowledged open alerts; 0 clears the badge. */
  setBadge(count: number, counts: AlertCounts): void;
}

const LINK = /^#\/(alerts|accounts\/[A-Za-z0-9%._-]+|domains\/[A-Za-z0-9%._-]+)$/;

/** Where clicking the notification leads: the inbox or domain of a single change, else the Alerts screen. */
export function notificationLink(d: AlertDigest): string {
  const only = d.items.length === 1 ? d.items[0]!.link : '#/alerts';
  return LINK.test(only) ? only : '#/alerts';
}

export const isAppLink = (link: string): boolean => LINK.test(link);

export function wireAlertsUi(core: Pick<Core, 'events' | 'invoke'>, ui: AlertsUi): () => void {
  const offs = [
    core.events.on('alerts.changed', (c) => ui.setBadge(c.unacknowledged, c)),
    core.events.on('alerts.digest', (d) => ui.notify({ title: d.title, body: d.body, link: notificationLink(d) })),
  ];
  // The badge is right from the start, not only after the next change.
  void core.invoke('alerts.counts', undefined).then((r) => r.ok && ui.setBadge(r.data.unacknowledged, r.data));
  return () => offs.forEach((off) => off());
}
