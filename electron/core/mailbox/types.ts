// Types shared by the classifier's files (so none of them imports another for its types).
import type { BounceCategory, BounceReason } from '../../../shared/bounces';

// Why a recipient was not delivered, and what that means for the sender: shared with the renderer.
export { BOUNCE_REASONS, type BounceCategory, type BounceReason } from '../../../shared/bounces';

export type MessageKind = 'bounce' | 'delay' | 'complaint' | 'reply' | 'auto_reply' | 'other';

export interface BounceRecipient {
  address: string;
  /** 'failed' or 'delayed'. */
  action: 'failed' | 'delayed';
  /** Enhanced status code (RFC 3463), e.g. '5.1.1'; '' when the report gives none. */
  status: string;
  /** SMTP reply code, e.g. '550', when the report gives one. */
  reply_code?: string;
  /** The remote server's reply or the report's own explanation, on one line. */
  diagnostic?: string;
  /** The server that refused (Remote-MTA), when known. */
  remote_mta?: string;
  reason: BounceReason;
  category: BounceCategory;
  /** The DNS blacklist the reply names, for blocked_listed. */
  list?: string;
}

export interface BounceInfo {
  /** The message's category: block before hard before soft; delay when nothing failed yet. */
  category: BounceCategory;
  /** The reason of the recipient that decided the category. */
  reason: BounceReason;
  recipients: BounceRecipient[];
  /** Where the recipients were read: an RFC 3464 report, an MTA's text, or a JSON notification. */
  source: 'dsn' | 'text' | 'json';
  /** The server that wrote the report (Reporting-MTA, or the bounce's sender domain). */
  reporting_mta?: string;
  /** Message-ID of the returned original, when the bounce includes it. */
  original_message_id?: string;
}

export interface ComplaintInfo {
  /** Feedback-Type, lower case: abuse, fraud, virus, other, not-spam, auth-failure, opt-out … */
  feedback_type: string;
  /** The complained-about address (Original-Rcpt-To, else the included original's To). */
  original_rcpt?: string;
  /** Every complained-about address, when a report names several. */
  recipients: string[];
  original_mail_from?: string;
  original_message_id?: string;
  /** How it arrived: an ARF report (RFC 5965), Microsoft JMRP, an SES notification, an unsubscribe. */
  format: 'arf' | 'jmrp' | 'ses' | 'unsubscribe';
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

/** One failed or delayed recipient as a report states it, before a reason is decided. */
export interface RawRecipient {
  address: string;
  action?: 'failed' | 'delayed' | 'delivered';
  status?: string;
  diagnostic?: string;
  remote_mta?: string;
  /** The SMTP command the error answered (RCPT, MAIL, DATA, HELO, CONN …), when the text says. */
  command?: string;
  /** A reason the format itself states (an MTA's fixed wording, an SES bounce type). */
  reason?: BounceReason;
}
