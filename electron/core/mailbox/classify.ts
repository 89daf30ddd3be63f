// Classifies one received message as a bounce, a delay notice, a complaint, a reply to our mail,
// an automatic reply, or other. Pure: the message's bytes in, a classification out.
//
// Order of precedence, first match wins:
//  1. complaint  — ARF (RFC 5965), Microsoft JMRP, an SES complaint, an Apple Mail unsubscribe.
//  2. bounce / delay — an SES bounce; RFC 3464 fields (part or text) with a failed or delayed
//                  recipient; an MTA's text report (see bounce.ts). A report of successful
//                  delivery only is 'other'. A bounce is never an auto-reply, though it carries
//                  Auto-Submitted (RFC 3464 §6.2).
//  3. other      — mail from our own address (a copy of something we sent is never a reply).
//  4. auto_reply — Auto-Submitted other than "no", X-Autoreply/X-Autorespond, Precedence:
//                  auto_reply, or an out-of-office subject; never a reply even when it names ours.
//  5. reply      — In-Reply-To or References holds a Message-ID we sent.
//  6. other.
import { autoReplySignal } from './auto-reply';
import { readBounce } from './bounce';
import { readComplaint } from './complaint';
import { headerText, messageIdsIn, normalizeMessageId } from './fields';
import { originalHeaders, readMessage, type MailView } from './message';
import type { Classification, ClassifyContext, ComplaintInfo } from './types';

export async function classifyMessage(raw: Buffer | string, ctx: ClassifyContext): Promise<Classification> {
  const view = await readMessage(raw);
  const base: Classification = { kind: 'other' };
  const date = view.mail.date;
  if (date && !Number.isNaN(date.getTime())) base.date = date.toISOString();
  const ours = (id: string | undefined) => (id && ctx.sentMessageIds(id) ? id : undefined);
  const original = originalHeaders(view);
  const originalIds = originalMessageIds(view, original);
  // The sent message a report is about: the returned original's Message-ID, else one it quotes,
  // else what the report itself references.
  const linked = () => originalIds.map(ours).find(Boolean) ?? referencedSentId(view, ctx);
  const withLink = (c: Classification): Classification => {
    const sent = linked();
    return sent ? { ...c, in_reply_to: sent } : c;
  };

  const { bounce, delivered, ses } = readBounce(view, ctx.ownAddress ? { ownAddress: ctx.ownAddress } : {});
  const complaint = ses?.type === 'complaint' ? sesComplaint(ses) : readComplaint(view, original);
  if (complaint) {
    const id = complaint.original_message_id ? normalizeMessageId(complaint.original_message_id) : originalIds[0];
    if (id) complaint.original_message_id = id;
    else delete complaint.original_message_id;
    return withLink({ ...base, kind: 'complaint', complaint });
  }
  if (bounce) {
    const own = view.mail.messageId ? normalizeMessageId(view.mail.messageId) : '';
    const id = originalIds.map(ours).find(Boolean) ?? originalIds.find((x) => x !== own);
    if (id) bounce.original_message_id = id;
    return withLink({ ...base, kind: bounce.category === 'delay' ? 'delay' : 'bounce', bounce });
  }
  if (delivered) return base;

  if (ctx.ownAddress && view.from === ctx.ownAddress.toLowerCase()) return base;
  const signal = autoReplySignal(view);
  const answered = referencedSentId(view, ctx);
  if (signal) {
    const auto: Classification = { ...base, kind: 'auto_reply', auto_reply_signal: signal };
    return answered ? { ...auto, in_reply_to: answered } : auto;
  }
  if (answered) return { ...base, kind: 'reply', in_reply_to: answered };
  return base;
}

function sesComplaint(n: { recipients: string[]; feedbackType: string; messageId?: string }): ComplaintInfo {
  const info: ComplaintInfo = { format: 'ses', feedback_type: n.feedbackType, recipients: n.recipients };
  if (n.recipients[0]) info.original_rcpt = n.recipients[0];
  return info;
}

/** First Message-ID in In-Reply-To, then References (newest last, so read backwards), that we sent. */
function referencedSentId(view: MailView, ctx: ClassifyContext): string | undefined {
  const inReplyTo = messageIdsIn(view.mail.inReplyTo ?? headerText(view.mail.headers, 'in-reply-to'));
  const references = messageIdsIn(view.mail.references).reverse();
  return [...inReplyTo, ...references].find((id) => ctx.sentMessageIds(id));
}

/**
 * Message-IDs of the returned original: its header part, the DSN's X-Original-Message-ID, and
 * Message-ID lines that a text bounce quotes after its explanation.
 */
function originalMessageIds(view: MailView, original: Map<string, string[]> | undefined): string[] {
  const ids: string[] = [];
  for (const v of original?.get('message-id') ?? []) ids.push(normalizeMessageId(v.match(/<[^<>\s]+>/)?.[0] ?? v));
  const texts = [view.text, ...view.parts.filter((p) => !p.type.startsWith('image/')).map((p) => p.text), view.text.trim() ? '' : view.rawBody];
  for (const t of texts) {
    for (const m of t.matchAll(/^[ \t>]*(?:x-original-message-id|message-id)[ \t]*:[ \t]*(<[^<>\s]+>|[^\s<>]+@[^\s<>]+)/gim)) ids.push(normalizeMessageId(m[1]!));
  }
  // The report's own Message-ID can equal the original's (some MTAs reuse the queue id): keep it,
  // but behind every other candidate.
  const own = view.mail.messageId ? normalizeMessageId(view.mail.messageId) : '';
  const unique = [...new Set(ids.filter(Boolean))];
  return [...unique.filter((id) => id !== own), ...unique.filter((id) => id === own)];
}
