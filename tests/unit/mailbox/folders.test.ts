import { describe, expect, it } from 'vitest';
import { pickFolders } from '../../../electron/core/mailbox/folders';

describe('pickFolders', () => {
  it('prefers SPECIAL-USE flags over names, and scans Sent first', () => {
    expect(pickFolders([
      { path: 'INBOX' }, { path: 'Sent' }, { path: 'Gesendet', specialUse: '\\Sent' }, { path: 'Spam' }, { path: 'Unerwünscht', specialUse: '\\Junk' },
    ])).toEqual([{ path: 'Gesendet', role: 'sent' }, { path: 'INBOX', role: 'inbox' }, { path: 'Unerwünscht', role: 'junk' }]);
  });

  it("falls back to Gmail's and Outlook's names", () => {
    expect(pickFolders([{ path: 'INBOX' }, { path: '[Gmail]/Sent Mail' }, { path: '[Gmail]/Spam' }]).map((f) => f.path))
      .toEqual(['[Gmail]/Sent Mail', 'INBOX', '[Gmail]/Spam']);
    expect(pickFolders([{ path: 'Inbox' }, { path: 'Sent Items' }, { path: 'Junk Email' }]).map((f) => f.path))
      .toEqual(['Sent Items', 'Inbox', 'Junk Email']);
  });

  it('without Sent or Junk it still reads INBOX', () => {
    expect(pickFolders([{ path: 'INBOX' }, { path: 'Archive' }])).toEqual([{ path: 'INBOX', role: 'inbox' }]);
  });
});
