// Issue 10, point 7: concurrent edits of one inbox, and a report refreshed while its inbox is deleted.
import { describe, expect, it } from 'vitest';
import { withSessionCache, type DnsResolver } from '../../../electron/core/dns/index';
import { openCore } from '../../../electron/core/index';
import { createMemoryVault, secretKey } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
};

describe('races', () => {
  it('two concurrent IMAP-password edits never lose the IMAP password: the last one wins, whole', async () => {
    const tmp = tempDir();
    const memory = createMemoryVault();
    // The keychain is slow to delete, as a D-Bus keychain can be: the bad interleaving is forced.
    const slowDelete = gate();
    const vault = { ...memory, delete: async (k: string) => { await slowDelete.opened; return memory.delete(k); } };
    const core = await openCore({ dataDir: tmp.dir, vault });
    try {
      const a = await call(core, 'accounts.create', accountInput(1, { imap_password: 'first-imap-pw' }));
      const toSmtp = core.invoke('accounts.update', { id: a.id, imap_password: null });
      const toNew = core.invoke('accounts.update', { id: a.id, imap_password: 'second-imap-pw' });
      await new Promise((r) => setTimeout(r, 20));
      slowDelete.open();
      expect((await toSmtp).ok).toBe(true);
      expect((await toNew).ok).toBe(true);
      const after = await call(core, 'accounts.get', { id: a.id });
      expect(after).toMatchObject({ imap_uses_smtp_password: false, imap_password_stored: true });
      expect(memory.entries.get(secretKey(a.id, 'imap'))).toBe('second-imap-pw');
    } finally {
      await core.close();
      tmp.remove();
    }
  });

  it('refreshing a report while its inbox is deleted answers not_found, not internal', async () => {
    const tmp = tempDir();
    const vault = createMemoryVault();
    const dnsGate = gate();
    const lookup = { query: async () => { await dnsGate.opened; return { rcode: 'NXDOMAIN' as const, records: [] }; } };
    const dns: DnsResolver = { ...lookup, questionMs: 60_000, counters: () => ({ questions: 0, cacheHits: 0 }), session: () => withSessionCache(lookup) };
    const core = await openCore({ dataDir: tmp.dir, vault, dns });
    try {
      const a = await call(core, 'accounts.create', accountInput(1));
      // No password in the keychain: the mailbox step ends at once, without any network.
      vault.entries.clear();
      const refreshing = core.invoke('deliverability.report', { id: a.id, refresh: true });
      await new Promise((r) => setTimeout(r, 20));
      await call(core, 'accounts.delete', { ids: [a.id] });
      dnsGate.open();
      const r = await refreshing;
      expect(!r.ok && r.error).toMatchObject({ code: 'not_found', field: 'id' });
    } finally {
      await core.close();
      tmp.remove();
    }
  });
});
