// Complaints: abuse feedback reports (ARF, RFC 5965), Microsoft's JMRP reports (Outlook.com /
// Hotmail: a message/rfc822 part whose header X-HmXmrOriginalRecipient names the complainer, from
// staff@hotmail.com with "complaint about message from <ip>"), and the unsubscribe request Apple
// Mail sends for a List-Unsubscribe mailto (X-Apple-Unsubscribe: true). Gmail sends no
// per-message complaints at all. The complained-about address is Original-Rcpt-To, else the
// included original's To.
import { reportFields, headerBlock } from './fields';
import type { MailView } from './message';
import { mailboxesIn, mailboxOf } from './recipients';
import type { ComplaintInfo } from './types';

const first = (m: Map<string, string[]> | undefined, key: string) => m?.get(key)?.[0];

/** The recipients named by an original's To header (undisclosed lists name none). */
function originalTo(original: Map<string, string[]> | undefined): string[] {
  const to = first(original, 'to');
  return to ? mailboxesIn(to) : [];
}

function withOriginal(info: ComplaintInfo, original: Map<string, string[]> | undefined): ComplaintInfo {
  const id = first(original, 'message-id');
  const from = first(original, 'from');
  if (id) info.original_message_id = id;
  if (!info.original_mail_from && from) {
    const sender = mailboxOf(from);
    if (sender) info.original_mail_from = sender;
  }
  if (info.recipients.length === 0) info.recipients = originalTo(original);
  if (info.recipients[0]) info.original_rcpt = info.recipients[0];
  return info;
}

/** The complaint this message is, or undefined when it is none. */
export function readComplaint(view: MailView, original: Map<string, string[]> | undefined): ComplaintInfo | undefined {
  const arf = view.parts.find((p) => p.type === 'message/feedback-report') ??
    (view.reportType === 'feedback-report' ? { type: 'text/plain', text: view.text } : undefined);
  if (arf) {
    const fields = reportFields(arf.text).filter((f): f is { name: string; value: string } => !('blank' in f));
    const get = (name: string) => fields.filter((f) => f.name === name).map((f) => f.value);
    if (get('feedback-type').length > 0 || get('original-rcpt-to').length > 0) {
      const recipients = [...new Set(get('original-rcpt-to').flatMap((v) => mailboxOf(v) ?? []))];
      const info: ComplaintInfo = { format: 'arf', feedback_type: (get('feedback-type')[0] ?? 'other').toLowerCase().trim(), recipients };
      const mailFrom = mailboxOf(get('original-mail-from')[0]);
      if (mailFrom) info.original_mail_from = mailFrom;
      return withOriginal(info, original);
    }
  }
  const attached = view.parts.find((p) => p.type === 'message/rfc822');
  const attachedHeaders = attached ? headerBlock(attached.text.replace(/^\s+/, '')) : undefined;
  const jmrpRecipient = first(attachedHeaders, 'x-hmxmroriginalrecipient');
  const jmrpSender = /@(?:hotmail|outlook|live|msn)\.com$/.test(view.from) && /complaint about message from/i.test(view.subject);
  if (jmrpRecipient || jmrpSender) {
    const recipients = jmrpRecipient ? mailboxesIn(jmrpRecipient) : [];
    return withOriginal({ format: 'jmrp', feedback_type: 'abuse', recipients }, attachedHeaders ?? original);
  }
  const appleUnsubscribe = view.rawHeaders.get('x-apple-unsubscribe')?.[0]?.trim().toLowerCase() === 'true';
  if (appleUnsubscribe && view.from) {
    // The person who unsubscribed sends it from their own address.
    return { format: 'unsubscribe', feedback_type: 'opt-out', recipients: [view.from], original_rcpt: view.from };
  }
  return undefined;
}
