// The mailbox area's surface: classifying a message and the incremental IMAP scan.
export { classifyMessage } from './classify';
export { bounceFromEvidence } from './bounce';
export { isBlockReason } from './reason';
export { pickFolders, type FolderRole } from './folders';
export { scanMailbox, type FolderScan, type MailboxScan, type UnreadableMessage } from './scan';
export { classifyGuarded, MESSAGE_LIMITS, messageProblem } from './message-guard';
export {
  BOUNCE_REASONS,
  type BounceCategory,
  type BounceInfo,
  type BounceReason,
  type BounceRecipient,
  type Classification,
  type ClassifyContext,
  type ComplaintInfo,
  type MessageKind,
} from './types';
