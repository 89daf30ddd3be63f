// Alert rules: pure functions from raw facts (and the baselines of the last check) to what holds
// now, group by group. Thresholds come from Settings; nothing here reads the store or the clock.
import type { AccountFacts, DomainFacts, Finding, GroupEval, ProbeFact, Thresholds } from './types';

export interface Evaluation {
  evals: Record<string, GroupEval>;
  baselines: Record<string, unknown>;
}

const pct = (v: number) => `${v < 1 ? v.toFixed(2) : v.toFixed(1)} %`;

// Worst first: what the title says when SMTP and IMAP fail differently.
const CONNECTION_WORDS: [string, string][] = [
  ['auth_failed', 'cannot log in'],
  ['tls_error', 'fails the TLS check'],
  ['protocol_error', 'gets unexpected answers from its server'],
  ['timeout', 'cannot connect (timeout)'],
  ['unreachable', 'cannot connect'],
];

const withProtocol = (p: string, message: string) => (message.toUpperCase().startsWith(`${p.toUpperCase()}:`) ? message : `${p.toUpperCase()}: ${message}`);

/** Tests that ended at the sign-in (expired, never signed in) are no login failure: the sign-in group says it. */
const SIGN_IN_ERRORS = new Set(['sign_in_expired', 'needs_sign_in']);
const judged = (p: ProbeFact | null): boolean => p !== null && !(!p.ok && SIGN_IN_ERRORS.has(p.error ?? ''));

function connectionFinding(a: AccountFacts): Finding | null {
  const failing = (['smtp', 'imap'] as const).filter((p) => judged(a[p]) && !a[p]!.ok);
  if (failing.length === 0) return null;
  const codes = failing.map((p) => (a[p] as ProbeFact).error ?? 'unreachable');
  const words = CONNECTION_WORDS.find(([code]) => codes.includes(code))?.[1] ?? 'cannot connect';
  return {
    key: 'connection',
    kind: 'connection',
    severity: 'critical',
    title: `${a.email} ${words}`,
    // Probe messages already name their protocol ("SMTP: …").
    detail: failing.map((p) => withProtocol(p, (a[p] as ProbeFact).message)).join(' · '),
    observed: Object.fromEntries(failing.map((p) => [p, { error: (a[p] as ProbeFact).error, message: (a[p] as ProbeFact).message }])),
  };
}

function rateFindings(a: AccountFacts, t: Thresholds): GroupEval {
  const w = a.window;
  if (!w || w.sent < t.min_sends) return { known: false };
  const active: Finding[] = [];
  const bounce = (w.bounced / w.sent) * 100;
  const block = (w.blocked / w.sent) * 100;
  const complaint = (w.complaints / w.sent) * 100;
  if (bounce > t.bounce_pct) {
    active.push({
      key: 'bounce_rate', kind: 'bounce_rate', severity: 'critical',
      title: `${a.email}: bounce rate ${pct(bounce)} (over ${pct(t.bounce_pct)})`,
      detail: `${w.bounced} of ${w.sent} sends bounced (hard and soft; blocks are counted apart) in the last 30 days.`,
      observed: { rate_pct: bounce, threshold_pct: t.bounce_pct, sent: w.sent, bounced: w.bounced },
    });
  }
  if (block > t.block_pct) {
    active.push({
      key: 'block_rate', kind: 'block_rate', severity: 'critical',
      title: `${a.email}: block rate ${pct(block)} (over ${pct(t.block_pct)})`,
      detail: `${w.blocked} of ${w.sent} sends were refused by the receiving server for the sender's sake (reputation, listing, authentication, content, policy or rate) in the last 30 days. The inbox's page shows the blocks by reason and their fixes.`,
      observed: { rate_pct: block, threshold_pct: t.block_pct, sent: w.sent, blocked: w.blocked },
    });
  }
  if (complaint > t.complaint_pct) {
    active.push({
      key: 'complaint_rate', kind: 'complaint_rate', severity: 'critical',
      title: `${a.email}: complaint rate ${pct(complaint)} (over ${pct(t.complaint_pct)})`,
      detail: `${w.complaints} of ${w.sent} sends were reported as spam in the last 30 days.`,
      observed: { rate_pct: complaint, threshold_pct: t.complaint_pct, sent: w.sent, complaints: w.complaints },
    });
  }
  return { known: true, active };
}

/** Sign-in expired: opens when the provider refuses a signed-in inbox's token, resolves once it is signed in again. */
function signInFinding(a: AccountFacts): GroupEval {
  if (!a.sign_in) return { known: false };
  if (a.sign_in.state !== 'expired') return { known: true, active: [] };
  const when = a.sign_in.expired_at ? ` on ${a.sign_in.expired_at.slice(0, 10)}` : '';
  return {
    known: true,
    active: [{
      key: 'sign_in_expired', kind: 'sign_in_expired', severity: 'critical',
      title: `${a.email}: sign-in expired — sign in again`,
      detail: `The provider refused this inbox's sign-in${when} (revoked, expired or the password changed). Open the inbox and choose “Sign in again”; until then it cannot send or be read.`,
      observed: { expired_at: a.sign_in.expired_at },
    }],
  };
}

/**
 * Score drop: against the score before the drop, which stays the baseline while the drop lasts,
 * so the alert resolves once the score is back within the threshold of it. `explained`: another
 * alert of this inbox or its domain opened since the last check, which says why; the drop is
 * then tracked quietly instead of alerting twice.
 */
function scoreFinding(a: AccountFacts, baseline: unknown, t: Thresholds, explained: boolean): { ev: GroupEval; baseline: unknown } {
  if (a.score === null) return { ev: { known: false }, baseline };
  const before = typeof baseline === 'number' ? baseline : null;
  const drop = before === null ? 0 : before - a.score;
  if (before === null || drop < t.score_drop) return { ev: { known: true, active: [] }, baseline: a.score };
  return {
    ev: {
      known: true,
      active: [{
        key: 'score_drop', kind: 'score_drop', severity: 'warning', quiet: explained,
        title: `${a.email}: score fell from ${before} to ${a.score}`,
        detail: `The deliverability score dropped ${drop} points since the check before the drop. The inbox's page says which parts lost points.`,
        observed: { before, now: a.score, drop },
      }],
    },
    baseline: before,
  };
}

export function accountEvaluation(a: AccountFacts, baselines: Record<string, unknown>, t: Thresholds, explained: boolean): Evaluation {
  const connection = connectionFinding(a);
  const score = scoreFinding(a, baselines['score'], t, explained);
  return {
    evals: {
      connection: judged(a.smtp) || judged(a.imap) ? { known: true, active: connection ? [connection] : [] } : { known: false },
      sign_in: signInFinding(a),
      rates: rateFindings(a, t),
      score: score.ev,
    },
    baselines: score.baseline === undefined ? {} : { score: score.baseline },
  };
}

const norm = (r: string | null) => (r === null ? null : r.replace(/\s+/g, ' ').trim());

/** SPF or DMARC: a record present at the baseline that is now gone or different. */
function recordFinding(kind: 'spf_record' | 'dmarc_record', name: 'spf' | 'dmarc', label: string, domain: string, fact: { known: boolean; record: string | null }, baseline: unknown): { ev: GroupEval; baseline: unknown } {
  if (!fact.known) return { ev: { known: false }, baseline };
  const now = norm(fact.record);
  const before = typeof baseline === 'string' ? baseline : null;
  if (before === null || now === before) return { ev: { known: true, active: [] }, baseline: now };
  const removed = now === null;
  return {
    ev: {
      known: true,
      active: [{
        key: name, kind, severity: removed ? 'critical' : 'warning',
        title: `${label} record ${removed ? 'removed from' : 'changed on'} ${domain}`,
        detail: removed ? `Was: ${before}` : `Was: ${before} · Now: ${now}`,
        observed: { before, now, accept: { name, value: now } },
      }],
    },
    baseline: before,
  };
}

function dkimFinding(domain: string, fact: DomainFacts['dkim'], baseline: unknown): { ev: GroupEval; baseline: unknown } {
  if (!fact.known) return { ev: { known: false }, baseline };
  const before = baseline && typeof baseline === 'object' ? (baseline as Record<string, string>) : null;
  // Only selectors asked this time count: a selector the user removed is not a removed key.
  const lost = before ? Object.keys(before).filter((s) => fact.tried.includes(s) && fact.keys[s] !== before[s]).sort() : [];
  if (!before || lost.length === 0) return { ev: { known: true, active: [] }, baseline: fact.keys };
  const removed = lost.filter((s) => fact.keys[s] === undefined);
  return {
    ev: {
      known: true,
      active: [{
        key: 'dkim', kind: 'dkim_record', severity: removed.length ? 'critical' : 'warning',
        title: `DKIM key ${removed.length ? 'removed from' : 'changed on'} ${domain} (selector ${lost.join(', ')})`,
        detail: lost.map((s) => `${s}: ${fact.keys[s] === undefined ? 'no longer published' : 'published with another key'}`).join(' · '),
        observed: { selectors: lost, before: Object.fromEntries(lost.map((s) => [s, before[s]])), now: Object.fromEntries(lost.map((s) => [s, fact.keys[s] ?? null])), accept: { name: 'dkim', value: fact.keys } },
      }],
    },
    baseline: before,
  };
}

function listingFindings(d: DomainFacts): GroupEval {
  if (!d.blacklist.known) return { known: false };
  const byList = new Map<string, DomainFacts['blacklist']['flagged']>();
  for (const f of d.blacklist.flagged) byList.set(f.list, [...(byList.get(f.list) ?? []), f]);
  const active: Finding[] = [...byList].map(([list, flags]) => ({
    key: `listing:${list}`, kind: 'listing', severity: 'critical',
    title: `${d.domain}: ${[...new Set(flags.map((f) => f.target))].join(', ')} listed on ${list}`,
    detail: `${flags.map((f) => `${f.meaning} (answer ${f.answer} for ${f.target})`).join(' · ')}. Removal: ${flags[0]!.removal_url}`,
    observed: { list, flags },
  }));
  return { known: true, active, keep: d.blacklist.unknown.map((l) => `listing:${l}`) };
}

export function domainEvaluation(d: DomainFacts, baselines: Record<string, unknown>): Evaluation {
  const spf = recordFinding('spf_record', 'spf', 'SPF', d.domain, d.spf, baselines['spf']);
  const dmarc = recordFinding('dmarc_record', 'dmarc', 'DMARC', d.domain, d.dmarc, baselines['dmarc']);
  const dkim = dkimFinding(d.domain, d.dkim, baselines['dkim']);
  const next: Record<string, unknown> = {};
  if (spf.baseline !== undefined) next['spf'] = spf.baseline;
  if (dmarc.baseline !== undefined) next['dmarc'] = dmarc.baseline;
  if (dkim.baseline !== undefined) next['dkim'] = dkim.baseline;
  return { evals: { listing: listingFindings(d), spf: spf.ev, dmarc: dmarc.ev, dkim: dkim.ev }, baselines: next };
}
