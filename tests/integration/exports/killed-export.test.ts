// Issue 10, point 6: an export killed mid-write (the app process dies) leaves its temporary
// .partial file only until the next start, which removes it.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { cloneAccounts } from '../../fixtures/clone-accounts';
import { call, tempDir } from '../../fixtures/core';
import { runCoreChild } from '../../fixtures/core-process';

const N = 60_000;

describe('a killed export', () => {
  let data: ReturnType<typeof tempDir>;
  let out: ReturnType<typeof tempDir>;
  beforeEach(() => {
    data = tempDir();
    out = tempDir('inboxfleet-killed-export-');
  });
  afterEach(() => {
    data.remove();
    out.remove();
  });

  it('leaves no .partial file behind after the next start', async () => {
    // Enough inboxes that the export is still writing when the process is killed.
    const core = await openCore({ dataDir: data.dir, vault: createMemoryVault() });
    const template = await call(core, 'accounts.create', accountInput(0));
    await core.close();
    cloneAccounts(data.dir, template.id, N, 'killed');

    const target = path.join(out.dir, 'accounts.csv');
    const run = await runCoreChild({ dataDir: data.dir, calls: [{ method: 'export.csv', input: { kind: 'accounts', path: target } }] });
    const partial = () => readdirSync(out.dir).find((f) => f.endsWith('.partial'));
    let exited = false;
    void run.exited.then(() => (exited = true));
    while (!partial() && !exited) await new Promise((r) => setTimeout(r, 2));
    run.child.kill('SIGKILL');
    const end = await run.exited;
    expect(end.signal).toBe('SIGKILL');
    expect(existsSync(target)).toBe(false);
    expect(partial()).toBeDefined();

    const next = await openCore({ dataDir: data.dir, vault: createMemoryVault() });
    await next.close();
    expect(readdirSync(out.dir)).toEqual([]);
  });
});
