// A bulk test reads each inbox's password inside its connection slot, and the job keeps only a
// few inboxes in flight: however many inboxes, the keychain never has more reads pending than
// tests allowed at once (thousands of queued reads on gnome-keyring would time out).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { createMemoryVault, type Vault } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, openTestCore } from '../../fixtures/core';
import { settled } from '../../fixtures/import-core';

describe('bulk test and the keychain', () => {
  let core: Core;
  let cleanup: () => Promise<void>;
  let pending = 0;
  let most = 0;

  beforeEach(async () => {
    const memory = createMemoryVault();
    // Each read takes a few turns, as a real keychain's would.
    const vault: Vault = {
      ...memory,
      get: async (key) => {
        most = Math.max(most, ++pending);
        for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
        pending--;
        return memory.get(key);
      },
    };
    ({ core, cleanup } = await openTestCore(vault));
  });
  afterEach(() => cleanup());

  it('has at most test_concurrency keychain reads pending at once', async () => {
    await call(core, 'settings.update', { test_concurrency: 2, test_per_host_concurrency: 2, connect_timeout_ms: 1000 });
    const ids: string[] = [];
    for (let n = 1; n <= 30; n++) {
      // A closed loopback port: each test fails at once, without leaving the machine.
      const a = await call(core, 'accounts.create', accountInput(n, { provider: 'smtp', smtp_host: '127.0.0.1', smtp_port: 9, imap_host: '127.0.0.1', imap_port: 9 }));
      ids.push(a.id);
    }
    most = 0;
    const { job_id } = await call(core, 'accounts.test', { ids });
    const job = await settled(core, job_id!);
    expect(job).toMatchObject({ status: 'done', total: 30, done: 30, failed: 30 });
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(2);
  });
});
