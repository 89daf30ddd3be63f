// Bounces, blocks and delays of the report window by reason: how many, the evidence of a few
// recent ones, and what to do. Blocks point at their fix in the app: authentication → the
// domain's SPF/DKIM/DMARC records, a listing → the blacklist entry, no reverse DNS → the PTR.
import type { Kysely } from 'kysely';
import type { DomainReport } from '../../../shared/audit';
import { BOUNCE_REASON_LABELS, BOUNCE_REASONS, type BounceCategory, type BounceReason } from '../../../shared/bounces';
import type { BounceExample, BounceFix, BounceReasonSummary } from '../../../shared/report';
import type { BounceInfo } from '../mailbox/index';
import type { Database } from '../store/index';

const EXAMPLES = 3;
const KIND_CATEGORY: Record<string, BounceCategory> = { hard_bounce: 'hard', soft_bounce: 'soft', block: 'block', delay: 'delay' };

export interface ReasonCount {
  reason: BounceReason;
  category: BounceCategory;
  count: number;
  examples: BounceExample[];
  /** DNS blacklists the replies name (blocked_listed). */
  lists: string[];
}

const asReason = (r: string | null): BounceReason => ((BOUNCE_REASONS as readonly string[]).includes(r ?? '') ? (r as BounceReason) : 'unknown');

/** Counts per (reason, category) from the stored events between two days, with recent examples. */
export async function reasonCounts(db: Kysely<Database>, accountId: string, from: string, to: string): Promise<ReasonCount[]> {
  const rows = await db.selectFrom('mailbox_events').select(['date', 'kind', 'reason', 'detail'])
    .where('account_id', '=', accountId).where('kind', 'in', Object.keys(KIND_CATEGORY))
    .where('date', '>=', from).where('date', '<=', to).orderBy('date', 'desc').execute();
  const groups = new Map<string, ReasonCount>();
  for (const row of rows) {
    const reason = asReason(row.reason);
    const category = KIND_CATEGORY[row.kind]!;
    const key = `${category}:${reason}`;
    const group = groups.get(key) ?? groups.set(key, { reason, category, count: 0, examples: [], lists: [] }).get(key)!;
    group.count++;
    const info = parseDetail(row.detail);
    if (group.examples.length < EXAMPLES) group.examples.push(...examplesOf(info, reason, row.date));
    for (const r of info.recipients ?? []) if (r.list && !group.lists.includes(r.list)) group.lists.push(r.list);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

function parseDetail(detail: string): Partial<BounceInfo> {
  try {
    return JSON.parse(detail) as Partial<BounceInfo>;
  } catch {
    return {};
  }
}

function examplesOf(info: Partial<BounceInfo>, reason: BounceReason, date: string): BounceExample[] {
  return (info.recipients ?? []).filter((r) => r.reason === reason).slice(0, 1).map((r) => {
    const ex: BounceExample = { address: r.address, date, status: r.status ?? '' };
    if (r.reply_code) ex.reply_code = r.reply_code;
    if (r.diagnostic) ex.diagnostic = r.diagnostic;
    if (r.remote_mta) ex.remote_mta = r.remote_mta;
    if (info.reporting_mta) ex.reporting_mta = info.reporting_mta;
    return ex;
  });
}

/** What to do about a reason, from the domain's audit where it has the record or the listing. */
export function fixFor(reason: BounceReason, domain: string, d: DomainReport | null, lists: string[]): BounceFix {
  const page = `#/domains/${encodeURIComponent(domain)}`;
  switch (reason) {
    case 'auth_failed': {
      const fix = d?.dmarc.fixes[0] ?? d?.spf.fixes[0] ?? d?.dkim.fixes[0];
      return {
        kind: 'dns', href: page, title: `Fix SPF, DKIM and DMARC for ${domain}`,
        action: 'Receivers refused the mail because it failed authentication. Publish the records the domain check suggests, make DKIM sign with the From domain, and check again.',
        ...(fix ? { record: { record_name: fix.record_name, value: fix.value } } : {}),
      };
    }
    case 'blocked_listed': {
      const flagged = d?.blacklist.flagged_lists ?? [];
      const named = lists.map((l) => l.toLowerCase());
      const entry = flagged.find((f) => named.some((n) => f.list.toLowerCase().includes(n) || n.includes(f.list.toLowerCase()))) ?? flagged[0];
      const list = entry?.list ?? lists[0];
      return {
        kind: 'blacklist', href: page, title: list ? `Get delisted from ${list}` : 'Get delisted',
        action: 'Receivers refused the mail because the sending IP or domain is on a blacklist. Stop what caused the listing, then request removal.',
        ...(list ? { list } : {}), ...(entry?.removal_url ? { removal_url: entry.removal_url } : {}),
      };
    }
    case 'rdns_missing':
      return {
        kind: 'ptr', href: page, title: 'Set reverse DNS (PTR) for the sending IP',
        action: 'Ask whoever runs the sending server to set a PTR record for its IP to a host name that resolves back to that IP (e.g. mail.' + domain + ').',
      };
    case 'tls_required':
      return { kind: 'tls', title: 'Send over TLS', action: 'The receiver accepts only encrypted connections: turn on STARTTLS on the sending server or use a provider that does.' };
    case 'blocked_ip_reputation':
      return { kind: 'sending', title: 'Rebuild sending reputation', action: 'Lower the daily volume, send only to people who expect your mail, warm the inbox up again, and check the IP with the receiver’s postmaster tools.' };
    case 'rate_limited':
    case 'too_many_connections':
      return { kind: 'sending', title: 'Send more slowly', action: 'Spread sends over the day and lower the daily limit for this inbox; the receiver throttles bursts.' };
    case 'spam_content':
      return { kind: 'content', title: 'Change the content', action: 'The receiver’s filter refused the message itself: cut links and images, avoid URL shorteners and spammy wording, and send plain, personal text.' };
    case 'policy':
      return { kind: 'content', title: 'Check the receiver’s policy', action: 'The receiver refused by its own rules (recipient filters, closed lists, attachments). Read the replies below; send fewer, plainer messages.' };
    case 'user_unknown':
    case 'host_unknown':
    case 'mailbox_disabled':
    case 'has_moved':
      return { kind: 'list', title: 'Remove these addresses', action: 'The address is bad: take it off every list and sequence, and verify lists before sending.' };
    case 'mailbox_full':
      return { kind: 'wait', title: 'Try again later', action: 'The mailbox is full; if it bounces again in a week, remove the address.' };
    case 'message_too_big':
      return { kind: 'content', title: 'Send smaller messages', action: 'Drop attachments; link to files instead.' };
    case 'relay_denied':
      return { kind: 'list', title: 'Check the domain’s mail servers', action: 'The server refused to accept mail for that domain: the address’s domain may have moved its mail elsewhere. Verify the address.' };
    default:
      return { kind: 'wait', title: 'Nothing to do yet', action: 'The sending server could not deliver for a reason outside your control; it may retry. Watch whether it repeats.' };
  }
}

/** The report's summary: counts with their labels and fixes. */
export function summarize(counts: ReasonCount[], domain: string, d: DomainReport | null): BounceReasonSummary[] {
  return counts.map(({ lists, ...c }) => ({ ...c, label: BOUNCE_REASON_LABELS[c.reason], fix: fixFor(c.reason, domain, d, lists) }));
}
