// Turns what the app knows about one inbox (its domain's audit, its mailbox counts over the
// window, its last connection test) into the score's inputs and the report the UI shows.
import type { DomainReport } from '../../../shared/audit';
import type { Account } from '../../../shared/domain';
import type { DeliverabilityReport, MailboxEvidence } from '../../../shared/report';
import type { DayCounts } from '../history/snapshots';
import { summarize, type ReasonCount } from './bounce-reasons';
import { computeScore, notMeasured, recommendations, SCORE_FLOOR, type ScoreAdvice, type ScoreInputs } from './score';

export const WINDOW_DAYS = 30;

const SPF_ORDER = ['permerror', 'fail', 'softfail', 'none', 'neutral', 'temperror', 'pass'] as const;

/** The worst SPF result over the inbox's own sending IPs (its SMTP host's addresses). */
export function spfFor(account: Pick<Account, 'smtp_host'>, d: DomainReport): ScoreInputs['spf'] {
  const ips = new Set(d.sending_hosts?.[account.smtp_host.toLowerCase()] ?? d.sending_ips);
  const results = d.spf.results.filter((r) => ips.has(r.ip)).map((r) => r.result);
  if (results.length === 0) return d.spf.status === 'unknown' ? 'temperror' : d.spf.record ? null : 'none';
  return SPF_ORDER.find((r) => results.includes(r)) ?? null;
}

export const COMPLAINTS_NOTE =
  'Complaints count feedback-loop reports (ARF) from Yahoo, AOL, Outlook.com/Hotmail (JMRP) and other providers that send them. ' +
  'Gmail sends no per-message complaints: complaint rates for Gmail recipients come only from Google Postmaster Tools, so a 0 % here says nothing about Gmail users.';

export function scoreInputs(account: Account, d: DomainReport | null, window: DayCounts, sentLastDay: number, blockAdvice?: ScoreAdvice): ScoreInputs {
  const smtp = account.smtp_test;
  const imap = account.imap_test;
  return {
    domain: d?.domain ?? account.email.split('@')[1] ?? null,
    spf: d ? spfFor(account, d) : null,
    dkim: !d || d.dkim.status === 'unknown' ? null : { found: d.dkim.found, weak_key: d.dkim.keys.some((k) => !k.revoked && k.key_type === 'rsa' && (k.bits ?? 2048) < 2048) },
    dmarc: !d || d.dmarc.status === 'unknown' ? null : { policy: d.dmarc.effective_policy ?? d.dmarc.policy, invalid: d.dmarc.record !== null && d.dmarc.policy === null },
    blacklist: !d ? null : {
      listed: new Set(d.blacklist.flagged_lists.map((f) => f.list)).size,
      // The score counts lists that answered; the audit's checked_lists includes the silent ones.
      checked: d.blacklist.checked_lists - d.blacklist.unknown_lists.length,
      unknown: d.blacklist.unknown_lists.length,
      flagged: d.blacklist.flagged_lists.map((f) => ({ list: f.list, removal_url: f.removal_url })),
    },
    bounces: { sent: window.sent, hard_bounces: window.hard_bounces, blocks: window.blocks, ...(blockAdvice ? { block_advice: blockAdvice } : {}) },
    complaints: { sent: window.sent, complaints: window.complaints },
    connection: {
      smtp_ok: smtp ? smtp.ok : null, imap_ok: imap ? imap.ok : null,
      ...(smtp && !smtp.ok ? { smtp_error: smtp.message, smtp_code: smtp.error } : {}), ...(imap && !imap.ok ? { imap_error: imap.message, imap_code: imap.error } : {}),
    },
    volume: { sent_last_day: sentLastDay, daily_limit: account.daily_limit },
    fixes: {
      ...(d?.spf.fixes[0] ? { spf: d.spf.fixes[0] } : {}),
      ...(d?.dmarc.fixes[0] ? { dmarc: d.dmarc.fixes[0] } : {}),
    },
  };
}

export function buildReport(args: {
  account: Account;
  domain: DomainReport | null;
  window: DayCounts;
  sentLastDay: number;
  now: Date;
  mailbox: MailboxEvidence;
  /** Bounces, blocks and delays of the window by reason. */
  reasons: ReasonCount[];
}): DeliverabilityReport {
  const { account, domain: d, window: w } = args;
  const domainName = account.email.split('@')[1] ?? '';
  const byReason = summarize(args.reasons, domainName, d);
  const topBlock = byReason.find((r) => r.category === 'block');
  const blockAdvice = topBlock ? { title: topBlock.fix.title, action: `Most blocks: ${topBlock.label.toLowerCase()} (${topBlock.count}). ${topBlock.fix.action}` } : undefined;
  const result = computeScore(scoreInputs(account, d, w, args.sentLastDay, blockAdvice));
  const rate = (n: number) => (w.sent > 0 ? n / w.sent : null);
  return {
    account_id: account.id,
    email: account.email,
    domain: domainName,
    overall_score: result.score,
    points: result.points,
    known_max: result.known_max,
    measured: result.measured,
    score_floor: SCORE_FLOOR,
    capped: result.capped,
    checked_at: args.now.toISOString(),
    components: result.components,
    dns_authentication: {
      spf: { passed: d ? d.spf.status === 'ok' : null, record: d?.spf.record ?? null, details: d ? (d.spf.findings.map((f) => f.message).join(' ') || 'SPF is in order.') : 'Not checked yet.' },
      dkim: { passed: d ? d.dkim.status === 'ok' : null, record: d?.dkim.keys[0]?.record ?? null, details: d ? (d.dkim.findings.map((f) => f.message).join(' ') || `DKIM key found (${d.dkim.keys.map((k) => k.selector).join(', ')}).`) : 'Not checked yet.' },
      dmarc: { passed: d ? d.dmarc.status === 'ok' : null, record: d?.dmarc.record ?? null, details: d ? (d.dmarc.findings.map((f) => f.message).join(' ') || `DMARC policy ${d.dmarc.policy}.`) : 'Not checked yet.' },
    },
    blacklist_check: {
      listed: d?.blacklist.listed ?? false,
      checked_lists: d?.blacklist.checked_lists ?? 0,
      clean_lists: d?.blacklist.clean_lists ?? [],
      flagged_lists: (d?.blacklist.flagged_lists ?? []).map(({ list, answer, meaning, removal_url }) => ({ list, answer, meaning, removal_url })),
    },
    reputation: {
      window_days: WINDOW_DAYS, sent: w.sent, hard_bounces: w.hard_bounces, soft_bounces: w.soft_bounces, blocks: w.blocks, delays: w.delays,
      complaints: w.complaints, replies: w.replies,
      bounce_rate: rate(w.hard_bounces + w.soft_bounces), hard_bounce_rate: rate(w.hard_bounces), block_rate: rate(w.blocks),
      complaint_rate: rate(w.complaints), reply_rate: rate(w.replies),
    },
    bounces_by_reason: byReason,
    complaints_note: COMPLAINTS_NOTE,
    recommendations: recommendations(result),
    not_measured: notMeasured(result),
    mailbox: args.mailbox,
  };
}
