// One received message as the classifier reads it: mailparser does the MIME work (structure,
// transfer encodings, charsets, encoded words); this keeps what the bounce and complaint readers
// need: the sender and envelope, the body text, the report parts, the returned original's header
// block, and the raw body for reports whose MIME structure is damaged.
import { simpleParser, type ParsedMail } from 'mailparser';
import { headerBlock, headerText } from './fields';

export interface MailPart {
  /** Content type, lower case, without parameters. */
  type: string;
  text: string;
}

export interface MailView {
  mail: ParsedMail;
  subject: string;
  /** From address, lower case ('' when absent). */
  from: string;
  fromName: string;
  /** Return-Path address: '' for the null sender `<>`, undefined when there is no Return-Path. */
  returnPath: string | undefined;
  /** The message's own Content-Type, lower case, and its report-type parameter. */
  contentType: string;
  reportType: string | undefined;
  /** Body text (text/plain parts, else text/html as text), LF line ends. */
  text: string;
  /** Every part that is not body text, decoded to text, in order. */
  parts: MailPart[];
  /** The source after the header block, for reports whose MIME structure does not parse. */
  rawBody: string;
  /** Lower-case header names to raw values, from the top header block. */
  rawHeaders: Map<string, string[]>;
}

const decoder = new TextDecoder('utf-8');
const ORIGINAL_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers', 'message/partial']);

export async function readMessage(raw: Buffer | string): Promise<MailView> {
  const given = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  // An mbox "From " separator line is not a header: mail saved from Unix mailboxes starts with one.
  const source = given.subarray(0, 5).toString('latin1') === 'From ' ? given.subarray(Math.max(0, given.indexOf(10) + 1)) : given;
  // Delivery-status parts stay attachments; returned originals stay whole rather than parsed.
  const mail = await simpleParser(source, { keepDeliveryStatus: true, ignoreEmbedded: true, skipTextToHtml: true, skipImageLinks: true });
  const sourceText = decoder.decode(source).replace(/\r\n?/g, '\n');
  const headerEnd = sourceText.indexOf('\n\n');
  const rawHeaders = headerBlock(sourceText);
  const returnPathLine = mail.headerLines.find((h) => h.key === 'return-path')?.line;
  const returnPath = returnPathLine === undefined ? undefined : (returnPathLine.match(/<([^<>]*)>/)?.[1] ?? returnPathLine.replace(/^return-path:\s*/i, '')).trim().toLowerCase();
  const ct = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const parts: MailPart[] = mail.attachments.map((a) => ({
    type: a.contentType.toLowerCase(),
    text: decoder.decode(a.content).replace(/\r\n?/g, '\n'),
  }));
  let text = (mail.text ?? '').replace(/\r\n?/g, '\n');
  // A text part whose Content-Type line is broken ("text/plain charset=…") is still body text.
  const broken = parts.filter((p) => /^text\/plain\s/.test(p.type));
  if (broken.length > 0) text = [...broken.map((p) => p.text), text].join('\n');
  if (!text.trim() && !mail.html && parts.length === 0) text = headerEnd >= 0 ? sourceText.slice(headerEnd + 2) : '';
  return {
    mail,
    subject: (mail.subject ?? '').replace(/\s+/g, ' ').trim(),
    from: mail.from?.value[0]?.address?.toLowerCase() ?? '',
    fromName: mail.from?.value[0]?.name ?? headerText(mail.headers, 'from') ?? '',
    returnPath,
    contentType: (typeof ct === 'object' && ct?.value ? ct.value : '').toLowerCase(),
    reportType: (typeof ct === 'object' ? ct?.params?.['report-type'] : undefined)?.toLowerCase(),
    text,
    parts,
    rawBody: headerEnd >= 0 ? sourceText.slice(headerEnd + 2) : '',
    rawHeaders,
  };
}

/** The returned original's header block: from a message/rfc822 or header part. */
export function originalHeaders(view: MailView): Map<string, string[]> | undefined {
  const part = view.parts.find((p) => ORIGINAL_TYPES.has(p.type) && p.text.trim());
  return part ? headerBlock(part.text.replace(/^\s+/, '')) : undefined;
}
