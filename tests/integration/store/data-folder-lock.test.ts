// Issue 10, point 7 (last part) and point 5 (free pages): one core per data folder, and what is
// deleted from the database leaves no copy in the file.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { AppError } from '../../../shared/errors';
import { accountInput } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';
import { runCoreChild } from '../../fixtures/core-process';

describe('the data folder is locked to one core', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  it('two cores opening a fresh folder at the same moment: one opens and migrates, the other gets already_open', async () => {
    const results = await Promise.allSettled([0, 1, 2].map(() => openCore({ dataDir: tmp.dir, vault: createMemoryVault() })));
    const opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(opened).toHaveLength(1);
    expect(refused).toHaveLength(2);
    for (const err of refused) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('already_open');
      expect((err as AppError).message).toContain(tmp.dir);
    }
    expect((await call(opened[0]!, 'clients.list', undefined))).toEqual([]);
    await opened[0]!.close();
    // Closed: the folder opens again.
    const again = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    await again.close();
  });

  it('a folder held by another process is refused; when that process is killed, the lock goes with it', async () => {
    const holder = await runCoreChild({ dataDir: tmp.dir, calls: [], hold: true });
    for (let i = 0; i < 200 && !holder.lines.some((l) => l['opened']); i++) await new Promise((r) => setTimeout(r, 50));
    expect(holder.lines[0]).toEqual({ opened: true });
    const err = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('already_open');
    holder.child.kill('SIGKILL');
    await holder.exited;
    const core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    await core.close();
  });
});

describe('secure_delete', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  it('a deleted inbox leaves no copy of its text in the database file or its WAL', async () => {
    const canary = 'Deleted-canary-51d0c7aa';
    const core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    const a = await call(core, 'accounts.create', accountInput(1, { display_name: canary }));
    await call(core, 'accounts.update', { id: a.id, display_name: `${canary}-renamed` });
    await call(core, 'accounts.delete', { ids: [a.id] });
    const info = await call(core, 'app.info', undefined);
    await core.close();
    for (const file of [info.database_path, `${info.database_path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(canary), file).toBe(false);
    }
  });
});
