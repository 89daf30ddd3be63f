// The mailbox area's surface: classifying a message and the incremental IMAP scan.
export { classifyMessage, type Classification, type ClassifyContext, type MessageKind } from './classify';
export { pickFolders, type FolderRole } from './folders';
export { scanMailbox, type FolderScan, type MailboxScan, type UnreadableMessage } from './scan';
export { classifyGuarded, MESSAGE_LIMITS, messageProblem } from './message-guard';
