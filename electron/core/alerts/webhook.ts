// The optional workspace webhook: each digest is queued in SQLite and POSTed as Slack-compatible
// JSON. A failed POST is retried with back-off (30 s, 2 min, 10 min, 30 min, 2 h, 6 h: seven
// tries over about nine hours, then it is marked failed); queued posts survive a restart. Never
// awaited by a check. The URL is a credential (anyone holding it can post), so it lives in the
// keychain and only a shortened hint ever leaves core.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AlertDigest, WebhookDelivery, WebhookStatus, WebhookTestResult } from '../../../shared/alerts';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { Database } from '../store/index';
import type { Vault } from '../vault/index';
import type { Timers } from '../timers';
import { webhookBody } from './digest';

export const WEBHOOK_KEY = 'alerts:webhook-url';
export const WEBHOOK_RETRY_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000, 21_600_000];
const TIMEOUT_MS = 10_000;
const SHOWN_DELIVERIES = 10;

/** When to try again after `attempts` failed tries, or null to give up. */
export function retryAt(attempts: number, now: Date, retryMs: readonly number[] = WEBHOOK_RETRY_MS): string | null {
  const wait = retryMs[attempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait).toISOString();
}

/** Scheme, host and "…": enough to recognise the hook, not enough to post to it. */
export function urlHint(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/…`;
  } catch {
    return '…';
  }
}

export interface WebhookOptions {
  retryMs?: readonly number[];
  timeoutMs?: number;
}

export interface Webhook {
  enqueue(d: AlertDigest): Promise<void>;
  status(): Promise<WebhookStatus>;
  set(url: string | null): Promise<WebhookStatus>;
  test(): Promise<WebhookTestResult>;
  /** Sends what is due now and arms the timer for the next retry (start-up, resume). */
  kick(): void;
  close(): Promise<void>;
}

async function post(url: string, body: unknown, timeoutMs: number): Promise<{ ok: boolean; status: number | null; message: string }> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      // A redirect could lead anywhere: the user gave this URL and no other.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = (await res.text().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 200);
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, message: `Delivered (HTTP ${res.status})` };
    return { ok: false, status: res.status, message: `The webhook answered HTTP ${res.status}${text ? `: ${text}` : ''}` };
  } catch (err) {
    const e = err as { name?: string; cause?: { code?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return { ok: false, status: null, message: `No answer within ${timeoutMs / 1000} s` };
    const code = e.cause?.code;
    const words: Record<string, string> = {
      ECONNREFUSED: 'connection refused', ENOTFOUND: 'host not found', ECONNRESET: 'connection reset',
      EAI_AGAIN: 'DNS lookup failed', CERT_HAS_EXPIRED: 'TLS certificate expired', DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    };
    return { ok: false, status: null, message: `Could not reach the webhook: ${code ? words[code] ?? code : 'network error'}` };
  }
}

type Row = Awaited<ReturnType<typeof pendingRows>>[number];
const pendingRows = (db: Kysely<Database>, now: string) =>
  db.selectFrom('webhook_deliveries').selectAll().where('status', '=', 'pending').where('next_attempt_at', '<=', now).orderBy('created_at').limit(20).execute();

const toDelivery = (r: Row): WebhookDelivery => ({
  id: r.id, created_at: r.created_at, title: r.title, status: r.status as WebhookDelivery['status'], attempts: r.attempts,
  last_attempt_at: r.last_attempt_at, next_attempt_at: r.next_attempt_at, last_error: r.last_error, delivered_at: r.delivered_at,
});

export function createWebhook(deps: { db: Kysely<Database>; vault: Vault; clock: Clock; log: Logger; timers: Timers } & WebhookOptions): Webhook {
  const { db, vault, clock, log, timers } = deps;
  const retryMs = deps.retryMs ?? WEBHOOK_RETRY_MS;
  const timeoutMs = deps.timeoutMs ?? TIMEOUT_MS;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const url = () => vault.get(WEBHOOK_KEY).catch(() => null);

  async function attempt(row: Row): Promise<void> {
    const target = await url();
    const now = clock.now();
    if (!target) {
      await db.updateTable('webhook_deliveries').set({ status: 'failed', last_error: 'No webhook URL is set', next_attempt_at: null }).where('id', '=', row.id).execute();
      return;
    }
    const r = await post(target, JSON.parse(row.payload), timeoutMs);
    const attempts = row.attempts + 1;
    const at = clock.now().toISOString();
    if (r.ok) {
      await db.updateTable('webhook_deliveries').set({ status: 'delivered', attempts, last_attempt_at: at, delivered_at: at, next_attempt_at: null, last_error: null }).where('id', '=', row.id).execute();
      return;
    }
    const next = retryAt(attempts, now, retryMs);
    log.warn('webhook delivery failed', { id: row.id, attempts, error: r.message, gave_up: next === null });
    await db.updateTable('webhook_deliveries')
      .set({ status: next ? 'pending' : 'failed', attempts, last_attempt_at: at, next_attempt_at: next, last_error: r.message })
      .where('id', '=', row.id).execute();
  }

  async function drain(): Promise<void> {
    do {
      again = false;
      for (;;) {
        const rows = await pendingRows(db, clock.now().toISOString());
        if (rows.length === 0 || closed) break;
        for (const row of rows) await attempt(row);
      }
    } while (again && !closed);
    if (closed) return;
    const next = await db.selectFrom('webhook_deliveries').select('next_attempt_at').where('status', '=', 'pending').orderBy('next_attempt_at').executeTakeFirst();
    if (timer !== null) timers.clearTimeout(timer);
    timer = next?.next_attempt_at ? timers.setTimeout(() => { timer = null; kick(); }, Date.parse(next.next_attempt_at) - clock.now().getTime()) : null;
  }

  function kick(): void {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((err: unknown) => log.error('webhook queue failed', { error: err instanceof Error ? err.message : String(err) }))
      .finally(() => (running = null));
  }

  async function status(): Promise<WebhookStatus> {
    const u = await url();
    const rows = await db.selectFrom('webhook_deliveries').selectAll().orderBy('created_at', 'desc').limit(SHOWN_DELIVERIES).execute();
    return { configured: !!u, url_hint: u ? urlHint(u) : null, deliveries: rows.map(toDelivery) };
  }

  return {
    async enqueue(d) {
      if (closed || !(await url())) return;
      const now = clock.now().toISOString();
      await db.insertInto('webhook_deliveries')
        .values({ id: randomUUID(), created_at: now, title: d.title, payload: JSON.stringify(webhookBody(d)), status: 'pending', attempts: 0, last_attempt_at: null, next_attempt_at: now, last_error: null, delivered_at: null })
        .execute();
      kick();
    },
    status,
    async set(u) {
      if (u === null) await vault.delete(WEBHOOK_KEY);
      else await vault.set(WEBHOOK_KEY, u);
      return status();
    },
    async test() {
      const u = await url();
      if (!u) return { ok: false, status: null, message: 'No webhook URL is set' };
      return post(u, { text: '*Inboxfleet*: test message. Alerts will arrive here.' }, timeoutMs);
    },
    kick,
    async close() {
      closed = true;
      if (timer !== null) timers.clearTimeout(timer);
      await running;
    },
  };
}
