// Machine-readable reports: delivery status notifications (RFC 3464, RFC 6533 for the UTF-8
// variant) and abuse feedback reports (ARF, RFC 5965).
import type { Attachment } from 'mailparser';
import { attachmentText, field, parseFieldGroups, typedAddress, type FieldGroup } from './classify-fields';
import type { BounceRecipient, BounceType, ComplaintInfo } from './classify';

const DSN_TYPES = ['message/delivery-status', 'message/global-delivery-status'];
const ARF_TYPES = ['message/feedback-report'];

export const findDsnPart = (attachments: Attachment[]) => attachments.find((a) => DSN_TYPES.includes(a.contentType));
export const findArfPart = (attachments: Attachment[]) => attachments.find((a) => ARF_TYPES.includes(a.contentType));

const ENHANCED_STATUS = /\b([245])\.\d{1,3}\.\d{1,3}\b/;
const BASIC_CODE = /\b([245])\d\d\b/;

/** Hard for a permanent failure (class 5), soft for a delay or a transient (class 4) one. */
export function recipientType(action: string, status: string): BounceType | null {
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return null;
  const cls = status[0];
  if (action === 'delayed' || cls === '4') return 'soft';
  if (action === 'failed') return 'hard';
  return cls === '5' ? 'hard' : null;
}

/** Drops the diagnostic type ("smtp;") and the reply code repeated on continuation lines. */
function tidyDiagnostic(raw: string): string {
  const text = raw.replace(/^[^;]*;\s*/, '').replace(/\s+/g, ' ').trim();
  const code = text.match(/^(\d{3})[- ](?:(\d\.\d{1,3}\.\d{1,3}) )?/);
  if (!code?.[1]) return text;
  const repeated = new RegExp(` ${code[1]}[- ]${code[2] ? `(?:${code[2].replace(/\./g, '\\.')} +)?` : ''}`, 'g');
  return `${code[0]}${text.slice(code[0].length).replace(repeated, ' ')}`.replace(/\s+/g, ' ').trim();
}

function recipientOf(group: FieldGroup): (BounceRecipient & { type: BounceType }) | null {
  const address = typedAddress(field(group, 'final-recipient')) ?? typedAddress(field(group, 'original-recipient'));
  const action = (field(group, 'action') ?? '').toLowerCase().split(/[\s(]/)[0] ?? '';
  const diagnosticRaw = field(group, 'diagnostic-code');
  const diagnostic = diagnosticRaw && tidyDiagnostic(diagnosticRaw);
  // Status is required by RFC 3464; when an MTA leaves it out, fall back to the SMTP reply.
  const status =
    field(group, 'status')?.match(ENHANCED_STATUS)?.[0] ??
    diagnostic?.match(ENHANCED_STATUS)?.[0] ??
    (diagnostic?.match(BASIC_CODE)?.[1] ? `${diagnostic.match(BASIC_CODE)?.[1]}.0.0` : '');
  if (!address || (!action && !status)) return null;
  const type = recipientType(action, status);
  if (!type) return null;
  return diagnostic ? { address, status, action, diagnostic, type } : { address, status, action, type };
}

/**
 * The failed or delayed recipients of a DSN; an empty list when it reports only success
 * (delivered, relayed, expanded) or has no per-recipient fields.
 */
export async function dsnRecipients(part: Attachment): Promise<{ type: BounceType; recipients: BounceRecipient[] } | null> {
  // The first group holds the per-message fields; recipient groups carry Final-Recipient.
  const groups = (await parseFieldGroups(attachmentText(part))).filter((g) => g.has('final-recipient') || g.has('original-recipient'));
  const failed = groups.map(recipientOf).filter((r) => r !== null);
  if (failed.length === 0) return null;
  return {
    type: failed.some((r) => r.type === 'hard') ? 'hard' : 'soft',
    recipients: failed.map(({ type: _type, ...r }) => r),
  };
}

export async function arfComplaint(part: Attachment): Promise<Omit<ComplaintInfo, 'original_message_id'>> {
  const groups = await parseFieldGroups(attachmentText(part));
  const merged: FieldGroup = new Map();
  for (const g of groups) for (const [k, v] of g) merged.set(k, [...(merged.get(k) ?? []), ...v]);
  const info: Omit<ComplaintInfo, 'original_message_id'> = {
    feedback_type: (field(merged, 'feedback-type') ?? 'other').toLowerCase(),
  };
  const rcpt = typedAddress(field(merged, 'original-rcpt-to'));
  const from = typedAddress(field(merged, 'original-mail-from'));
  if (rcpt) info.original_rcpt = rcpt;
  if (from) info.original_mail_from = from;
  return info;
}
