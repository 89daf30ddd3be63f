// Automatic replies: RFC 3834 Auto-Submitted, the common vendor headers, and out-of-office
// subjects in the languages our users' recipients write in. Only asked once a message is known
// not to be a bounce or a complaint: bounces carry Auto-Submitted too (RFC 3464 §6.2).
import { headerText } from './fields';
import type { MailView } from './message';

const AUTO_SUBJECT =
  /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|antwort)|autoreply|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absent du bureau|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|fuori sede|automatisch antwoord|afwezig|frånvaro|automatiskt svar|autosvar|poza biurem|odpowied[źz] automatyczna|resposta autom[áa]tica)\b|^\s*(?:自動応答|自動返信|不在)/i;

/** RFC 3834 Auto-Submitted (anything but "no"), vendor auto-reply headers, or an auto-reply subject. */
export function autoReplySignal(view: MailView): string | null {
  const headers = view.mail.headers;
  const autoSubmitted = headerText(headers, 'auto-submitted')?.trim().toLowerCase().split(/[\s;(]/)[0];
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  for (const key of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-reply']) {
    const value = headerText(headers, key)?.trim().toLowerCase();
    if (value !== undefined && value !== 'no' && value !== 'false') return key;
  }
  const precedence = headerText(headers, 'precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply') return 'Precedence: auto_reply';
  if (AUTO_SUBJECT.test(view.subject)) return 'subject';
  return null;
}
