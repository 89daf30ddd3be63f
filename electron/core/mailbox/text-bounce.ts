// Bounces written as text for people rather than as RFC 3464 fields: Exim, qmail, Sendmail's
// transcript, Postfix's notice, Exchange 2003/2007 and Office 365 NDRs, Lotus Notes/Domino,
// IMail, Courier, OpenSMTPD, DragonFly, GMX/1&1, Gmail/Google Groups, Yahoo, Zoho, Mail.ru, Japanese
// carriers, and others. One scanner reads them all: the explanation ends where the returned
// message begins; a recipient is a line that names a mailbox on its own (`  user@host`,
// `<user@host>:`, `user@host: 550 …`) or after a phrase that introduces one ("was not delivered
// to:", "Could not be delivered to: <…>"); the lines after it, up to the next recipient, are its
// diagnostic. Markers and phrases come from sisimai's Sisimai::Lhost::* and Sisimai::RFC3464
// (rb-sisimai 5.1, BSD-2-Clause), which reads each of these formats.
import { looksLikeMessageId, mailboxOf, mailboxesIn } from './recipients';
import type { RawRecipient } from './types';

// Where the returned message (or its headers) starts in a text bounce.
const BOUNDARIES = [
  /^-+ ?this is a copy of the message/i,
  /^-+ ?below this line is a copy of the message/i,
  /^\s*-*\s*original message follows\.?/i,
  /^\s*message headers follow/i,
  /^-+ ?original message -+/i,
  /^-+ ?message header follows -+/i,
  /^content-type: *(?:message\/rfc822|text\/rfc822-headers|message\/global)/i,
  /^-+ ?returned message -+/i,
  /^\s*original message headers:?/i,
  /^\s*-+ ?unsent message follows -+/i,
  /^\s*-+ ?no message was collected -+/i,
  /^\s*included is a copy of the message header:/i,
  /^-+ ?the header of the original message is following\. ?-+/i,
  /^\s*the attachment contains the original mail headers/i,
  /^-+original (?:message|mail info)/i,
  /^\s*below is a copy of the original message:/i,
  /^\+{20,}/,
  /^-+ ?original message -+$/i,
  /^\s*original mail as follows:/i,
  /^\s*en-têtes de message d'origine/i,
  /^\s*intestazioni originali del messaggio/i,
  /^\s*oorspronkelijke berichtkoppen/i,
  /^\s*cabeçalhos originais da mensagem/i,
  /^\s*-+ ?message text follows/i,
  /^\s*your message reads \(in part\):/i,
  /^\s*a copy of the original message below this line:/i,
];

// Phrases after which (on the same line or the next) the failed address is written.
const INTRODUCES = [
  'there was an error delivering your mail to', 'could not be delivered to', 'unable to deliver message to', 'was not delivered to',
  'delivery to the following recipient', 'the following recipients', 'the following recipient', 'the following address', 'following addresses',
  'the following e-mail address', 'delivery has failed to these recipients', 'did not reach the following recipient', 'failed recipient',
  'intended recipient', 'recipient address:', 'original recipient', 'undeliverable to', 'undeliverable address', 'addressed to',
  'your message to', 'the following message to', 'delivery failed:', 'failed to deliver to', 'rcpt to:', 'unknown user:', 'error-for:',
  'mailbox is full:', 'you sent mail to', 'your message could not be delivered to', 'could not deliver mail to',
  'message could not be delivered to', 'to the following recipients', 'rejected your message to the following',
  'was undeliverable', 'could not be delivered to the following', 'rejected recipient', 'recipients were affected', 'attempted to send to the following address',
  'not be delivered to one or more recipients', 'address(es) failed', 'falha na entrega a estes destinat', 'bij de volgende geadresseerden',
  'recipient:', 'recipients:', 'address:', 'destinataire', 'empfänger', 'получател', '宛先', '送信に失敗', 'アドレス',
];

// Lines that name an address that is not a failed recipient.
const NOT_A_RECIPIENT = /^\s*(?:from|sender|reply-to|return-path|message-id|in-reply-to|references|envelope-from|x-[\w-]+|original sender|sent by|mail from|reporting-mta|received-from-mta|received|by|subject|date)\s*:|please (?:contact|send mail to|forward)|for (?:further )?(?:assistance|more information)|contact (?:your|the) (?:postmaster|administrator|system administrator)|\(envelope-from|\bsent by\b|\bfrom\s+<|\bhelo=|envelope-from /i;

const MAX_RECIPIENTS = 100;

export interface TextBounce {
  recipients: RawRecipient[];
  /** The explanation text (before the returned message), for reasons that no recipient block states. */
  explanation: string;
}

/** The explanation part of a text bounce, without the returned message. */
export function explanationOf(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && BOUNDARIES.some((b) => b.test(l)));
  return (end < 0 ? lines : lines.slice(0, end)).join('\n');
}

const strip = (line: string) =>
  line.replace(/^\s*(?:>{1,3}|--|\*|•|-|\d+\.)\s+/, '').replace(/<mailto:[^>]*>/gi, '').replace(/\[mailto:[^\]]*\]/gi, '').trim();

// A line that is a recipient on its own: the address first, then nothing or an error after it.
const LEADING_ADDRESS = /^<?\s*((?:"[^"]+"|[^\s<>()"',;:]+)@[^\s<>()"',;:]+?)\s*>?(?:\s*$|[:,;]|\.{3}|\s)/;

function recipientOnLine(line: string, previous: string): string | undefined {
  const s = strip(line);
  if (!s.includes('@') || NOT_A_RECIPIENT.test(line)) return undefined;
  // Sendmail writes "554 <user@host>... 550 Host unknown".
  const lead = s.match(LEADING_ADDRESS) ?? s.replace(/^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?(?=<?[^\s<>]+@[^\s<>]+?>?\.\.\.)/, '').match(LEADING_ADDRESS);
  if (lead) return mailboxOf(lead[1]);
  const lower = s.toLowerCase();
  const intro = INTRODUCES.find((p) => lower.includes(p));
  if (intro) {
    const after = s.slice(lower.indexOf(intro) + intro.length);
    const found = mailboxesIn(after)[0];
    if (found) return found;
  }
  // The phrase on the line before ("was not delivered to:") and the address alone on this one.
  const prev = previous.toLowerCase();
  if (INTRODUCES.some((p) => prev.includes(p)) && /:\s*$|\.\s*$/.test(prev.trim()) && mailboxesIn(s).length === 1 && s.length < 120) {
    return mailboxesIn(s)[0];
  }
  return undefined;
}

/**
 * The recipients of a text bounce with the lines that explain each. Addresses of our own inbox,
 * of the bounce's sender and of the mail system are never recipients.
 */
export function readTextBounce(text: string, exclude: (address: string) => boolean): TextBounce {
  const explanation = explanationOf(text);
  const lines = explanation.split('\n');
  const blocks = new Map<string, { address: string; lines: string[] }>();
  let current: { address: string; lines: string[] } | undefined;
  let previous = '';
  for (const raw of lines) {
    // A report's line is short; a very long one (encoded data, hostile input) is read in part.
    const line = (raw.length > 2000 ? raw.slice(0, 2000) : raw).replace(/\t/g, ' ');
    const address = recipientOnLine(line, previous);
    // A Message-ID quoted in the text looks like an address; it never is a recipient.
    if (address && !exclude(address) && !looksLikeMessageId(address.slice(0, address.lastIndexOf('@')))) {
      const key = address.toLowerCase();
      const existing = blocks.get(key);
      if (existing) current = existing;
      else {
        current = { address, lines: [] };
        blocks.set(key, current);
      }
      // After the address, or the whole line when the address is not at its start.
      const rest = strip(line).replace(LEADING_ADDRESS, '').trim();
      if (rest) current.lines.push(rest);
    } else if (current && line.trim()) {
      current.lines.push(line.trim());
    }
    if (line.trim()) previous = line;
  }
  // No real report names more than a few dozen recipients; a flood of addresses is not read on.
  const recipients = [...blocks.values()].slice(0, MAX_RECIPIENTS).map(({ address, lines: l }) => {
    const r: RawRecipient = { address };
    const diagnostic = l.join(' ').replace(/\s+/g, ' ').trim();
    if (diagnostic) r.diagnostic = diagnostic;
    return r;
  });
  return { recipients, explanation };
}
