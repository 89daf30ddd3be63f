// Amazon SES notifications delivered by email (through SNS): a JSON body with notificationType
// (or eventType) Bounce, Complaint or Delivery. SNS folds long lines with a trailing "!"; the
// notification may be wrapped in an SNS envelope whose Message is the JSON as a string. After
// sisimai's Sisimai::Lhost::AmazonSES (rb-sisimai 5.1, BSD-2-Clause) and AWS's documented format.
import { mailboxOf } from './recipients';
import type { BounceReason, RawRecipient } from './types';

export type SesNotification =
  | { type: 'bounce'; recipients: RawRecipient[]; reportingMta?: string; messageId?: string }
  | { type: 'complaint'; recipients: string[]; feedbackType: string; messageId?: string }
  | { type: 'delivery' };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

// Transient subtypes that name the reason (AWS: "bounceSubType").
const SUBTYPE: Record<string, BounceReason> = { MailboxFull: 'mailbox_full', MessageTooLarge: 'message_too_big' };

function unfold(body: string): string {
  let out = '';
  let folded = false;
  for (const raw of body.split('\n')) {
    let line: string = folded ? raw.trimStart() : raw;
    if (!folded && !line.trim()) continue;
    if (line === '--') break;
    folded = line.endsWith('!');
    if (folded) line = line.slice(0, -1);
    out += line;
  }
  return out;
}

function parse(text: string): Json | undefined {
  const start = text.indexOf('{');
  if (start < 0 || !/"(?:notificationType|eventType)"/.test(text)) return undefined;
  try {
    const outer = JSON.parse(unfold(text.slice(start))) as unknown;
    const o = obj(outer);
    const inner = str(o?.Message);
    return inner ? obj(JSON.parse(inner)) : o;
  } catch {
    return undefined;
  }
}

/** The notification in an SES/SNS JSON body, or undefined when the body is not one. */
export function readSesNotification(body: string): SesNotification | undefined {
  const n = parse(body);
  if (!n) return undefined;
  const type = str(n.notificationType) ?? str(n.eventType);
  const messageId = str(obj(n.mail)?.messageId);
  const withId = <T extends object>(x: T) => (messageId ? { ...x, messageId } : x);
  if (type === 'Bounce') {
    const b = obj(n.bounce) ?? {};
    const subtype = SUBTYPE[str(b.bounceSubType) ?? ''];
    const reportingMta = str(b.reportingMTA)?.replace(/^dsn;\s*/i, '').trim();
    const recipients = arr(b.bouncedRecipients).flatMap((x): RawRecipient[] => {
      const r = obj(x);
      const address = mailboxOf(str(r?.emailAddress));
      if (!r || !address) return [];
      const out: RawRecipient = { address, action: 'failed' };
      const status = str(r.status);
      const diag = str(r.diagnosticCode);
      if (status) out.status = status;
      if (diag) out.diagnostic = diag.replace(/^[\w-]+;\s*/, '');
      if (subtype) out.reason = subtype;
      return [out];
    });
    return withId({ type: 'bounce' as const, recipients, ...(reportingMta ? { reportingMta } : {}) });
  }
  if (type === 'Complaint') {
    const c = obj(n.complaint) ?? {};
    const recipients = arr(c.complainedRecipients).flatMap((x) => mailboxOf(str(obj(x)?.emailAddress)) ?? []);
    return withId({ type: 'complaint' as const, recipients, feedbackType: (str(c.complaintFeedbackType) ?? 'abuse').toLowerCase() });
  }
  if (type === 'Delivery') return { type: 'delivery' };
  return undefined;
}
