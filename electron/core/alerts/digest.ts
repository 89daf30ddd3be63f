// Digests: alert changes are told in groups, not one by one. A digest goes out once changes
// have stopped coming for `quietMs` while no check job runs, or `maxWaitMs` after its first
// change (so a round spread over the hour still reports every few minutes), and at shutdown.
import { randomUUID } from 'node:crypto';
import type { Alert, AlertDigest, AlertKind, DigestItem } from '../../../shared/alerts';
import type { Clock } from '../clock';
import type { Timers } from '../timers';

export const DIGEST_QUIET_MS = 2_000;
export const DIGEST_MAX_WAIT_MS = 5 * 60_000;

export const alertLink = (a: Pick<Alert, 'account_id' | 'domain'>): string =>
  a.account_id ? `#/accounts/${encodeURIComponent(a.account_id)}` : `#/domains/${encodeURIComponent(a.domain)}`;

export const digestItem = (a: Alert, change: DigestItem['change']): DigestItem => ({
  alert_id: a.id, change, kind: a.kind, severity: a.severity, title: a.title, link: alertLink(a),
});

// How many of one kind read in a digest's body.
const PHRASES: Record<AlertKind, [string, string]> = {
  connection: ['inbox cannot log in or connect', 'inboxes cannot log in or connect'],
  listing: ['new blacklist listing', 'new blacklist listings'],
  spf_record: ['SPF record changed or removed', 'SPF records changed or removed'],
  dkim_record: ['DKIM key changed or removed', 'DKIM keys changed or removed'],
  dmarc_record: ['DMARC record changed or removed', 'DMARC records changed or removed'],
  bounce_rate: ['inbox over the bounce threshold', 'inboxes over the bounce threshold'],
  complaint_rate: ['inbox over the complaint threshold', 'inboxes over the complaint threshold'],
  score_drop: ['score drop', 'score drops'],
  sign_in_expired: ['inbox needs signing in again', 'inboxes need signing in again'],
  block_rate: ['inbox over the block threshold', 'inboxes over the block threshold'],
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Title and body of one digest: one change reads as itself, several as counts by kind. */
export function buildDigest(items: DigestItem[], now: Date): AlertDigest {
  const opened = items.filter((i) => i.change === 'opened');
  const resolved = items.filter((i) => i.change === 'resolved');
  let title: string;
  let lines: string[];
  if (items.length === 1) {
    const only = items[0]!;
    title = only.change === 'opened' ? only.title : `Resolved: ${only.title}`;
    lines = [only.change === 'opened' ? 'Open Inboxfleet → Alerts for details.' : 'This alert cleared at the last check.'];
  } else {
    title = [opened.length ? plural(opened.length, 'new alert', 'new alerts') : '', resolved.length ? `${resolved.length} resolved` : '']
      .filter(Boolean)
      .join(', ');
    const byKind = new Map<AlertKind, number>();
    for (const i of opened) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
    lines = [...byKind].map(([kind, n]) => plural(n, ...PHRASES[kind]));
    if (resolved.length) lines.push(`${plural(resolved.length, 'alert', 'alerts')} resolved`);
  }
  return { id: randomUUID(), created_at: now.toISOString(), title, body: lines.join('\n'), opened: opened.length, resolved: resolved.length, items };
}

/** Slack-compatible body: `text` only, which Slack, Mattermost, Rocket.Chat and Teams workflows all read. */
export function webhookBody(d: AlertDigest): { text: string } {
  const MAX = 20;
  const lines = d.items.slice(0, MAX).map((i) => `• ${i.change === 'opened' ? 'Opened' : 'Resolved'}: ${i.title}`);
  if (d.items.length > MAX) lines.push(`• … and ${d.items.length - MAX} more in the app`);
  return { text: `*Inboxfleet: ${d.title}*\n${lines.join('\n')}` };
}

export interface Digester {
  add(items: DigestItem[]): void;
  /** Sends what is pending now (shutdown, tests). */
  flush(): void;
  close(): void;
}

export function createDigester(deps: {
  clock: Clock;
  timers: Timers;
  /** True while a check job runs: its changes wait for it (up to maxWaitMs). */
  busy(): boolean;
  send(d: AlertDigest): void;
  quietMs?: number;
  maxWaitMs?: number;
}): Digester {
  const quiet = deps.quietMs ?? DIGEST_QUIET_MS;
  const maxWait = deps.maxWaitMs ?? DIGEST_MAX_WAIT_MS;
  let pending: DigestItem[] = [];
  let firstAt = 0;
  let timer: unknown = null;

  const arm = (ms: number) => {
    if (timer !== null) deps.timers.clearTimeout(timer);
    timer = deps.timers.setTimeout(onTimer, Math.max(0, ms));
  };
  function onTimer() {
    timer = null;
    const waited = deps.clock.now().getTime() - firstAt;
    if (deps.busy() && waited < maxWait) arm(Math.min(quiet, maxWait - waited));
    else flush();
  }
  function flush() {
    if (timer !== null) deps.timers.clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    deps.send(buildDigest(items, deps.clock.now()));
  }
  return {
    add(items) {
      if (items.length === 0) return;
      if (pending.length === 0) firstAt = deps.clock.now().getTime();
      pending.push(...items);
      const waited = deps.clock.now().getTime() - firstAt;
      arm(Math.min(quiet, Math.max(0, maxWait - waited)));
    },
    flush,
    close() {
      flush();
    },
  };
}
