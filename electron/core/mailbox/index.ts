// The mailbox area's surface: classifying a message and the incremental IMAP scan.
export { classifyMessage } from './classify';
export { bounceFromEvidence } from './bounce';
export { isBlockReason } from './reason';
export { pickFolders, type FolderRole } from './folders';
export { MAX_PENDING, readMailbox, scanMailbox, type FolderScan, type MailboxScan, type ScanArgs, type ScanOutcome, type UnreadableMessage } from './scan';
export { writeScanChanges, type ScanChanges } from './scan-changes';
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
