// The alerts area: after every check, compare the subject with what it was last seen as, store
// what opened, continued or resolved, pause inboxes whose client asked for it, and tell the
// changes in digests (event for main's notification and badge, webhook POST).
import type { AlertCounts, AlertDigest, DigestItem } from '../../../shared/alerts';
import type { Handlers } from '../../../shared/contract';
import type { MailContext } from '../mail-context';
import { MIN_SAMPLE } from '../report/index';
import { accountsRepo } from '../store/index';
import { realTimers, type Timers } from '../timers';
import { createDigester, digestItem } from './digest';
import { storedFacts, type FactSource } from './facts';
import { accept, step } from './machine';
import * as repo from './repo';
import { accountEvaluation, domainEvaluation } from './rules';
import type { AccountFacts, Finding, Thresholds } from './types';
import { createWebhook, type WebhookOptions } from './webhook';

export type AlertHandlers = Pick<
  Handlers,
  'alerts.list' | 'alerts.counts' | 'alerts.acknowledge' | 'alerts.webhookStatus' | 'alerts.setWebhook' | 'alerts.testWebhook'
>;

export interface AlertsDeps extends Pick<MailContext, 'db' | 'vault' | 'clock' | 'events' | 'log' | 'settings'> {
  /** True while a check job runs: digests wait for it. */
  busy(): boolean;
  timers?: Timers;
  /** Where facts come from; default: what the store holds. */
  facts?: FactSource;
  webhook?: WebhookOptions;
  digest?: { quietMs?: number; maxWaitMs?: number };
}

export interface AlertService {
  observeAccount(id: string): Promise<void>;
  observeDomain(domain: string): Promise<void>;
  /** Resolves alerts of domains no inbox sends from any more. */
  sweep(): Promise<void>;
  handlers: AlertHandlers;
  /** Sends the pending digest now. */
  flush(): void;
  /** Retries due webhook posts now (after a resume). */
  kickWebhook(): void;
  close(): Promise<void>;
}

/** Rate crossings that pause an inbox whose client asked for it: bounces, blocks, complaints. */
const PAUSING_KINDS = new Set(['bounce_rate', 'block_rate', 'complaint_rate']);

export function createAlerts(deps: AlertsDeps): AlertService {
  const { db, clock, events, log, settings } = deps;
  const timers = deps.timers ?? realTimers;
  const facts = deps.facts ?? storedFacts(db);
  const webhook = createWebhook({ db, vault: deps.vault, clock, log, timers, ...deps.webhook });
  const sending = new Set<Promise<void>>();
  const digester = createDigester({
    clock, timers, busy: deps.busy, ...deps.digest,
    send: (d: AlertDigest) => {
      events.emit('alerts.digest', d);
      const p = webhook.enqueue(d)
        .catch((err: unknown) => log.error('webhook enqueue failed', { error: String(err) }))
        .finally(() => sending.delete(p));
      sending.add(p);
    },
  });

  // One evaluation per subject at a time: two checks of one inbox must not both open its alert.
  const queues = new Map<string, Promise<unknown>>();
  function serial<T>(subject: string, fn: () => Promise<T>): Promise<T> {
    const run = (queues.get(subject) ?? Promise.resolve()).catch(() => undefined).then(fn);
    const tail = run.finally(() => {
      if (queues.get(subject) === tail) queues.delete(subject);
    });
    queues.set(subject, tail);
    return run;
  }

  let lastCounts: AlertCounts | null = null;
  async function publishCounts(): Promise<void> {
    const c = await repo.countAlerts(db);
    if (lastCounts && c.open === lastCounts.open && c.unacknowledged === lastCounts.unacknowledged) return;
    lastCounts = c;
    events.emit('alerts.changed', c);
  }

  function tell(applied: repo.Applied): Promise<void> {
    const items: DigestItem[] = [...applied.opened.map((a) => digestItem(a, 'opened')), ...applied.resolved.map((a) => digestItem(a, 'resolved'))];
    digester.add(items);
    return items.length ? publishCounts() : Promise.resolve();
  }

  const thresholds = (): Thresholds => {
    const s = settings.current();
    return { bounce_pct: s.alert_bounce_pct, block_pct: s.alert_block_pct, complaint_pct: s.alert_complaint_pct, score_drop: s.alert_score_drop, min_sends: MIN_SAMPLE };
  };

  /** Auto-pause: an inbox of a client that asked for it is paused when it crosses a rate threshold. */
  async function autoPause(a: AccountFacts, opened: Finding[], now: string): Promise<boolean> {
    const crossing = opened.filter((f) => PAUSING_KINDS.has(f.kind));
    if (!crossing.length || !a.client_id || !settings.current().alert_auto_pause_client_ids.includes(a.client_id) || a.status === 'paused') return false;
    await accountsRepo.updateAccountRows(db, [a.id], { status: 'paused', updated_at: now });
    for (const f of crossing) {
      f.title = `${f.title}: paused`;
      f.detail = `${f.detail} Inboxfleet paused this inbox automatically because auto-pause is on for ${a.client_name ?? 'its client'}.`;
      f.observed = { ...f.observed, auto_paused: { at: now, client: a.client_name, reason: f.title } };
    }
    log.info('inbox paused by alert', { id: a.id, kinds: crossing.map((f) => f.kind) });
    return true;
  }

  async function observeAccount(id: string): Promise<void> {
    await serial(`account:${id}`, async () => {
      const a = await facts.account(id);
      if (!a) return;
      const subject = repo.accountSubject(a.id, a.domain);
      const prev = await repo.loadState(db, subject.subject);
      const judge = (explained: boolean) => {
        const ev = accountEvaluation(a, prev?.state.baselines ?? {}, thresholds(), explained);
        return step(prev?.state ?? null, ev.evals, ev.baselines);
      };
      // A score drop with another alert of this check (or of its domain since the last one) is
      // explained by it: tracked quietly, not told twice.
      let result = judge(prev ? await repo.openedSince(db, subject, prev.checked_at) : false);
      if (result.opened.some((f) => f.kind === 'score_drop') && result.opened.some((f) => f.kind !== 'score_drop')) result = judge(true);
      const now = clock.now().toISOString();
      const paused = await autoPause(a, result.opened, now);
      await tell(await repo.applyStep(db, subject, result, now));
      if (paused) events.emit('accounts.changed', { ids: [a.id] });
    });
  }

  async function observeDomain(domain: string): Promise<void> {
    await serial(`domain:${domain}`, async () => {
      const d = await facts.domain(domain);
      if (!d) return;
      const subject = repo.domainSubject(domain);
      const prev = await repo.loadState(db, subject.subject);
      const ev = domainEvaluation(d, prev?.state.baselines ?? {});
      const result = step(prev?.state ?? null, ev.evals, ev.baselines);
      await tell(await repo.applyStep(db, subject, result, clock.now().toISOString()));
    });
  }

  /** Acknowledging a DNS change accepts it: the new record becomes what later checks compare with. */
  async function acceptChanges(ids: string[], now: string): Promise<number> {
    const alerts = (await repo.getAlerts(db, ids)).filter((a) => !a.resolved_at && a.observed['accept']);
    for (const a of alerts) {
      const subject = a.account_id ? `account:${a.account_id}` : `domain:${a.domain}`;
      await serial(subject, async () => {
        const current = await repo.loadState(db, subject);
        const key = a.kind === 'dkim_record' ? 'dkim' : a.kind === 'spf_record' ? 'spf' : 'dmarc';
        if (current) await repo.saveState(db, subject, accept(current.state, key, a.observed['accept'] as { name: string; value: unknown }));
        await repo.resolve(db, [a.id], 'Change accepted', now);
      });
    }
    if (alerts.length) digester.add(alerts.map((a) => digestItem({ ...a, title: `${a.title} (accepted)` }, 'resolved')));
    return alerts.length;
  }

  const handlers: AlertHandlers = {
    'alerts.list': async ({ status, client_id, days, limit }) => {
      const since = new Date(clock.now().getTime() - days * 86_400_000).toISOString();
      const items = await repo.listAlerts(db, { status, client_id, since, limit });
      return { items, ...(await repo.countAlerts(db)) };
    },
    'alerts.counts': () => repo.countAlerts(db),
    'alerts.acknowledge': async (input) => {
      const now = clock.now().toISOString();
      // By filter: every open alert that filter lists, however many (the screen shows 500 at most).
      const ids = input.ids ?? (await repo.openAlertIds(db, input.filter ?? {}));
      const acknowledged = await repo.acknowledge(db, ids, now);
      const accepted = await acceptChanges(ids, now);
      await publishCounts();
      return { acknowledged, accepted };
    },
    'alerts.webhookStatus': () => webhook.status(),
    'alerts.setWebhook': ({ url }) => webhook.set(url),
    'alerts.testWebhook': () => webhook.test(),
  };

  // Deleting inboxes removes their alerts (cascade): the badge follows. A round changes
  // thousands of inboxes one by one, so changes in one turn of the event loop count once.
  let recount: Promise<void> | null = null;
  const off = events.on('accounts.changed', () => {
    recount ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(publishCounts)
      .catch(() => undefined)
      .finally(() => (recount = null));
  });
  webhook.kick();

  return {
    observeAccount,
    observeDomain,
    async sweep() {
      const now = clock.now().toISOString();
      const resolved: string[] = [];
      for (const domain of await repo.orphanDomains(db)) resolved.push(...(await repo.forgetDomain(db, domain, now)));
      if (resolved.length) await tell({ opened: [], resolved: await repo.getAlerts(db, resolved) });
    },
    handlers,
    flush: () => digester.flush(),
    kickWebhook: () => webhook.kick(),
    async close() {
      off();
      await recount;
      await Promise.allSettled([...queues.values()]);
      digester.close();
      await Promise.allSettled([...sending]);
      await webhook.close();
    },
  };
}
