// Alert rules over raw facts: thresholds from Settings, too few sends is unknown, DNS records
// removed or changed against their baseline, listings per list, score drops against the score
// before the drop.
import { describe, expect, it } from 'vitest';
import { accountEvaluation, domainEvaluation, type AccountFacts, type DomainFacts, type GroupEval, type Thresholds } from '../../../electron/core/alerts/index';

const T: Thresholds = { bounce_pct: 5, block_pct: 3, complaint_pct: 0.3, score_drop: 15, min_sends: 20 };
const ok = { ok: true, error: null, message: 'ok' };
const account = (over: Partial<AccountFacts> = {}): AccountFacts => ({
  id: 'a1', email: 'ann@acme.test', domain: 'acme.test', client_id: null, client_name: null, status: 'active',
  smtp: ok, imap: ok, score: 80, window: { sent: 1000, bounced: 10, blocked: 0, complaints: 0 }, sign_in: null, ...over,
});
const keys = (g: GroupEval | undefined) => (g && g.known ? g.active.map((f) => f.key) : 'unknown');

describe('account rules', () => {
  it('a failed SMTP or IMAP test is one connection condition; its title says what failed', () => {
    const e = accountEvaluation(account({ imap: { ok: false, error: 'auth_failed', message: 'IMAP: login refused' }, smtp: { ok: false, error: 'timeout', message: 'no answer' } }), {}, T, false);
    const [f] = (e.evals['connection'] as { active: { title: string; detail: string }[] }).active;
    expect(f!.title).toBe('ann@acme.test cannot log in');
    expect(f!.detail).toBe('SMTP: no answer · IMAP: login refused');
    expect(keys(accountEvaluation(account({ smtp: null, imap: null }), {}, T, false).evals['connection'])).toBe('unknown');
  });

  it('rates: strictly over the thresholds from Settings, unknown below 20 sends', () => {
    expect(keys(accountEvaluation(account({ window: { sent: 1000, bounced: 50, blocked: 0, complaints: 3 } }), {}, T, false).evals['rates'])).toEqual([]);
    expect(keys(accountEvaluation(account({ window: { sent: 1000, bounced: 51, blocked: 0, complaints: 4 } }), {}, T, false).evals['rates'])).toEqual(['bounce_rate', 'complaint_rate']);
    expect(keys(accountEvaluation(account({ window: { sent: 1000, bounced: 51, blocked: 0, complaints: 0 } }), {}, { ...T, bounce_pct: 6 }, false).evals['rates'])).toEqual([]);
    expect(keys(accountEvaluation(account({ window: { sent: 19, bounced: 19, blocked: 0, complaints: 19 } }), {}, T, false).evals['rates'])).toBe('unknown');
    const title = (accountEvaluation(account({ window: { sent: 1000, bounced: 62, blocked: 0, complaints: 0 } }), {}, T, false).evals['rates'] as { active: { title: string }[] }).active[0]!.title;
    expect(title).toBe('ann@acme.test: bounce rate 6.2 % (over 5.0 %)');
  });

  it('blocks are their own rate: over 3 % (Settings) alerts as blocks, and the bounce rate reads hard + soft only', () => {
    const rates = (w: { sent: number; bounced: number; blocked: number }, t = T) =>
      accountEvaluation(account({ window: { ...w, complaints: 0 } }), {}, t, false).evals['rates'] as { known: true; active: { key: string; title: string; observed: object }[] };
    expect(rates({ sent: 1000, bounced: 10, blocked: 30 }).active).toEqual([]);
    const over = rates({ sent: 1000, bounced: 10, blocked: 31 });
    expect(over.active.map((f) => f.key)).toEqual(['block_rate']);
    expect(over.active[0]!.title).toBe('ann@acme.test: block rate 3.1 % (over 3.0 %)');
    expect(over.active[0]!.observed).toMatchObject({ sent: 1000, blocked: 31, threshold_pct: 3 });
    // 4 % bounces and 4 % blocks: the blocks alert, the bounces (under 5 %) do not; blocks never add to bounces.
    expect(rates({ sent: 1000, bounced: 40, blocked: 40 }).active.map((f) => f.key)).toEqual(['block_rate']);
    expect(rates({ sent: 1000, bounced: 10, blocked: 31 }, { ...T, block_pct: 5 }).active).toEqual([]);
    expect(keys(accountEvaluation(account({ window: { sent: 19, bounced: 0, blocked: 19, complaints: 0 } }), {}, T, false).evals['rates'])).toBe('unknown');
  });

  it('sign-in expired is its own condition, not "cannot log in"; password inboxes have no sign-in group', () => {
    const expired = { ok: false, error: 'sign_in_expired', message: 'SMTP: Sign-in expired — sign in again' };
    const e = accountEvaluation(account({ smtp: expired, imap: expired, sign_in: { state: 'expired', expired_at: '2026-11-20T10:00:00.000Z' } }), {}, T, false);
    const f = (e.evals['sign_in'] as { known: true; active: { key: string; kind: string; title: string; detail: string }[] }).active[0]!;
    expect([f.key, f.kind, f.title]).toEqual(['sign_in_expired', 'sign_in_expired', 'ann@acme.test: sign-in expired — sign in again']);
    expect(f.detail).toContain('on 2026-11-20');
    // The tests that ended at the sign-in say nothing about the login: the connection group keeps its state.
    expect(keys(e.evals['connection'])).toBe('unknown');
    expect(keys(accountEvaluation(account({ sign_in: { state: 'connected', expired_at: null } }), {}, T, false).evals['sign_in'])).toEqual([]);
    expect(keys(accountEvaluation(account({ sign_in: { state: 'needs_sign_in', expired_at: null } }), {}, T, false).evals['sign_in'])).toEqual([]);
    expect(keys(accountEvaluation(account(), {}, T, false).evals['sign_in'])).toBe('unknown');
  });

  it('score drop: ≥ 15 below the score before the drop, which stays the baseline until it recovers', () => {
    const first = accountEvaluation(account({ score: 90 }), {}, T, false);
    expect(first.baselines).toEqual({ score: 90 });
    const small = accountEvaluation(account({ score: 76 }), first.baselines, T, false);
    expect([keys(small.evals['score']), small.baselines]).toEqual([[], { score: 76 }]);
    const drop = accountEvaluation(account({ score: 75 }), first.baselines, T, false);
    expect([keys(drop.evals['score']), drop.baselines]).toEqual([['score_drop'], { score: 90 }]);
    const still = accountEvaluation(account({ score: 70 }), drop.baselines, T, false);
    expect((still.evals['score'] as { active: { title: string }[] }).active[0]!.title).toBe('ann@acme.test: score fell from 90 to 70');
    const back = accountEvaluation(account({ score: 80 }), still.baselines, T, false);
    expect([keys(back.evals['score']), back.baselines]).toEqual([[], { score: 80 }]);
    const quiet = accountEvaluation(account({ score: 60 }), first.baselines, T, true);
    expect((quiet.evals['score'] as { active: { quiet?: boolean }[] }).active[0]!.quiet).toBe(true);
  });
});

const domain = (over: Partial<DomainFacts> = {}): DomainFacts => ({
  domain: 'acme.test',
  spf: { known: true, record: 'v=spf1 ip4:192.0.2.1 -all' },
  dmarc: { known: true, record: 'v=DMARC1; p=reject' },
  dkim: { known: true, tried: ['google', 's1'], keys: { google: 'v=DKIM1; p=AAA' } },
  blacklist: { known: true, flagged: [], unknown: [] },
  ...over,
});

describe('domain rules', () => {
  it('a record removed or changed against the first one seen; an added record is no alert; unknown keeps the baseline', () => {
    const first = domainEvaluation(domain(), {});
    expect(first.baselines).toMatchObject({ spf: 'v=spf1 ip4:192.0.2.1 -all', dmarc: 'v=DMARC1; p=reject', dkim: { google: 'v=DKIM1; p=AAA' } });
    const removed = domainEvaluation(domain({ spf: { known: true, record: null } }), first.baselines);
    const f = (removed.evals['spf'] as { active: { title: string; severity: string; observed: unknown }[] }).active[0]!;
    expect([f.title, f.severity]).toEqual(['SPF record removed from acme.test', 'critical']);
    expect(f.observed).toMatchObject({ before: 'v=spf1 ip4:192.0.2.1 -all', now: null });
    const changed = domainEvaluation(domain({ dmarc: { known: true, record: 'v=DMARC1;  p=none' } }), first.baselines);
    expect((changed.evals['dmarc'] as { active: { title: string }[] }).active[0]!.title).toBe('DMARC record changed on acme.test');
    expect(keys(domainEvaluation(domain({ spf: { known: false, record: null } }), first.baselines).evals['spf'])).toBe('unknown');
    const none = domainEvaluation(domain({ dmarc: { known: true, record: null } }), {});
    expect(keys(domainEvaluation(domain(), none.baselines).evals['dmarc'])).toEqual([]);
    expect(keys(domainEvaluation(domain({ spf: { known: true, record: '  v=spf1  ip4:192.0.2.1 -all ' } }), first.baselines).evals['spf'])).toEqual([]);
  });

  it('DKIM: a key removed or replaced alerts, a new selector or one no longer asked about does not', () => {
    const first = domainEvaluation(domain(), {});
    const gone = domainEvaluation(domain({ dkim: { known: true, tried: ['google'], keys: {} } }), first.baselines);
    expect((gone.evals['dkim'] as { active: { title: string }[] }).active[0]!.title).toBe('DKIM key removed from acme.test (selector google)');
    expect(keys(domainEvaluation(domain({ dkim: { known: true, tried: ['google', 'new'], keys: { google: 'v=DKIM1; p=AAA', new: 'x' } } }), first.baselines).evals['dkim'])).toEqual([]);
    expect(keys(domainEvaluation(domain({ dkim: { known: true, tried: ['s1'], keys: {} } }), first.baselines).evals['dkim'])).toEqual([]);
  });

  it('one listing condition per list; lists that did not answer keep their state', () => {
    const flag = (list: string, target: string) => ({ list, target, answer: '127.0.0.2', meaning: 'spam source', removal_url: 'https://example.test/remove' });
    const e = domainEvaluation(domain({ blacklist: { known: true, flagged: [flag('Spamhaus ZEN', '192.0.2.40'), flag('Spamhaus ZEN', '192.0.2.41'), flag('SpamCop', '192.0.2.40')], unknown: ['PSBL'] } }), {});
    const g = e.evals['listing'] as { active: { key: string; title: string }[]; keep: string[] };
    expect(g.active.map((f) => [f.key, f.title])).toEqual([
      ['listing:Spamhaus ZEN', 'acme.test: 192.0.2.40, 192.0.2.41 listed on Spamhaus ZEN'],
      ['listing:SpamCop', 'acme.test: 192.0.2.40 listed on SpamCop'],
    ]);
    expect(g.keep).toEqual(['listing:PSBL']);
    expect(keys(domainEvaluation(domain({ blacklist: { known: false, flagged: [], unknown: [] } }), {}).evals['listing'])).toBe('unknown');
  });
});
