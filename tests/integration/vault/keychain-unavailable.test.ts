// No Secret Service on the bus: saving must fail with keychain_unavailable and save nothing.
// Vitest runs each file in its own process, so this address is what libsecret connects to here.
process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/inboxfleet-test-bus';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createKeytarVault } from '../../../electron/core/vault/index';
import { accountInput, CANARY } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';

describe('without a reachable keychain', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;

  beforeEach(async () => {
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault: createKeytarVault({ service: 'inboxfleet-test-nobus', timeoutMs: 5000 }) });
  });
  afterEach(async () => {
    await core.close();
    tmp.remove();
  });

  it('refuses to save an account, says what to install, and never falls back to plaintext', async () => {
    const r = await core.invoke('accounts.create', accountInput(1));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('keychain_unavailable');
    expect(r.error.message).toMatch(/keychain is not available/);
    expect(r.error.message).toMatch(/gnome-keyring/);
    expect(r.error.message).not.toContain(CANARY);
    expect((await call(core, 'accounts.list', {})).total).toBe(0);
  });

  it('app.info says the keychain is unavailable and why', async () => {
    const info = await call(core, 'app.info', undefined);
    expect(info.keychain.available).toBe(false);
    expect(info.keychain.message).toMatch(/keychain is not available/);
  });
});
