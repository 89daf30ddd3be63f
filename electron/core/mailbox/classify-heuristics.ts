// Signals for mail without a machine-readable report: bounces that MTAs write as plain text
// (Exim, qmail, older Exchange), and automatic replies (RFC 3834 and the common vendor headers).
import type { ParsedMail } from 'mailparser';
import { headerText, headerTexts } from './classify-fields';
import type { BounceInfo, BounceRecipient } from './classify';

const DAEMON_LOCAL_PART = /^(mailer-daemon|mailerdaemon|mail-daemon|postmaster|microsoftexchange[0-9a-f]*)$/i;
const BOUNCE_SUBJECT =
  /undeliver(?:able|ed)|delivery status notification|mail delivery (?:failed|failure|system|subsystem)|returned mail|failure notice|delivery (?:has )?failed|delivery failure|could not be delivered|message not delivered|delivery (?:is )?delayed|delayed mail|warning: message .* delayed|unzustellbar|nicht zustellbar|non remis|non recapitabile|no se pudo entregar/i;
const SMTP_FULL = /\b([45])\d\d[ -]\1\.\d{1,3}\.\d{1,3}\b/;
const ENHANCED = /\b([45])\.\d{1,3}\.\d{1,3}\b/;
const BASIC_IN_SMTP_LINE = /^(?=.*(?:smtp|said|error|response|reply)).*?\b([45][0-5]\d)\b(?![.\d])/im;
const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;
// Where a plain-text bounce starts quoting the returned message.
const ORIGINAL_MARKER = /^\s*(?:-{3,}.*(?:copy of the message|original message|returned message|below this line).*|original message follows:?|--- below this line is a copy of the message\.?)\s*$/im;

const fromAddress = (mail: ParsedMail) => mail.from?.value[0]?.address?.toLowerCase() ?? '';

/** From a mailer daemon or postmaster, or sent with a null return path (RFC 5321 §4.5.5). */
export function isDaemonSender(mail: ParsedMail): boolean {
  const local = fromAddress(mail).split('@')[0] ?? '';
  const nullReturnPath = mail.headerLines.some((h) => h.key === 'return-path' && /^return-path:\s*<\s*>\s*$/i.test(h.line));
  return DAEMON_LOCAL_PART.test(local) || nullReturnPath;
}

/** Extracts `type` class and an enhanced status from the first SMTP error found in the text. */
function smtpCode(text: string): { cls: '4' | '5'; status: string; line: string } | null {
  const full = text.match(SMTP_FULL);
  const enhanced = full ?? text.match(ENHANCED);
  if (enhanced && enhanced.index !== undefined) {
    const status = (full ? full[0].match(ENHANCED)?.[0] : enhanced[0]) ?? enhanced[0];
    return { cls: enhanced[1] as '4' | '5', status, line: lineAt(text, enhanced.index) };
  }
  const basic = text.match(BASIC_IN_SMTP_LINE);
  if (basic?.[1] && basic.index !== undefined) {
    const cls = basic[1][0] as '4' | '5';
    return { cls, status: `${cls}.0.0`, line: basic[0].trim() };
  }
  return null;
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? undefined : end).replace(/\s+/g, ' ').trim();
}

/** The explanation part of a plain-text bounce, without the quoted original. */
export function bounceExplanation(text: string): string {
  const marker = text.match(ORIGINAL_MARKER);
  return marker?.index !== undefined ? text.slice(0, marker.index) : text.slice(0, 4000);
}

/**
 * A non-RFC bounce: sent by a mailer daemon (or with a null return path), with a bounce subject
 * or an X-Failed-Recipients header, and an SMTP error code in the text (or X-Failed-Recipients).
 */
export function heuristicBounce(mail: ParsedMail, ownAddress: string | undefined): BounceInfo | null {
  if (!isDaemonSender(mail)) return null;
  const failedHeader = headerTexts(mail.headers, 'x-failed-recipients').join(',');
  if (!BOUNCE_SUBJECT.test(mail.subject ?? '') && !failedHeader) return null;
  const explanation = bounceExplanation(mail.text ?? '');
  const code = smtpCode(explanation);
  if (!code && !failedHeader) return null;
  const permanentWords = /permanent|does not exist|user unknown|no such user/i.test(explanation);
  const cls = code?.cls ?? (permanentWords || !/temporar|delay|retry|retrying/i.test(explanation) ? '5' : '4');
  const status = code?.status ?? `${cls}.0.0`;
  const action = cls === '5' ? 'failed' : 'delayed';
  const exclude = new Set([ownAddress?.toLowerCase(), fromAddress(mail), ...(mail.to ? toAddresses(mail) : [])]);
  const fromHeader = failedHeader.match(EMAIL) ?? [];
  // Without the header, take the addresses the explanation names, minus the daemon and ourselves.
  const named = fromHeader.length > 0 ? fromHeader : (explanation.match(EMAIL) ?? []);
  const addresses = [...new Set(named.map((a) => a.toLowerCase()))].filter(
    (a) => !exclude.has(a) && !DAEMON_LOCAL_PART.test(a.split('@')[0] ?? ''),
  );
  const recipients: BounceRecipient[] = addresses.map((address) =>
    code ? { address, status, action, diagnostic: code.line } : { address, status, action },
  );
  return { type: cls === '5' ? 'hard' : 'soft', recipients, heuristic: true };
}

function toAddresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((t) => t.value.map((v) => v.address?.toLowerCase() ?? ''));
}

const AUTO_SUBJECT =
  /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|antwort)|autoreply|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absent du bureau|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|fuori sede|automatisch antwoord|frånvaro|automatiskt svar|autosvar|poza biurem|odpowied[źz] automatyczna|resposta autom[áa]tica)\b/i;

/** RFC 3834 Auto-Submitted (anything but "no"), vendor auto-reply headers, or an auto-reply subject. */
export function autoReplySignal(mail: ParsedMail): string | null {
  const autoSubmitted = headerText(mail.headers, 'auto-submitted')?.trim().toLowerCase().split(/[\s;(]/)[0];
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  for (const key of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply']) {
    const value = headerText(mail.headers, key)?.trim().toLowerCase();
    if (value !== undefined && value !== 'no' && value !== 'false') return key;
  }
  const precedence = headerText(mail.headers, 'precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply') return 'Precedence: auto_reply';
  if (AUTO_SUBJECT.test(mail.subject ?? '')) return 'subject';
  return null;
}
