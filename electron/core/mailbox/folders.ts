// Which folders a scan reads: Sent (what we sent), INBOX and Junk (what came back). SPECIAL-USE
// flags first (RFC 6154), then the names big providers and clients use.
export type FolderRole = 'sent' | 'inbox' | 'junk';

export interface ListedFolder {
  path: string;
  specialUse?: string;
}

const SENT_NAMES = ['[Gmail]/Sent Mail', '[Google Mail]/Sent Mail', 'Sent Items', 'Sent', 'Sent Messages', 'Sent Mail', 'INBOX.Sent', 'INBOX/Sent'];
const JUNK_NAMES = ['[Gmail]/Spam', '[Google Mail]/Spam', 'Junk Email', 'Junk E-mail', 'Junk', 'Spam', 'INBOX.Junk', 'INBOX.Spam', 'INBOX/Junk'];

function byRole(folders: ListedFolder[], flag: string, names: string[]): string | null {
  const flagged = folders.find((f) => f.specialUse?.toLowerCase() === flag);
  if (flagged) return flagged.path;
  for (const name of names) {
    const hit = folders.find((f) => f.path.toLowerCase() === name.toLowerCase());
    if (hit) return hit.path;
  }
  return null;
}

/** Folders in scan order: Sent first, so replies can be matched to what was sent. */
export function pickFolders(folders: ListedFolder[]): { path: string; role: FolderRole }[] {
  const out: { path: string; role: FolderRole }[] = [];
  const sent = byRole(folders, '\\sent', SENT_NAMES);
  if (sent) out.push({ path: sent, role: 'sent' });
  const inbox = folders.find((f) => f.path.toUpperCase() === 'INBOX');
  out.push({ path: inbox?.path ?? 'INBOX', role: 'inbox' });
  const junk = byRole(folders, '\\junk', JUNK_NAMES);
  if (junk) out.push({ path: junk, role: 'junk' });
  return out;
}
