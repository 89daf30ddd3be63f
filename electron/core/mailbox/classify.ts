// Classifies one received message as a bounce, a complaint, a reply to our mail, an automatic
// reply, or other. MIME is parsed by mailparser; only the small field groups of report parts
// are read here (through mailparser's header parser too).
//
// Order of precedence, first match wins:
//  1. bounce     — RFC 3464 DSN (multipart/report; report-type=delivery-status, or a
//                  delivery-status part from a mailer daemon) with a failed or delayed recipient.
//                  A DSN that reports only success is 'other'.
//  2. complaint  — ARF (RFC 5965: report-type=feedback-report, or a message/feedback-report part).
//  3. bounce     — plain-text bounce by heuristics (`heuristic: true`), see classify-heuristics.ts.
//  4. other      — mail from our own address (a copy of something we sent is never a reply).
//  5. auto_reply — Auto-Submitted other than "no", X-Autoreply/X-Autorespond, Precedence:
//                  auto_reply, or an out-of-office subject. Auto-replies are not replies, even when
//                  In-Reply-To names our message.
//  6. reply      — In-Reply-To or References holds a Message-ID we sent.
//  7. other.
import { simpleParser, type ParsedMail } from 'mailparser';
import { headerText, messageIdsIn, normalizeMessageId, originalMessageId } from './classify-fields';
import { autoReplySignal, bounceExplanation, heuristicBounce, isDaemonSender } from './classify-heuristics';
import { arfComplaint, dsnRecipients, findArfPart, findDsnPart } from './classify-report';

export type MessageKind = 'bounce' | 'complaint' | 'reply' | 'auto_reply' | 'other';
export type BounceType = 'hard' | 'soft';

export interface BounceRecipient {
  address: string;
  /** Enhanced status code, e.g. '5.1.1' ('5.0.0' / '4.0.0' when only a basic code was given). */
  status: string;
  /** DSN Action, lower case: 'failed' or 'delayed'. */
  action: string;
  /** The remote server's reply, e.g. '550 5.1.1 <x@example.org>: Recipient address rejected: User unknown'. */
  diagnostic?: string;
}

export interface BounceInfo {
  /** Hard when any recipient failed permanently (class 5); soft for delays and class-4 failures. */
  type: BounceType;
  recipients: BounceRecipient[];
  /** True when read from a plain-text bounce rather than an RFC 3464 report. */
  heuristic: boolean;
  /** Message-ID of the returned original, when the bounce includes it. */
  original_message_id?: string;
}

export interface ComplaintInfo {
  /** Feedback-Type, lower case: abuse, fraud, virus, other, not-spam, auth-failure … */
  feedback_type: string;
  original_rcpt?: string;
  original_mail_from?: string;
  original_message_id?: string;
}

export interface Classification {
  kind: MessageKind;
  bounce?: BounceInfo;
  complaint?: ComplaintInfo;
  /** The Message-ID we sent that this message answers or reports on (in angle brackets). */
  in_reply_to?: string;
  /** The message's Date header, ISO-8601 UTC. */
  date?: string;
  /** The signal that made it an auto_reply, e.g. 'Auto-Submitted: auto-replied' or 'subject'. */
  auto_reply_signal?: string;
}

export interface ClassifyContext {
  /** Whether we sent a message with this Message-ID; called with the id in angle brackets. */
  sentMessageIds: (id: string) => boolean;
  /** The inbox's own address; its own mail is never a reply, and it is never a failed recipient. */
  ownAddress?: string;
}

export async function classifyMessage(raw: Buffer | string, ctx: ClassifyContext): Promise<Classification> {
  // Delivery-status parts kept as attachments (not merged into the text); returned originals
  // kept whole rather than parsed into the body.
  const mail = await simpleParser(raw, { keepDeliveryStatus: true, ignoreEmbedded: true, skipTextToHtml: true, skipImageLinks: true });
  const base: Classification = { kind: 'other' };
  if (mail.date && !Number.isNaN(mail.date.getTime())) base.date = mail.date.toISOString();
  const ours = (id: string | undefined) => (id && ctx.sentMessageIds(id) ? id : undefined);
  const withOriginal = (c: Classification, originalId: string | undefined): Classification => {
    const sent = ours(originalId) ?? ours(referencedSentId(mail, ctx));
    return sent ? { ...c, in_reply_to: sent } : c;
  };

  const reportType = reportTypeOf(mail);
  const dsnPart = findDsnPart(mail.attachments);
  if (dsnPart && (reportType === 'delivery-status' || isDaemonSender(mail))) {
    const dsn = await dsnRecipients(dsnPart);
    if (dsn) {
      const originalId = await originalMessageId(mail.attachments);
      const bounce: BounceInfo = { ...dsn, heuristic: false };
      if (originalId) bounce.original_message_id = originalId;
      return withOriginal({ ...base, kind: 'bounce', bounce }, originalId);
    }
    if (reportType === 'delivery-status') return base;
  }

  const arfPart = findArfPart(mail.attachments);
  if (arfPart) {
    const originalId = await originalMessageId(mail.attachments);
    const complaint: ComplaintInfo = await arfComplaint(arfPart);
    if (originalId) complaint.original_message_id = originalId;
    return withOriginal({ ...base, kind: 'complaint', complaint }, originalId);
  }

  const heuristic = heuristicBounce(mail, ctx.ownAddress);
  if (heuristic) {
    const originalId = (await originalMessageId(mail.attachments)) ?? quotedOriginalId(mail, ctx);
    if (originalId) heuristic.original_message_id = originalId;
    return withOriginal({ ...base, kind: 'bounce', bounce: heuristic }, originalId);
  }

  const from = mail.from?.value[0]?.address?.toLowerCase();
  if (ctx.ownAddress && from === ctx.ownAddress.toLowerCase()) return base;

  const signal = autoReplySignal(mail);
  const answered = referencedSentId(mail, ctx);
  if (signal) {
    const auto: Classification = { ...base, kind: 'auto_reply', auto_reply_signal: signal };
    return answered ? { ...auto, in_reply_to: answered } : auto;
  }
  if (answered) return { ...base, kind: 'reply', in_reply_to: answered };
  return base;
}

function reportTypeOf(mail: ParsedMail): string | null {
  const ct = mail.headers.get('content-type');
  if (!ct || typeof ct !== 'object' || !('value' in ct) || typeof ct.value !== 'string') return null;
  if (ct.value.toLowerCase() !== 'multipart/report') return null;
  const params = 'params' in ct ? (ct.params as Record<string, string>) : {};
  return params['report-type']?.toLowerCase() ?? null;
}

/** First Message-ID in In-Reply-To, then References (newest last, so read backwards), that we sent. */
function referencedSentId(mail: ParsedMail, ctx: ClassifyContext): string | undefined {
  const inReplyTo = messageIdsIn(mail.inReplyTo ?? headerText(mail.headers, 'in-reply-to'));
  const references = messageIdsIn(mail.references).reverse();
  return [...inReplyTo, ...references].find((id) => ctx.sentMessageIds(id));
}

/** A plain-text bounce often quotes the original's headers inline: find a Message-ID we sent. */
function quotedOriginalId(mail: ParsedMail, ctx: ClassifyContext): string | undefined {
  const text = mail.text ?? '';
  const quoted = text.slice(bounceExplanation(text).length);
  const ids = [...quoted.matchAll(/^\s*Message-ID:\s*(<[^<>\s]+>)/gim)].map((m) => normalizeMessageId(m[1] ?? ''));
  return ids.find((id) => id && ctx.sentMessageIds(id)) ?? ids[0];
}
