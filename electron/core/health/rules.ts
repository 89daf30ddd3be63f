/**
 * Health of one inbox, from what the app last saw: its connection tests, its domain's audit
 * (listings, SPF/DKIM/DMARC) and its bounce and complaint counts. The one place the rules live;
 * pure (time comes in as `now`), so they are tested with a fake clock.
 *
 * | Health   | When (any one rule is enough; the worst level wins)                                         | Reason code |
 * |----------|---------------------------------------------------------------------------------------------|-------------|
 * | sign_in_expired | the provider refused the signed-in inbox's refresh token (its own state, ranked with failing; it wins over failing) | sign_in_expired |
 * | failing  | SMTP or IMAP login fails at the last test (not for a sign-in that expired or never happened)  | login_failed |
 * | failing  | domain or sending IP listed on Spamhaus ZEN/DBL, Barracuda or SpamCop, or on 2+ lists        | listed |
 * | failing  | bounce rate > 5 % over 30 days (≥ 20 sends)                                                  | bounces_high |
 * | failing  | complaint rate > 0.3 % over 30 days (≥ 20 sends)                                             | complaints_high |
 * | failing  | block rate > 3 % over 30 days (≥ 20 sends; the score's bad line for blocks)                   | blocks_high |
 * | at_risk  | listed on one other list                                                                      | listed |
 * | at_risk  | bounce rate 2–5 %, complaint rate 0.1–0.3 % or block rate 1–3 %, over 30 days                 | bounces_elevated, complaints_elevated, blocks_elevated |
 * | at_risk  | rate rising (below) and the last 7 days alone are at or above 2 % bounces / 0.1 % complaints / 1 % blocks | bounces_rising, complaints_rising, blocks_rising |
 * | at_risk  | no SPF record, or SPF fails (fail, permerror) for the inbox's sending IP                      | spf_missing, spf_fail |
 * | at_risk  | no DKIM key found                                                                             | dkim_missing |
 * | watch    | rate rising while still under those lines                                                     | bounces_rising, complaints_rising |
 * | watch    | no valid DMARC record; SPF softfail/neutral for the sending IP; DKIM key < 2048 bits          | dmarc_missing, spf_weak, dkim_weak |
 * | unknown  | a signed-in inbox created or imported to sign in later: "not connected yet"                   | needs_sign_in |
 * | unknown  | no problem found, but SMTP or IMAP never tested, the domain never checked (or DNS answered nothing), or that evidence is older than 7 days | not_tested, domain_not_checked, stale |
 * | healthy  | both logins work and the domain was checked within 7 days, and no rule above applies          | — |
 *
 * Bounces are hard + soft; blocks (the receiver refused the sender) are their own rate, with the
 * score's lines (1 % / 3 %). Trend: the last 7 days (today included, UTC) against the 23 days
 * before them, both inside the 30-day window. A rate is rising when the 7-day rate is at least
 * twice the earlier rate and higher by at least 1 percentage point (bounces, blocks) or 0.1 point
 * (complaints), with at least 20
 * sends in each period. Problems found stay until a newer check clears them, however old; only a
 * "healthy" verdict needs fresh evidence. Status (active/paused) plays no part: a paused inbox
 * that cannot log in is failing.
 */
import type { SpfResultCode } from '../spf/index';
import { HEALTHS, PROBE_ERROR_LABEL, type Health, type HealthLevel, type HealthReason } from '../../../shared/health';
import type { SignInState } from '../../../shared/oauth';

export const MIN_RATE_SAMPLE = 20;
export const STALE_DAYS = 7;
export const RECENT_DAYS = 7;
export const BOUNCE_LINES = { elevated: 0.02, high: 0.05, rise: 0.01 } as const;
export const COMPLAINT_LINES = { elevated: 0.001, high: 0.003, rise: 0.001 } as const;
/** The score's lines for blocks (report/score.ts): under 1 % good, over 3 % bad. */
export const BLOCK_LINES = { elevated: 0.01, high: 0.03, rise: 0.01 } as const;
/** Probe errors that say the inbox is not signed in: its sign-in state speaks for them. */
const SIGN_IN_ERRORS = new Set(['sign_in_expired', 'needs_sign_in']);
/** Lists that major receivers reject on: one listing there is enough to fail. */
export const MAJOR_LISTS = ['Spamhaus ZEN', 'Spamhaus DBL', 'Barracuda BRBL', 'SpamCop'] as const;

const DAY_MS = 86_400_000;

export interface ProbeFact {
  ok: boolean;
  error: string | null;
  tested_at: string;
}

export interface RateCounts {
  sent: number;
  /** Hard + soft bounces. */
  bounced: number;
  /** Refusals of the sender (reputation, listing, authentication, content, policy, rate). */
  blocked: number;
  complaints: number;
}

export interface Listing {
  list: string;
  /** The listed IP or domain. */
  target: string;
  /** Spamhaus PBL entries say an IP should not send directly: not counted as a major listing. */
  major: boolean;
}

export interface DomainFacts {
  domain: string;
  checked_at: string;
  /** False when DNS gave nothing usable (SPF, DKIM and DMARC all unknown). */
  answered: boolean;
  /** Worst SPF result for this inbox's sending IPs; null when not known. */
  spf: SpfResultCode | null;
  dkim: 'ok' | 'weak' | 'missing' | null;
  dmarc: 'ok' | 'missing' | 'invalid' | null;
  /** Listings of the domain (or the inbox's tracking domain) and of this inbox's sending IPs. */
  listings: Listing[];
}

export interface HealthFacts {
  /** Signed-in inboxes only (null for a password inbox); `expired_at` when the provider refused the token. */
  sign_in?: { state: SignInState; expired_at: string | null } | null;
  smtp: ProbeFact | null;
  imap: ProbeFact | null;
  domain: DomainFacts | null;
  /** Counts over the 30-day window and its last 7 days, as of measured_at. */
  rates: { measured_at: string; window: RateCounts; recent: RateCounts } | null;
}

export interface HealthVerdict {
  health: Health;
  reasons: HealthReason[];
  /** When fresh evidence behind this verdict turns stale (recompute then); null when nothing will. */
  expires_at: string | null;
}

const pct = (r: number) => `${Number((r * 100).toFixed(2))} %`;
const day = (iso: string) => iso.slice(0, 10);

function signInReasons(s: HealthFacts['sign_in']): HealthReason[] {
  if (s?.state === 'expired') {
    const when = s.expired_at ? ` on ${day(s.expired_at)}` : '';
    return [{ code: 'sign_in_expired', level: 'sign_in_expired', detail: '', scope: 'inbox', message: `Sign-in expired — sign in again: the provider refused this inbox's sign-in${when}` }];
  }
  if (s?.state === 'needs_sign_in') return [{ code: 'needs_sign_in', level: 'unknown', detail: '', scope: 'inbox', message: 'Not connected yet: sign in to connect this inbox' }];
  return [];
}

function connectionReasons(f: HealthFacts, now: Date, stale: string[]): HealthReason[] {
  const out: HealthReason[] = signInReasons(f.sign_in);
  // A test that ended at the sign-in is no login failure: the sign-in state above says it; once
  // signed in again such a test is as good as none.
  const signedIn = (p: ProbeFact | null) => (p && !p.ok && SIGN_IN_ERRORS.has(p.error ?? '') ? null : p);
  const probes = [['SMTP', signedIn(f.smtp)], ['IMAP', signedIn(f.imap)]] as const;
  const untested = probes.filter(([, p]) => !p).map(([name]) => name);
  if (untested.length && out.length === 0) {
    out.push({ code: 'not_tested', level: 'unknown', detail: '', scope: 'inbox', message: `${untested.join(' and ')} not tested yet` });
  }
  // One reason per error code, naming every protocol that failed with it.
  const failed = new Map<string, string[]>();
  for (const [name, p] of probes) {
    if (p && !p.ok) {
      const code = p.error ?? 'protocol_error';
      failed.set(code, [...(failed.get(code) ?? []), `${name} (tested ${day(p.tested_at)})`]);
    }
  }
  for (const [code, names] of failed) {
    out.push({ code: 'login_failed', level: 'failing', detail: code, scope: 'inbox', message: `Cannot log in: ${names.join(' and ')} — ${PROBE_ERROR_LABEL[code] ?? code}` });
  }
  for (const [name, p] of probes) {
    if (p?.ok && now.getTime() - Date.parse(p.tested_at) > STALE_DAYS * DAY_MS) stale.push(`${name} last tested ${day(p.tested_at)}`);
  }
  return out;
}

function domainReasons(d: DomainFacts | null, now: Date, stale: string[]): HealthReason[] {
  if (!d) return [{ code: 'domain_not_checked', level: 'unknown', detail: '', scope: 'domain', message: 'The domain has not been checked yet' }];
  const out: HealthReason[] = [];
  const add = (code: HealthReason['code'], level: HealthLevel, message: string, detail = '') => out.push({ code, level, detail, scope: 'domain', message });
  if (!d.answered) add('domain_not_checked', 'unknown', `DNS gave no usable answer for ${d.domain} at the last check (${day(d.checked_at)})`);
  else if (now.getTime() - Date.parse(d.checked_at) > STALE_DAYS * DAY_MS) stale.push(`domain last checked ${day(d.checked_at)}`);

  const lists = [...new Set(d.listings.map((l) => l.list))];
  for (const list of lists) {
    const hits = d.listings.filter((l) => l.list === list);
    const level = lists.length >= 2 || hits.some((l) => l.major) ? 'failing' : 'at_risk';
    add('listed', level, `${hits.map((l) => l.target).join(', ')} listed on ${list}`, list);
  }
  if (d.spf === 'none') add('spf_missing', 'at_risk', `${d.domain} has no SPF record`);
  else if (d.spf === 'fail' || d.spf === 'permerror') add('spf_fail', 'at_risk', `SPF ${d.spf === 'fail' ? 'fails' : 'is broken (permerror)'} for this inbox's sending server`);
  else if (d.spf === 'softfail' || d.spf === 'neutral') add('spf_weak', 'watch', `SPF does not vouch for this inbox's sending server (${d.spf})`);
  if (d.dkim === 'missing') add('dkim_missing', 'at_risk', `No DKIM key found for ${d.domain}`);
  else if (d.dkim === 'weak') add('dkim_weak', 'watch', `The DKIM key of ${d.domain} is shorter than 2048 bits`);
  if (d.dmarc === 'missing' || d.dmarc === 'invalid') add('dmarc_missing', 'watch', `${d.domain} has ${d.dmarc === 'missing' ? 'no' : 'an invalid'} DMARC record`);
  return out;
}

function rateReasons(r: HealthFacts['rates']): HealthReason[] {
  if (!r) return [];
  const out: HealthReason[] = [];
  const kinds = [
    ['bounces', 'bounce', BOUNCE_LINES, (c: RateCounts) => c.bounced],
    ['complaints', 'complaint', COMPLAINT_LINES, (c: RateCounts) => c.complaints],
    ['blocks', 'block', BLOCK_LINES, (c: RateCounts) => c.blocked],
  ] as const;
  for (const [noun, what, lines, count] of kinds) {
    const w = r.window;
    if (w.sent >= MIN_RATE_SAMPLE) {
      const rate = count(w) / w.sent;
      const evidence = `${count(w)} ${count(w) === 1 ? what : noun} of ${w.sent} sent in 30 days (${pct(rate)})`;
      if (rate > lines.high) out.push({ code: `${noun}_high`, level: 'failing', detail: '', scope: 'inbox', message: `${what[0]!.toUpperCase()}${what.slice(1)} rate over ${pct(lines.high)}: ${evidence}` });
      else if (rate >= lines.elevated) out.push({ code: `${noun}_elevated`, level: 'at_risk', detail: '', scope: 'inbox', message: `${what[0]!.toUpperCase()}${what.slice(1)} rate ${pct(lines.elevated)} or more: ${evidence}` });
    }
    const recent = r.recent;
    const earlier = { sent: w.sent - recent.sent, n: count(w) - count(recent) };
    if (recent.sent >= MIN_RATE_SAMPLE && earlier.sent >= MIN_RATE_SAMPLE) {
      const now = count(recent) / recent.sent;
      const before = earlier.n / earlier.sent;
      if (now >= 2 * before && now - before >= lines.rise) {
        out.push({
          code: `${noun}_rising`, level: now >= lines.elevated ? 'at_risk' : 'watch', detail: '', scope: 'inbox',
          message: `${what[0]!.toUpperCase()}${what.slice(1)} rate rising: ${pct(now)} in the last ${RECENT_DAYS} days against ${pct(before)} in the 23 days before`,
        });
      }
    }
  }
  return out;
}

/** The verdict for one inbox at `now`. */
export function computeHealth(f: HealthFacts, now: Date): HealthVerdict {
  const stale: string[] = [];
  const reasons = [...connectionReasons(f, now, stale), ...domainReasons(f.domain, now, stale), ...rateReasons(f.rates)];
  if (stale.length) reasons.push({ code: 'stale', level: 'unknown', detail: '', scope: 'inbox', message: `Not checked for over ${STALE_DAYS} days: ${stale.join('; ')}` });
  // Sign-in expired first: its own state, and it wins over failing (same rank, a specific fix).
  const order = (l: HealthLevel) => (l === 'sign_in_expired' ? -1 : HEALTHS.indexOf(l));
  reasons.sort((a, b) => order(a.level) - order(b.level));
  const health: Health = reasons[0]?.level ?? 'healthy';

  // Fresh evidence that will go stale: recompute then (a healthy verdict may become unknown).
  const fresh = [f.smtp?.ok ? f.smtp.tested_at : null, f.imap?.ok ? f.imap.tested_at : null, f.domain?.answered ? f.domain.checked_at : null]
    .filter((t): t is string => t !== null)
    .map((t) => Date.parse(t) + STALE_DAYS * DAY_MS)
    .filter((t) => t > now.getTime());
  const expires = fresh.length ? new Date(Math.min(...fresh)).toISOString() : null;
  return { health, reasons, expires_at: expires };
}
