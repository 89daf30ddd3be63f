// Delivery status notifications (RFC 3464, RFC 6533): the per-recipient fields of a
// message/delivery-status part, or of the same fields written into a report's text. Read
// tolerantly, as sisimai's Sisimai::RFC1894 and Sisimai::RFC3464 do (rb-sisimai 5.1,
// BSD-2-Clause): a second Final-Recipient starts a new recipient even without a blank line,
// `Action : failed` and `Action: Failed` are the same, an empty Status is left for the diagnostic
// to fill, a Diagnostic-Code continued on unindented lines is not lost.
import { reportFields } from './fields';
import { mailboxOf } from './recipients';
import { findStatus, isStatusCode } from './smtp-codes';
import type { RawRecipient } from './types';

export interface DsnReport {
  reportingMta?: string;
  recipients: (RawRecipient & { original?: string })[];
}

const ACTIONS: Record<string, RawRecipient['action']> = {
  failed: 'failed', failure: 'failed', delayed: 'delayed', expired: 'failed', delivered: 'delivered', deliverable: 'delivered',
  relayed: 'delivered', expanded: 'delivered',
};

const typedValue = (v: string) => (v.includes(';') ? v.slice(v.indexOf(';') + 1) : v).trim();

/**
 * The recipients reported in a delivery-status text. A group without Final-Recipient but with an
 * Original-Recipient (or X-Actual-Recipient) is read from that. Recipients without an address are
 * dropped.
 */
export function readDsn(text: string): DsnReport {
  const report: DsnReport = { recipients: [] };
  let cur: (RawRecipient & { original?: string; final?: boolean }) | undefined;
  let groupEnded = false;
  const start = () => {
    if (cur && (cur.address || cur.original)) report.recipients.push(cur);
    cur = { address: '' };
    groupEnded = false;
  };
  for (const f of reportFields(text)) {
    if ('blank' in f) {
      groupEnded = true;
      continue;
    }
    const { name, value } = f;
    switch (name) {
      case 'reporting-mta':
        report.reportingMta ??= typedValue(value).toLowerCase() || undefined;
        break;
      case 'final-recipient':
      case 'original-recipient':
      case 'x-actual-recipient': {
        const address = mailboxOf(value);
        if (!cur || (groupEnded && (cur.address || cur.original)) || (name === 'final-recipient' && cur.final) || (name === 'original-recipient' && cur.original && cur.final)) start();
        if (name === 'final-recipient') {
          cur!.final = true;
          if (address) cur!.address = address;
        } else if (address && !cur!.original) {
          cur!.original = address;
        }
        groupEnded = false;
        break;
      }
      case 'action': {
        if (!cur) start();
        const a = ACTIONS[value.toLowerCase().split(/[\s(;]/)[0] ?? ''];
        if (a) cur!.action = a;
        break;
      }
      case 'status': {
        if (!cur) start();
        const code = value.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0];
        if (isStatusCode(code)) cur!.status = code;
        else if (value.trim()) cur!.diagnostic = [cur!.diagnostic, value.trim()].filter(Boolean).join(' ');
        break;
      }
      case 'diagnostic-code': {
        if (!cur) start();
        const diag = value.includes(';') && /^[\w-]+\s*;/.test(value) ? value.slice(value.indexOf(';') + 1).trim() : value.trim();
        if (diag) cur!.diagnostic = [cur!.diagnostic, diag].filter(Boolean).join(' ');
        if (/^x-unix\s*;/i.test(value)) cur!.diagnostic = `x-unix; ${cur!.diagnostic ?? ''}`.trim();
        break;
      }
      case 'remote-mta': {
        if (!cur) start();
        const host = typedValue(value).replace(/^\[|\]$/g, '').toLowerCase();
        if (host) cur!.remote_mta = host;
        break;
      }
      default:
        break;
    }
  }
  start();
  for (const r of report.recipients) {
    if (!r.address && r.original) r.address = r.original;
    if (r.original && r.original.toLowerCase() === r.address.toLowerCase()) delete r.original;
    delete (r as { final?: boolean }).final;
    r.status ??= findStatus(r.diagnostic);
  }
  report.recipients = report.recipients.filter((r) => r.address).slice(0, 500);
  return report;
}

/** Whether a text carries RFC 3464 per-recipient fields (inline in a text part, or in a damaged part). */
export const hasDsnFields = (text: string) => /^(?:final|original)-recipient[ \t]*:/im.test(text) && /^(?:action|status)[ \t]*:/im.test(text);
