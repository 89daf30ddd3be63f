// The import as a job: progress over every row, Cancel between rows leaving only whole inboxes
// (row and keychain entry together), a keychain that fails mid-way, tests after the import, and a
// 10,000-row file.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core, type Vault } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { AppError } from '../../../shared/errors';
import type { EventMap } from '../../../shared/contract';
import { call, tempDir } from '../../fixtures/core';
import { writeSmartleadFile } from '../../fixtures/import/generate';
import { importAndWait, settled } from '../../fixtures/import-core';

/** The memory vault, with a gate that holds every write until the test lets it go. */
function gatedVault() {
  const inner = createMemoryVault();
  let open = Infinity;
  const waiters: (() => void)[] = [];
  const vault: Vault = {
    ...inner,
    set: async (k, s) => {
      while (open <= 0) await new Promise<void>((r) => waiters.push(r));
      open--;
      return inner.set(k, s);
    },
  };
  return { vault, inner, allow: (n: number) => { open = n; waiters.splice(0).forEach((w) => w()); } };
}

describe('the import job', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;

  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(async () => {
    await core?.close();
    tmp.remove();
  });

  it('cancelled between rows: only whole inboxes, each with its password, and no secret without a row', async () => {
    const gate = gatedVault();
    gate.allow(0);
    core = await openCore({ dataDir: tmp.dir, vault: gate.vault });
    const file = path.join(tmp.dir, 'big.csv');
    await writeSmartleadFile(file, 300);
    const progress: EventMap['job.progress'][] = [];
    core.events.on('job.progress', (e) => progress.push(e));

    const { job_id } = await call(core, 'accounts.import.start', { source: { path: file } });
    gate.allow(40);
    // Cancel once some rows are in, with the 41st row's write held open.
    await new Promise<void>((resolve) => {
      const poll = () => (gate.inner.entries.size >= 40 ? resolve() : setImmediate(poll));
      poll();
    });
    await call(core, 'jobs.cancel', { id: job_id });
    gate.allow(Infinity);
    const job = await settled(core, job_id);

    expect(job.status).toBe('cancelled');
    const result = job.result as { created: number; cancelled: boolean };
    expect(result.cancelled).toBe(true);
    expect(result.created).toBeGreaterThanOrEqual(40);
    expect(result.created).toBeLessThan(300);
    const list = await call(core, 'accounts.list', { per_page: 100 });
    expect(list.total).toBe(result.created);
    for (const a of list.items) expect(gate.inner.entries.get(`account:${a.id}:smtp`)).toBe(`Fx-pw-${a.display_name.split(' ')[1]}`);
    expect(gate.inner.entries.size).toBe(list.total);
    expect(progress.filter((p) => p.id === job_id).at(-1)).toMatchObject({ status: 'cancelled', total: 300 });
  });

  it('stops with the keychain’s message when it becomes unavailable, keeping what was saved', async () => {
    const inner = createMemoryVault();
    let writes = 0;
    const vault: Vault = {
      ...inner,
      set: async (k, s) => {
        if (++writes > 5) throw new AppError('keychain_unavailable', 'The system keychain is not available (locked).');
        return inner.set(k, s);
      },
    };
    core = await openCore({ dataDir: tmp.dir, vault });
    const file = path.join(tmp.dir, 'f.csv');
    await writeSmartleadFile(file, 20);
    const r = await importAndWait(core, { source: { path: file } });
    expect(r).toMatchObject({ created: 5, failed: 1, stopped_reason: 'The system keychain is not available (locked).' });
    expect(r.errors[0]).toMatchObject({ line: 7, email: 'sender5@bulk-5.test', field: 'smtp_password' });
    expect((await call(core, 'accounts.list', {})).total).toBe(5);
    expect(inner.entries.size).toBe(5);
  });

  it('tests the imported inboxes after the import when asked (through the limiter)', async () => {
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    await call(core, 'settings.update', { connect_timeout_ms: 1000, probe_deadline_ms: 2000 });
    // Port 9 on loopback: nothing listens, so each test ends at once as unreachable.
    const r = await importAndWait(core, { source: { text: 'Email,SMTP Host,SMTP Port,IMAP Port,SMTP Password\nt1@acme.test,127.0.0.1,9,9,Fx-pw\nt2@acme.test,127.0.0.1,9,9,Fx-pw\n' }, test_after: true });
    expect(r.created).toBe(2);
    expect(r.test_job_id).toBeTruthy();
    const tests = await settled(core, r.test_job_id!);
    expect(tests).toMatchObject({ kind: 'accounts.test', total: 2, done: 2, failed: 2 });
  });

  it('a 10,000-row file: preview finds the planted bad rows by line, the import creates the rest', async () => {
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    const file = path.join(tmp.dir, 'ten-thousand.csv');
    await writeSmartleadFile(file, 10_000, new Map([[17, 'email'], [4_999, 'port'], [9_998, 'email']]));
    const preview = await call(core, 'accounts.import.preview', { source: { path: file } });
    expect(preview).toMatchObject({ rows: 10_000, valid: 9_997, errors_total: 3 });
    expect(preview.errors.map((e) => [e.line, e.field])).toEqual([[19, 'email'], [5_001, 'smtp_port'], [10_000, 'email']]);
    const r = await importAndWait(core, { source: { path: file } });
    expect(r).toMatchObject({ created: 9_997, failed: 3 });
    expect(r.account_ids).toHaveLength(9_997);
    expect((await call(core, 'accounts.list', {})).total).toBe(9_997);
    // Progress went out in steps, not once per row.
    expect(r.job).toMatchObject({ status: 'done', total: 10_000, done: 10_000, failed: 3 });
  }, 120_000);
});
