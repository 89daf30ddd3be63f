// Is this message a bounce, and if so: which recipients failed or are delayed, why, and on
// what evidence. Sources in order: an Amazon SES JSON notification; RFC 3464 fields (in a
// delivery-status part, or written into the text of a mailer daemon's report); the MTA's own text.
// The text fills in what the fields leave out (the SMTP reply, the command it answered).
import { readDsn, hasDsnFields } from './dsn';
import { originalHeaders, type MailView } from './message';
import { categoryOf, decideReason } from './reason';
import { formatClass, matchesClass, PHRASES, type SisimaiClass } from './reason-phrases';
import { isMailbox, looksLikeMessageId, mailboxesIn, sameAddress } from './recipients';
import { readSesNotification, type SesNotification } from './ses';
import { findReplyCode, findStatus, isStatusCode, preferStatus } from './smtp-codes';
import { explanationOf, readTextBounce } from './text-bounce';
import type { BounceCategory, BounceInfo, BounceRecipient, RawRecipient } from './types';

const DAEMON_LOCAL = /^(?:mailer-?daemon|mail-?daemon|postmaster|post_master|poostmaster|microsoftexchange[0-9a-f]*|mail-?delivery(?:-?sub)?(?:-?system)?|double-bounce|bounce-notification)$/i;
const DAEMON_NAME = /mail deliver(?:y|) (?:sub)?system|mailer[- ]daemon|postmaster|mail delivery|delivery status notification|internet mail delivery|content-filter at/i;
const NOREPLY_LOCAL = /^(?:no-?reply|do-?not-?reply)$/i;
const FORWARDED = /^\s*(?:fwd?|fw|wg|tr|rv|i|enc|vs|vb|doorst|trs)\s*:/i;
const BOUNCE_SUBJECT = new RegExp(
  [
    '^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:re:\\s*)?(?:undeliver|undelivered|delivery status notification|delivery notification|delivery report',
    'delivery failure|delivery fail|delivery has failed|delivery problem|returned mail|return(?:ed)? to sender|mail delivery',
    'failure notice|failed delivery|permanent delivery failure|message delivery|mail system error|mail not delivered',
    'message not delivered|message could not be delivered|non[- ]?delivery|non remis|non recapitabile|não entregue',
    'onbestelbaar|unzustellbar|nicht zustellbar|no se pudo entregar|mensaje no entregado|warning: (?:message|could not)',
    'delayed mail|mail failure|mail could not|could not send message|\\[bounce\\]|there was an error|sorry, your message',
    'message you sent|message frozen|your message could not be sent|error sending message)',
    'メール.*エラー|配信.*(?:失敗|エラー)|送信.*(?:失敗|エラー)|不達|未送達|не доставлено',
  ].join('|'),
  'i',
);
// Wording that starts the report in the common text formats (sisimai's StartingOf markers).
const TEXT_MARKERS = new RegExp(
  [
    'this is the mail system at host', 'this is the (?:postfix|qmail|dragonfly|mailer-daemon)', 'hi\\. this is the qmail',
    'this message was created automatically by mail delivery software', 'transcript of session follows',
    'the following addresses had (?:permanent fatal errors|delivery problems)', 'delivery to the following recipient',
    'your message did not reach some or all of the intended recipients', 'delivery has failed to these recipients',
    'could not be delivered to', 'unable to deliver message to', 'was not delivered to', 'there was an error delivering your mail',
    'undeliverable to', 'your message could not be delivered', 'an error occurred while trying to deliver the mail',
    'this is an automatically generated delivery status notification', 'delivery failed', 'failure reasons',
    'the original message was received at', 'i\'m afraid i wasn\'t able to deliver', 'permanent error', 'temporary error',
    'unknown user:', 'message could not be delivered', 'was automatically rejected', 'rejected your message',
    'following recipients were affected', 'an error has occurred while attempting to deliver',
  ].join('|'),
  'i',
);
const DELAY_WORDS = /\b(?:delayed|has not (?:yet )?been delivered|not yet been delivered|will (?:continue to )?retry|will be retried|still trying|still being retried|continue trying|warning: (?:message|could not send)|no need to resend|delivery attempts will continue)\b/i;
const PERMANENT_WORDS = /permanent(?:ly)? (?:error|failure|fatal)|failed permanently|i've given up|giving up|gave up|no further (?:delivery )?attempts|will not be retried|could not be delivered|retry timeout exceeded|has been frozen/i;

export interface BounceContext {
  ownAddress?: string;
}

const localPart = (a: string) => a.slice(0, a.lastIndexOf('@'));

/** Sent by the mail system: a daemon's or postmaster's address or name, or the null sender. */
export function fromMailSystem(view: MailView): boolean {
  if (view.returnPath === '') return true;
  if (!view.from) return !view.rawHeaders.get('from')?.[0] || DAEMON_NAME.test(view.fromName) || /mailer-daemon/i.test(view.rawHeaders.get('from')?.[0] ?? '');
  return DAEMON_LOCAL.test(localPart(view.from)) || DAEMON_NAME.test(view.fromName);
}

function gate(view: MailView): boolean {
  if (FORWARDED.test(view.subject)) return false;
  if (fromMailSystem(view)) return true;
  if (view.reportType === 'delivery-status') return true;
  if (view.rawHeaders.has('x-failed-recipients')) return true;
  return NOREPLY_LOCAL.test(localPart(view.from)) && BOUNCE_SUBJECT.test(view.subject);
}

/** SMTP commands a text names, last one wins ("after RCPT TO", "in reply to end of DATA command"). */
export function commandIn(text: string): string | undefined {
  // qmail names the command by what went wrong (sisimai's Lhost::Qmail CommandSet).
  const qmail = text.match(/but greeting failed\.|but my name was rejected\.|but sender was rejected\.|does not like recipient\.|failed on data command|failed after i sent the message/i)?.[0].toLowerCase();
  if (qmail) return qmail.includes('greeting') ? 'CONN' : qmail.includes('name') ? 'EHLO' : qmail.includes('sender') ? 'MAIL' : qmail.includes('recipient') ? 'RCPT' : 'DATA';
  // Yahoo writes the command in brackets: "User Unknown [RCPT_TO]".
  const bracketed = text.match(/\[(RCPT_TO|MAIL_FROM|DATA|EHLO|HELO)\]/)?.[1];
  if (bracketed) return bracketed.split('_')[0];
  // In a session transcript, the command right before the first error reply.
  const transcript = text.match(/>>> *([A-Z]{4}[^\n]{0,200})\n(?:[^\n]{0,500}\n){0,5}?<<< *[45]\d\d/);
  if (transcript) return commandIn(transcript[1]!);
  // Commands are written in capitals ("RCPT TO", "MAIL From"); the phrases around them are not.
  const found = [
    ...text.matchAll(/\b(HELO|EHLO|STARTTLS|MAIL F(?:ROM|rom)|RCPT T(?:O|o)|DATA|BDAT)\b/g),
    ...text.matchAll(/(?:in reply to|after|did not like our) (?:end of |final )?(data|rcpt to|mail from|helo|ehlo)\b|(after initial connection|but greeting failed)/gi),
  ].sort((a, b) => a.index - b.index);
  const last = found[found.length - 1];
  if (!last) return undefined;
  const word = (last[1] ?? last[2] ?? 'CONN').toUpperCase();
  if (/CONNECTION|GREETING/.test(word)) return 'CONN';
  if (word.startsWith('MAIL')) return 'MAIL';
  if (word.startsWith('RCPT')) return 'RCPT';
  if (word === 'BDAT') return 'DATA';
  return word;
}

/** Whether a text gives a reason of its own: an SMTP code, or wording one of the rules knows. */
function saysWhy(text: string): boolean {
  if (/\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b/.test(text)) return true;
  const lower = text.toLowerCase();
  return !!formatClass(lower) || REASON_CLASSES.some((cls) => matchesClass(lower, cls));
}

// Lines of an explanation worth keeping as evidence: an SMTP reply or a server's words.
function evidenceLine(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/.test(l)) ?? undefined;
}

function tidy(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let t = text.replace(/\s+/g, ' ').trim();
  // Drop reply codes repeated on continuation lines: "550-5.7.26 … 550-5.7.26 …".
  const code = t.match(/^(\d{3})[- ](?:(\d\.\d{1,3}\.\d{1,3}) )?/);
  if (code?.[1]) {
    const again = new RegExp(` ${code[1]}[- ]${code[2] ? `(?:${code[2].replace(/\./g, '\\.')} +)?` : ''}`, 'g');
    t = `${code[0]}${t.slice(code[0].length).replace(again, ' ')}`.replace(/\s+/g, ' ').trim();
  }
  return t.length > 1000 ? `${t.slice(0, 997)}…` : t || undefined;
}

function finish(raw: RawRecipient & { extra?: string }, context: string): BounceRecipient {
  const ownText = clip(raw.diagnostic) ?? '';
  // A recipient whose own lines say nothing definite is judged on the whole explanation.
  // The report's own words for this recipient decide; a recipient with none (or none with a code)
  // is judged on the MTA's text about it, then the whole explanation.
  const own = tidy(ownText) ?? '';
  const basis = saysWhy(own) ? own : `${own}\n${clip(raw.extra) ?? ''}\n${context}`.trim();
  const codeInText = findStatus(basis);
  const reply = findReplyCode(basis, (raw.status?.[0] ?? codeInText?.[0]) as '4' | '5' | undefined) ?? '';
  const status = preferStatus(raw.status, codeInText, reply) ?? '';
  const action: 'failed' | 'delayed' = raw.action === 'delayed' ? 'delayed' : 'failed';
  const domain = raw.address.slice(raw.address.lastIndexOf('@') + 1).toLowerCase();
  const command = raw.command ?? commandIn(own) ?? commandIn(clip(raw.extra) ?? '') ?? commandIn(context);
  const { reason, list } = decideReason({
    status, reply, diagnostic: basis, action, domain, ...(command ? { command } : {}),
    ...(raw.remote_mta ? { remoteMta: raw.remote_mta } : {}), ...(raw.reason ? { stated: raw.reason } : {}),
  });
  const out: BounceRecipient = { address: raw.address, action, status: isStatusCode(status) ? status : '', reason, category: categoryOf(reason, action, status) };
  if (reply) out.reply_code = reply;
  const diagnostic = own || tidy(evidenceLine(context));
  if (diagnostic) out.diagnostic = diagnostic;
  if (raw.remote_mta) out.remote_mta = raw.remote_mta;
  if (list) out.list = list;
  return out;
}

const ORDER: BounceCategory[] = ['block', 'hard', 'soft', 'delay'];
/** Characters of a report's text that the reason rules read (per recipient and overall). */
const CONTEXT_LIMIT = 16_384;
const RECIPIENT_LIMIT = 4_096;
const clip = (t: string | undefined) => (t && t.length > RECIPIENT_LIMIT ? t.slice(0, RECIPIENT_LIMIT) : t);
const REASON_CLASSES = Object.keys(PHRASES) as SisimaiClass[];

function assemble(recipients: BounceRecipient[], source: BounceInfo['source'], reportingMta: string | undefined): BounceInfo | null {
  if (recipients.length === 0) return null;
  const lead = [...recipients].sort((a, b) => ORDER.indexOf(a.category) - ORDER.indexOf(b.category))[0]!;
  const info: BounceInfo = { category: lead.category, reason: lead.reason, recipients, source };
  if (reportingMta) info.reporting_mta = reportingMta;
  return info;
}

function fromSes(n: Extract<SesNotification, { type: 'bounce' }>): BounceInfo | null {
  return assemble(n.recipients.map((r) => finish(r, '')), 'json', n.reportingMta);
}

/** The bounce this message is, or null. `delivered` is true when it reports only successful delivery. */
export function readBounce(view: MailView, ctx: BounceContext): { bounce: BounceInfo | null; delivered: boolean; ses?: SesNotification } {
  const none = { bounce: null, delivered: false };
  const ses = /"(?:notificationType|eventType)"/.test(view.text) ? readSesNotification(view.text) : undefined;
  if (ses?.type === 'bounce') return { bounce: fromSes(ses), delivered: false, ses };
  if (ses) return { ...none, delivered: ses.type === 'delivery', ses };
  if (!gate(view)) return none;

  const exclude = (a: string) => sameAddress(a, ctx.ownAddress) || sameAddress(a, view.from);
  const dsnParts = view.parts.filter((p) => p.type === 'message/delivery-status' || p.type === 'message/global-delivery-status');
  // The text a mailer daemon wrote: body text, else (damaged MIME) the raw body.
  const body = view.text.trim() ? view.text : view.rawBody;
  const explanation = explanationOf(body);
  let dsnText = dsnParts.map((p) => p.text).join('\n\n');
  if (!dsnText && hasDsnFields(body)) dsnText = body;
  if (!dsnText && hasDsnFields(view.rawBody)) dsnText = view.rawBody;
  const dsn = dsnText ? readDsn(dsnText) : undefined;
  const text = readTextBounce(body, exclude);
  // Reasons are read from the start of the explanation: a real report says why within a few KB.
  const context = explanation.length > CONTEXT_LIMIT ? explanation.slice(0, CONTEXT_LIMIT) : explanation;

  // A Final-Recipient field is explicit: even our own address can be one (mail to ourselves).
  const dsnRecipients = dsn?.recipients ?? [];
  if (dsnRecipients.length > 0) {
    const failing = dsnRecipients.filter((r) => r.action !== 'delivered' && !(r.action === undefined && r.status?.startsWith('2.')));
    if (failing.length === 0) return { ...none, delivered: true };
    const enriched = failing.map((r) => {
      const block = text.recipients.find((t) => sameAddress(t.address, r.address) || sameAddress(t.address, r.original));
      const only = text.recipients.length === 1 && failing.length === 1 ? text.recipients[0] : undefined;
      // The MTA's own text for this recipient: evidence when the fields have none, context always.
      const extra = (block ?? only)?.diagnostic;
      const diagnostic = r.diagnostic ?? extra;
      const action = r.action === 'failed' || r.action === 'delayed' ? r.action : r.status?.startsWith('4.') && DELAY_WORDS.test(context) ? 'delayed' : 'failed';
      return { ...r, action, ...(diagnostic ? { diagnostic } : {}), ...(extra ? { extra } : {}) };
    });
    return { bounce: assemble(enriched.map((r) => finish(r, context)), 'dsn', dsn?.reportingMta), delivered: false };
  }

  let raws: RawRecipient[] = text.recipients;
  if (raws.length === 0) {
    const failed = view.rawHeaders.get('x-failed-recipients')?.join(',');
    raws = (failed ? mailboxesIn(failed) : []).filter((a) => !exclude(a)).map((address) => ({ address }));
  }
  const evidence = TEXT_MARKERS.test(context) || BOUNCE_SUBJECT.test(view.subject) || /\b[45]\d\d[ -]|\b[45]\.\d\.\d{1,3}\b/.test(context);
  if (!evidence) return none;
  // Nothing names the recipient: the returned original's To does (sisimai's last resort too).
  if (raws.length === 0 && (TEXT_MARKERS.test(explanation) || BOUNCE_SUBJECT.test(view.subject))) {
    const to = originalHeaders(view)?.get('to')?.[0];
    raws = (to ? mailboxesIn(to) : []).filter((a) => !exclude(a)).slice(0, 1).map((address) => ({ address }));
  }
  if (raws.length === 0) return none;
  const delayed = (DELAY_WORDS.test(view.subject) || DELAY_WORDS.test(context)) && !PERMANENT_WORDS.test(context);
  const reportingMta = view.from.includes('@') ? view.from.slice(view.from.indexOf('@') + 1) : undefined;
  const recipients = raws.map((r) => finish({ ...r, action: delayed ? 'delayed' : 'failed' }, context));
  return { bounce: assemble(recipients, 'text', reportingMta), delivered: false };
}

/**
 * A bounce decided again from the evidence a report gave (address, action, status, diagnostic),
 * as stored by earlier versions of the app: migration 0010 uses it for the events it keeps.
 */
export function bounceFromEvidence(recipients: RawRecipient[], source: BounceInfo['source']): BounceInfo | null {
  // Earlier versions took Message-IDs and other non-addresses from text bounces for recipients.
  const usable = recipients.filter((r) => r.address && r.action !== 'delivered' && isMailbox(r.address)
    && !(source === 'text' && looksLikeMessageId(r.address.slice(0, r.address.lastIndexOf('@')))));
  return assemble(usable.map((r) => finish(r, '')), source, undefined);
}
