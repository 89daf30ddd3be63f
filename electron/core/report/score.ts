/**
 * Deliverability score of one sending inbox, over what was measured: nine components worth 100
 * points together; the score is 100 × points earned ÷ points measured, shown with how much was
 * measured ("92 · 70 % measured"), or "not enough data" when less than SCORE_FLOOR % was measured.
 *
 * | Component (key)        | Max | Good (full points)          | Warning                              | Bad (0 unless noted)                | Not measured (out of the score)  |
 * |------------------------|-----|-----------------------------|--------------------------------------|-------------------------------------|----------------------------------|
 * | SPF (`spf`)            | 10  | pass                        | softfail 4, neutral 2                | fail, none, permerror               | temperror, not checked           |
 * | DKIM (`dkim`)          | 10  | key published               | weak key (< 2048 bits) 5             | no key found                        | not checked                      |
 * | DMARC (`dmarc`)        | 10  | p=quarantine or p=reject    | p=none 5                             | no record, invalid record           | not checked                      |
 * | Blacklists (`blacklist`)| 20 | listed on none of the lists that answered |                        | 1 listing 6, 2 or more 0            | lists that did not answer: 20 × silent ÷ asked (rounded up); all silent: the whole part |
 * | Bounces and blocks (`bounces`)| 15 | hard-bounce rate < 2 % and block rate < 1 % | either: hard 2–5 % or blocks 1–3 % → 7 | hard > 5 % or blocks > 3 % | < 20 sends in the window |
 * | Complaint rate (`complaints`)| 15 | < 0.1 %              | 0.1–0.3 % 7                          | > 0.3 %                             | < 20 sends in the window         |
 * | SMTP (`smtp`)          | 6   | connects and logs in        |                                      | fails (and caps the score at 20)    | not tested                       |
 * | IMAP (`imap`)          | 4   | connects and logs in        |                                      | fails                               | not tested                       |
 * | Daily volume (`volume`)| 10  | ≤ 80 % of the daily limit   | 80–100 % of the limit 7              | over the limit                      | no limit set                     |
 *
 * Why these weights: authentication (30 = SPF + DKIM + DMARC) is what Gmail and Yahoo require of
 * bulk senders since 2024 and decides inbox vs spam first. A blacklist listing (20) blocks mail
 * outright at the receivers that use the list. Bounces and complaints (15 each) are the reputation
 * signals receivers throttle on; 0.3 % complaints is the Gmail/Yahoo bulk-sender line and 0.1 % their
 * target. The bounce part reads two rates (issue 14): hard bounces (the address is bad: a dirty
 * list, 2 % / 5 % as the ESPs' lines) and blocks (the receiver refused the sender for reputation,
 * a listing, authentication, rDNS, content, policy or rate: the deliverability alarm, so its lines
 * are tighter, 1 % / 3 %). Soft bounces (full mailbox, expired retries …) and delays say nothing
 * certain about the sender and are not scored. Connection (10) is operational: an inbox that cannot send (6) is useless, one that cannot
 * be read (4) cannot be measured. Volume (10): sending over the inbox's limit is the usual cause of
 * sudden throttling of outreach inboxes.
 *
 * What is not measured is left out rather than counted as 0 (a new inbox with no sends is not
 * worse than one that bounces). Rates from fewer than `min_sample` sends (default 20) are not
 * measured: too few to mean anything. Floor: SCORE_FLOOR = 70 % is exactly what a fully set-up
 * inbox has before it sends (DNS 30 + blacklists 20 + connection 10 + volume 10); below it, the
 * domain audit or the connection test is missing and a score would rest on one area alone.
 * Cap: an inbox whose SMTP login fails cannot send, so its score is held at CANNOT_SEND_CAP or
 * below however good the rest is.
 *
 * "Fix first" lists only what the user can do (warning or bad parts), most urgent area first:
 * connection, then listings, then DNS, then bounce/complaint rates, then volume; by points within
 * an area. What is not measured yet is listed apart.
 */
import type { ScoreComponentView, ScoreStatus } from '../../../shared/report';
import type { SpfResultCode } from '../spf/index';

export type { ScoreStatus };
export type ScoreKey = 'spf' | 'dkim' | 'dmarc' | 'blacklist' | 'bounces' | 'complaints' | 'smtp' | 'imap' | 'volume';
export type ScoreGroup = 'authentication' | 'blacklists' | 'bounces' | 'complaints' | 'connection' | 'volume';

/** A DNS record to publish, as the domain audit suggests it (same fields as shared `Fix`). */
export interface RecordFix {
  record_name: string;
  value: string;
}

export interface ScoreInputs {
  /** The sending domain, used in the wording of fixes. */
  domain?: string | null;
  /** SPF result for the inbox's sending IP. */
  spf?: SpfResultCode | null;
  /** `weak_key`: the published key is shorter than 2048 bits (the audit decides). */
  dkim?: { found: boolean; weak_key?: boolean } | null;
  /** `policy: null` means no DMARC record was found. */
  dmarc?: { policy: 'none' | 'quarantine' | 'reject' | null; invalid?: boolean } | null;
  blacklist?: {
    listed: number;
    checked: number;
    /** Lists that did not answer (timeout, refused). */
    unknown: number;
    flagged?: { list: string; removal_url?: string }[];
  } | null;
  /**
   * Sends, hard bounces (address bad) and blocks (sender refused) in the measured window;
   * `block_advice` says how to fix the most frequent block reason.
   */
  bounces?: { sent: number; hard_bounces: number; blocks: number; block_advice?: ScoreAdvice } | null;
  /** Sends and feedback-loop complaints in the measured window. */
  complaints?: { sent: number; complaints: number } | null;
  /**
   * `*_code`: the test's error code. A signed-in inbox whose sign-in expired is advised to sign in
   * again (not to check a password); one never signed in (`needs_sign_in`) is not connected yet:
   * not measured rather than failing.
   */
  connection?: {
    smtp_ok: boolean | null; imap_ok: boolean | null; smtp_error?: string; imap_error?: string; smtp_code?: string | null; imap_code?: string | null;
  } | null;
  volume?: { sent_last_day: number; daily_limit: number | null } | null;
  /** Copy-ready records from the domain audit, quoted in recommendations. */
  fixes?: { spf?: RecordFix; dkim?: RecordFix; dmarc?: RecordFix };
  /** Fewest sends for a bounce or complaint rate to count (default 20). */
  min_sample?: number;
}

export type ScoreAdvice = NonNullable<ScoreComponentView['advice']>;

/** The view handlers return, with core's own names for key and group. */
export interface ScoreComponent extends ScoreComponentView {
  key: ScoreKey;
  group: ScoreGroup;
}

export interface ScoreResult {
  /** 100 × points ÷ known_max, rounded (capped when the inbox cannot send); null below the floor. */
  score: number | null;
  /** Sum of points earned. */
  points: number;
  /** Always 100. */
  max: number;
  /** Sum of `measured` over the components: the points that rest on measurements. */
  known_max: number;
  /** known_max as a percentage of max. */
  measured: number;
  /** Why the score is held down (null when it is not). */
  capped: string | null;
  components: ScoreComponent[];
}

export interface Recommendation {
  key: ScoreKey;
  /** Points the fix can recover. */
  impact: number;
  title: string;
  action: string;
}

export interface NotMeasured {
  key: ScoreKey;
  /** Points of the score that wait on it. */
  points: number;
  title: string;
  action: string;
}

export const MIN_SAMPLE = 20;
/** Percent of the points that must be measured for a score to be shown. */
export const SCORE_FLOOR = 70;
/** Highest score of an inbox whose SMTP login fails. */
export const CANNOT_SEND_CAP = 20;

/** `measured` undefined: all of max for a known status, none for unknown. */
type Part = Omit<ScoreComponent, 'key' | 'group' | 'label' | 'max' | 'measured'> & { measured?: number };
const part = (status: ScoreStatus, points: number, evidence: string, advice?: ScoreAdvice): Part =>
  advice ? { status, points, evidence, advice } : { status, points, evidence };

const percent = (ratio: number) => `${Number((ratio * 100).toFixed(2))} %`;
const txtRecord = (fix: RecordFix) => `a TXT record at ${fix.record_name}: ${fix.value}`;

function spfPart(spf: SpfResultCode | null | undefined, inputs: ScoreInputs): Part {
  const fix = inputs.fixes?.spf;
  const at = inputs.domain ?? 'your domain';
  const publish: ScoreAdvice = {
    title: 'Authorise your sending servers in SPF',
    action: fix
      ? `Publish the SPF record as ${txtRecord(fix)}`
      : `Publish one SPF TXT record at ${at} that includes your mail provider, ending in ~all or -all.`,
  };
  switch (spf) {
    case 'pass':
      return part('good', 10, 'SPF passes for the sending IP.');
    case 'softfail':
      return part('warning', 4, 'SPF softfails for the sending IP: it is not listed in the record.', publish);
    case 'neutral':
      return part('warning', 2, 'SPF is neutral (?all) for the sending IP: the record vouches for nothing.', publish);
    case 'fail':
      return part('bad', 0, 'SPF fails for the sending IP: receivers may reject the mail.', publish);
    case 'none':
      return part('bad', 0, `No SPF record at ${at}.`, publish);
    case 'permerror':
      return part('bad', 0, 'The SPF record is broken (syntax error or more than 10 DNS lookups): receivers treat it as a fail.', {
        title: 'Fix the SPF record',
        action: fix ? `Replace it with ${txtRecord(fix)}` : 'Merge duplicate SPF records and cut includes until it needs at most 10 DNS lookups.',
      });
    case 'temperror':
      return part('unknown', 0, 'SPF could not be checked: DNS did not answer.', rerun('SPF'));
    default:
      return part('unknown', 0, 'SPF has not been checked.', rerun('SPF'));
  }
}

function rerun(what: string): ScoreAdvice {
  return { title: `Check ${what}`, action: `Run the domain check for this inbox so ${what} can be scored.` };
}

function dkimPart(dkim: ScoreInputs['dkim'], inputs: ScoreInputs): Part {
  if (!dkim) return part('unknown', 0, 'DKIM has not been checked.', rerun('DKIM'));
  const fix = inputs.fixes?.dkim;
  if (!dkim.found) {
    return part('bad', 0, 'No DKIM key was found for the domain: mail is not signed, or signed with an unpublished key.', {
      title: 'Turn on DKIM signing',
      action: fix
        ? `Enable DKIM signing at your mail provider and publish its key as ${txtRecord(fix)}`
        : 'Enable DKIM signing at your mail provider (Google Workspace: Admin › Gmail › Authenticate email; Microsoft 365: Defender › DKIM) and publish the key it gives you.',
    });
  }
  if (dkim.weak_key) {
    return part('warning', 5, 'A DKIM key is published but it is weak (shorter than 2048 bits).', {
      title: 'Rotate DKIM to a 2048-bit key',
      action: fix ? `Generate a 2048-bit key and publish it as ${txtRecord(fix)}` : 'Generate a 2048-bit DKIM key at your mail provider, publish it, then retire the old selector.',
    });
  }
  return part('good', 10, 'A DKIM key is published for the domain.');
}

function dmarcPart(dmarc: ScoreInputs['dmarc'], inputs: ScoreInputs): Part {
  if (!dmarc) return part('unknown', 0, 'DMARC has not been checked.', rerun('DMARC'));
  const fix = inputs.fixes?.dmarc;
  const domain = inputs.domain ?? 'example.com';
  const record = fix ? txtRecord(fix) : `a TXT record at _dmarc.${domain}: v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain} (a mailbox you read)`;
  if (dmarc.invalid) {
    return part('bad', 0, 'The DMARC record is invalid, so receivers ignore it.', { title: 'Fix the DMARC record', action: `Replace it with ${record}` });
  }
  switch (dmarc.policy) {
    case 'reject':
    case 'quarantine':
      return part('good', 10, `DMARC is enforced (p=${dmarc.policy}).`);
    case 'none':
      return part('warning', 5, 'DMARC is published but only monitors (p=none).', {
        title: 'Enforce DMARC',
        action: 'Once DMARC reports show your own mail passing, change the policy to p=quarantine (later p=reject).',
      });
    default:
      return part('bad', 0, `No DMARC record at _dmarc.${domain}: Gmail and Yahoo require one from bulk senders.`, {
        title: 'Publish a DMARC record',
        action: `Publish a DMARC record as ${record}`,
      });
  }
}

function blacklistPart(bl: ScoreInputs['blacklist']): Part {
  if (!bl || (bl.checked === 0 && bl.listed === 0)) {
    return part('unknown', 0, 'Blacklists have not been checked.', { title: 'Check blacklists', action: 'Run the blacklist check for this inbox’s domain and sending IPs.' });
  }
  if (bl.listed > 0) {
    const flagged = bl.flagged ?? [];
    const names = flagged.map((f) => f.list).join(', ');
    const delist = flagged.map((f) => (f.removal_url ? `${f.list} at ${f.removal_url}` : f.list)).join('; ');
    return part(
      'bad',
      bl.listed === 1 ? 6 : 0,
      `Listed on ${bl.listed} of ${bl.checked} blacklists${names ? ` (${names})` : ''}.`,
      {
        title: bl.listed === 1 && flagged[0] ? `Get delisted from ${flagged[0].list}` : 'Get delisted from the blacklists',
        action: `Stop what caused the listing (compromised account, bad list, sudden volume), then request delisting from ${delist || 'each list that flags you'}.`,
      },
    );
  }
  if (bl.unknown > 0) {
    // Only the lists that answered are measured; the silent ones are left out, not held against it.
    const measured = 20 - Math.ceil((20 * bl.unknown) / (bl.checked + bl.unknown));
    return {
      ...part('good', measured, `Not listed on the ${bl.checked} lists that answered; ${bl.unknown} did not answer.`, {
        title: 'Recheck the blacklists that did not answer',
        action: 'Run the blacklist check again; some lists timed out or refused the query (Spamhaus refuses public resolvers: use your own DNS server).',
      }),
      measured,
    };
  }
  return part('good', 20, `Not listed on any of ${bl.checked} blacklists.`);
}

function ratePart(
  what: 'complaint',
  count: number,
  sent: number,
  minSample: number,
  [good, bad]: [number, number],
  advice: ScoreAdvice,
): Part {
  const noun = 'complaints';
  if (sent < minSample) {
    return part('unknown', 0, `Only ${sent} sent in the window; the ${what} rate counts from ${minSample} sends.`, {
      title: `Wait for enough sends to measure ${noun}`,
      action: `Keep sending normally; the ${what} rate is scored once ${minSample} messages have been sent.`,
    });
  }
  const rate = Math.min(1, count / sent);
  const evidence = `${count} ${noun} of ${sent} sent (${percent(rate)}).`;
  if (rate < good) return part('good', 15, evidence);
  if (rate <= bad) return part('warning', 7, `${evidence} Aim below ${percent(good)}.`, advice);
  return part('bad', 0, `${evidence} Above ${percent(bad)} receivers throttle or block.`, advice);
}

const band = (rate: number, [good, bad]: [number, number]): ScoreStatus => (rate < good ? 'good' : rate <= bad ? 'warning' : 'bad');
const POINTS: Record<ScoreStatus, number> = { good: 15, warning: 7, bad: 0, unknown: 0 };
const WORSE: ScoreStatus[] = ['bad', 'warning', 'good'];

function bouncePart(b: NonNullable<ScoreInputs['bounces']>, minSample: number): Part {
  const { sent, hard_bounces: hard, blocks } = b;
  if (sent < minSample) {
    return part('unknown', 0, `Only ${sent} sent in the window; bounces and blocks count from ${minSample} sends.`, {
      title: 'Wait for enough sends to measure bounces',
      action: `Keep sending normally; the hard-bounce and block rates are scored once ${minSample} messages have been sent.`,
    });
  }
  const hardRate = Math.min(1, hard / sent);
  const blockRate = Math.min(1, blocks / sent);
  const hardStatus = band(hardRate, [0.02, 0.05]);
  const blockStatus = band(blockRate, [0.01, 0.03]);
  const status = WORSE.find((x) => x === hardStatus || x === blockStatus)!;
  const evidence = `${hard} hard bounce${hard === 1 ? '' : 's'} (${percent(hardRate)}) and ${blocks} block${blocks === 1 ? '' : 's'} (${percent(blockRate)}) of ${sent} sent.`;
  if (status === 'good') return part('good', 15, evidence);
  const blocksWorse = WORSE.indexOf(blockStatus) <= WORSE.indexOf(hardStatus);
  const advice: ScoreAdvice = blocksWorse
    ? (b.block_advice ?? { title: 'Find out why receivers refuse your mail', action: 'Open the bounces by reason on this inbox’s page and fix the most frequent block first.' })
    : { title: 'Lower the hard-bounce rate', action: 'Remove addresses that hard-bounced, verify lists before sending, and stop sending to old or bought lists.' };
  const lines = blocksWorse ? 'Aim below 1 % blocks; above 3 % receivers are refusing you.' : 'Aim below 2 % hard bounces; above 5 % receivers throttle or block.';
  return part(status, POINTS[status], `${evidence} ${lines}`, advice);
}

const SIGN_IN_AGAIN: ScoreAdvice = {
  title: 'Sign in again',
  action: 'The provider refused this inbox’s sign-in (revoked or expired). Open the inbox and choose “Sign in again”; no password is needed.',
};
const SIGN_IN_FIRST: ScoreAdvice = { title: 'Sign in', action: 'Open the inbox and sign in with Google or Microsoft to connect it.' };

function connectionPart(ok: boolean | null | undefined, proto: 'SMTP' | 'IMAP', points: number, error?: string, code?: string | null): Part {
  if (code === 'needs_sign_in') return part('unknown', 0, `${proto} is not connected yet: the inbox has not been signed in.`, SIGN_IN_FIRST);
  if (ok == null) return part('unknown', 0, `${proto} has not been tested.`, { title: `Test ${proto}`, action: `Run the connection test for this inbox.` });
  if (ok) return part('good', points, `${proto} connects and logs in.`);
  const why = error ? `: ${error}` : '.';
  if (code === 'sign_in_expired') return part('bad', 0, `${proto} fails${why}`, SIGN_IN_AGAIN);
  return part('bad', 0, `${proto} fails${why}`, {
    title: `Fix the ${proto} connection`,
    action: `Check the ${proto} host, port, security and password in the inbox settings (app password if the provider requires one), then run the connection test again.`,
  });
}

function volumePart(volume: ScoreInputs['volume']): Part {
  if (!volume) return part('unknown', 0, 'Sending volume is not known yet.', { title: 'Measure volume', action: 'Read the mailbox so sends of the last day are counted.' });
  const { sent_last_day: sent, daily_limit: limit } = volume;
  if (limit == null || limit <= 0) {
    return part('unknown', 0, `${sent} sent in the last day; no daily limit is set.`, {
      title: 'Set a daily sending limit',
      action: 'Set a daily limit for this inbox (new inboxes: 20–50 a day, warmed inboxes rarely above 100–200).',
    });
  }
  const evidence = `${sent} sent in the last day of a ${limit} limit.`;
  if (sent > limit) {
    return part('bad', 0, evidence, { title: 'Send within the daily limit', action: `Send at most ${limit} a day from this inbox; spread the rest over other inboxes.` });
  }
  if (sent > 0.8 * limit) {
    return part('warning', 7, `${evidence} Close to the limit.`, { title: 'Leave headroom under the daily limit', action: `Keep sends below ${Math.floor(0.8 * limit)} a day (80 % of the limit).` });
  }
  return part('good', 10, evidence);
}

export function computeScore(inputs: ScoreInputs): ScoreResult {
  const minSample = inputs.min_sample ?? MIN_SAMPLE;
  const conn = inputs.connection ?? null;
  const parts: [ScoreKey, ScoreGroup, string, number, Part][] = [
    ['spf', 'authentication', 'SPF', 10, spfPart(inputs.spf, inputs)],
    ['dkim', 'authentication', 'DKIM', 10, dkimPart(inputs.dkim, inputs)],
    ['dmarc', 'authentication', 'DMARC', 10, dmarcPart(inputs.dmarc, inputs)],
    ['blacklist', 'blacklists', 'Blacklists', 20, blacklistPart(inputs.blacklist)],
    [
      'bounces',
      'bounces',
      'Bounces and blocks',
      15,
      inputs.bounces
        ? bouncePart(inputs.bounces, minSample)
        : part('unknown', 0, 'Bounces have not been measured.', { title: 'Measure bounces', action: 'Read this inbox’s mailbox so bounces are counted.' }),
    ],
    [
      'complaints',
      'complaints',
      'Complaint rate',
      15,
      inputs.complaints
        ? ratePart('complaint', inputs.complaints.complaints, inputs.complaints.sent, minSample, [0.001, 0.003], {
            title: 'Lower the complaint rate',
            action: 'Send only to people who expect your mail, add a one-click unsubscribe (List-Unsubscribe), and remove everyone who complained.',
          })
        : part('unknown', 0, 'Complaints have not been measured.', { title: 'Measure complaints', action: 'Read this inbox’s mailbox so feedback-loop reports are counted.' }),
    ],
    ['smtp', 'connection', 'SMTP connection', 6, connectionPart(conn?.smtp_ok, 'SMTP', 6, conn?.smtp_error, conn?.smtp_code)],
    ['imap', 'connection', 'IMAP connection', 4, connectionPart(conn?.imap_ok, 'IMAP', 4, conn?.imap_error, conn?.imap_code)],
    ['volume', 'volume', 'Daily volume', 10, volumePart(inputs.volume)],
  ];
  const components = parts.map(([key, group, label, max, { measured, ...p }]): ScoreComponent => ({
    key, group, label, max, measured: measured ?? (p.status === 'unknown' ? 0 : max), ...p,
  }));
  const points = components.reduce((sum, c) => sum + c.points, 0);
  const max = components.reduce((sum, c) => sum + c.max, 0);
  const knownMax = components.reduce((sum, c) => sum + c.measured, 0);
  const measured = Math.round((100 * knownMax) / max);
  const cannotSend = conn?.smtp_ok === false && conn.smtp_code !== 'needs_sign_in';
  const capped = !cannotSend ? null : conn.smtp_code === 'sign_in_expired'
    ? `The sign-in expired, so this inbox cannot send: its score stays at ${CANNOT_SEND_CAP} or below until it is signed in again.`
    : `SMTP login fails, so this inbox cannot send: its score stays at ${CANNOT_SEND_CAP} or below until the login works.`;
  let score: number | null = null;
  if (measured >= SCORE_FLOOR && knownMax > 0) {
    score = Math.round((100 * points) / knownMax);
    if (capped) score = Math.min(score, CANNOT_SEND_CAP);
  }
  return { score, points, max, known_max: knownMax, measured, capped, components };
}

/** Urgency of each part's fix: connection, listings, DNS, rates, volume. */
const FIX_ORDER: Record<ScoreKey, number> = { smtp: 0, imap: 0, blacklist: 1, spf: 2, dkim: 2, dmarc: 2, bounces: 3, complaints: 3, volume: 4 };

/** "Fix first": only problems the user can act on, most urgent area first, then by points. */
export function recommendations(result: ScoreResult): Recommendation[] {
  return result.components
    .filter((c): c is ScoreComponent & { advice: ScoreAdvice } => (c.status === 'warning' || c.status === 'bad') && c.points < c.measured && c.advice !== undefined)
    .map((c) => ({ key: c.key, impact: c.measured - c.points, title: c.advice.title, action: c.advice.action }))
    .sort((a, b) => FIX_ORDER[a.key] - FIX_ORDER[b.key] || b.impact - a.impact);
}

/** What is not measured yet and how to measure it, most points first. */
export function notMeasured(result: ScoreResult): NotMeasured[] {
  return result.components
    .filter((c): c is ScoreComponent & { advice: ScoreAdvice } => c.measured < c.max && c.advice !== undefined)
    .map((c) => ({ key: c.key, points: c.max - c.measured, title: c.advice.title, action: c.advice.action }))
    .sort((a, b) => b.points - a.points);
}
