// Imports against the real keychain (gnome-keyring on a private D-Bus, via with-keyring.mjs) and a
// real SQLite file: passwords reach the keychain and nothing else, and a kill -9 in the middle of
// an import leaves, after the next start, an intact database, only whole inboxes and no orphan
// keychain entries.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import keytar from 'keytar';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createKeytarVault, parseSecretKey, secretKey } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { droppedFile, FIXTURE_PASSWORD_PREFIX } from '../../fixtures/import/index';
import { writeSmartleadFile } from '../../fixtures/import/generate';
import { importAndWait } from '../../fixtures/import-core';
import { buildNodeEntry } from '../../fixtures/node-entry';

const SERVICE = `inboxfleet-import-${process.pid}-${Date.now()}`;
const vault = createKeytarVault({ service: SERVICE });
const keys = async () => (await keytar.findCredentials(SERVICE)).map((c) => c.account);

describe('import with the real keychain', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core | null = null;
  let child: string;

  beforeAll(async () => {
    child = await buildNodeEntry('tests/integration/import/import-child.ts', 'import-child');
  }, 120_000);
  afterAll(() => rmSync(path.dirname(child), { recursive: true, force: true }));
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(async () => {
    await core?.close();
    core = null;
    for (const k of await keys()) await keytar.deletePassword(SERVICE, k);
    tmp.remove();
  });

  it('every vendor file: passwords in the keychain, not in SQLite, its WAL or any result', async () => {
    core = await openCore({ dataDir: tmp.dir, vault });
    const results: unknown[] = [];
    for (const f of ['smartlead.csv', 'instantly.csv', 'emailbison.csv', 'excel-de-windows-1252.csv', 'excel-unicode-text.txt']) {
      results.push(await call(core, 'accounts.import.preview', { source: droppedFile(f) }));
      results.push(await importAndWait(core, { source: droppedFile(f) }));
    }
    const list = await call(core, 'accounts.list', { per_page: 100 });
    results.push(list);
    expect(list.total).toBe(15);
    const bob = list.items.find((a) => a.email === 'bob@hooli-mail.test')!;
    expect(await keytar.getPassword(SERVICE, secretKey(bob.id, 'smtp'))).toBe('Fx-pw-bob,with"quote');
    const juergen = list.items.find((a) => a.email === 'juergen@mueller-mail.test')!;
    expect(await keytar.getPassword(SERVICE, secretKey(juergen.id, 'smtp'))).toBe('Fx-pw-jürgen');

    expect(JSON.stringify(results)).not.toContain(FIXTURE_PASSWORD_PREFIX);
    for (const f of readdirSync(tmp.dir).filter((n) => n.startsWith('inboxfleet.sqlite'))) {
      const bytes = readFileSync(path.join(tmp.dir, f));
      expect(bytes.includes(Buffer.from(FIXTURE_PASSWORD_PREFIX)), f).toBe(false);
    }
  });

  // Killed at an arbitrary row, and killed exactly between a keychain write and its row.
  it.each([
    ['while rows are being written', []],
    ['right after a keychain write, before its row', ['61']],
  ])('kill -9 %s: integrity ok, only whole inboxes, no orphan secrets after the next start', async (_when, extra) => {
    const file = path.join(tmp.dir, 'import.csv');
    await writeSmartleadFile(file, 400);
    const proc = spawn(process.execPath, [child, tmp.dir, SERVICE, file, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    const doneAtKill = await new Promise<number>((resolve, reject) => {
      let buffered = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const last = [...buffered.matchAll(/progress (\d+) (\d+) (\w+)/g)].at(-1);
        const done = last ? Number(last[1]) : 0;
        if (buffered.includes('paused') || (extra.length === 0 && done >= 60 && last?.[3] === 'running')) {
          proc.kill('SIGKILL');
          resolve(done);
        }
      });
      proc.on('exit', (code, signal) => signal !== 'SIGKILL' && reject(new Error(`child ended early (${code})`)));
    });
    await new Promise((r) => proc.once('close', r));
    if (extra.length === 0) expect(doneAtKill).toBeGreaterThanOrEqual(60);

    const raw = new BetterSqlite3(path.join(tmp.dir, 'inboxfleet.sqlite'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const rowsAtKill = raw.prepare('select count(*) from accounts').pluck().get() as number;
    raw.close();
    // Entries whose rows had not been committed yet (a batch of new inboxes is committed at once).
    const orphansAtKill = (await keys()).length - rowsAtKill;
    if (extra.length) {
      expect(orphansAtKill).toBeGreaterThanOrEqual(1);
      expect(rowsAtKill + orphansAtKill).toBe(61);
    } else expect(orphansAtKill).toBeGreaterThanOrEqual(0);

    // The next start: reconcile removes whatever the kill left half-done.
    core = await openCore({ dataDir: tmp.dir, vault });
    await core.idle();
    const all: { id: string; email: string; smtp_password_stored: boolean }[] = [];
    for (let page = 1; ; page++) {
      const p = await call(core, 'accounts.list', { per_page: 100, page });
      all.push(...p.items);
      if (!p.has_next) break;
    }
    expect(all.length).toBe(rowsAtKill);
    const ids = new Set(all.map((a) => a.id));
    for (const a of all) {
      expect(a.smtp_password_stored).toBe(true);
      expect(await keytar.getPassword(SERVICE, secretKey(a.id, 'smtp'))).toBe(`Fx-pw-${a.email.match(/sender(\d+)@/)![1]}`);
    }
    const stored = await keys();
    expect(stored.filter((k) => !ids.has(parseSecretKey(k)!.accountId))).toEqual([]);
    expect(stored).toHaveLength(all.length);
  }, 120_000);
});
