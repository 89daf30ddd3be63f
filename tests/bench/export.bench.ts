// Target: export.csv of 100,000 inboxes streams with flat memory (heap growth well under the
// file's size) and finishes in seconds. Rows are inserted directly to keep set-up short.
import { statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, bench, describe } from 'vitest';
import { createMemoryVault } from '../../electron/core/vault/index';
import { accountInput } from '../fixtures/accounts';
import { call, openTestCore, tempDir } from '../fixtures/core';

const N = 100_000;
const { core, dir, cleanup } = await openTestCore(createMemoryVault());
// Exports are refused inside the data folder: write beside it.
const out = tempDir('inboxfleet-bench-export-');
const template = await call(core, 'accounts.create', accountInput(0));
const raw = new BetterSqlite3(path.join(dir, 'inboxfleet.sqlite'));
const row = raw.prepare('select * from accounts where id = ?').get(template.id) as Record<string, unknown>;
const cols = Object.keys(row);
const insert = raw.prepare(`insert into accounts (${cols.join(',')}) values (${cols.map(() => '?').join(',')})`);
raw.transaction(() => {
  for (let n = 1; n < N; n++) insert.run(...cols.map((c) => (c === 'id' ? `bench-${n}` : c === 'email' ? `sender${n}@bench.example` : row[c])));
})();
raw.close();

describe(`export.csv of ${N.toLocaleString('en-US')} inboxes`, () => {
  afterAll(async () => {
    await cleanup();
    out.remove();
  });

  bench('accounts export to a file', async () => {
    const before = process.memoryUsage().heapUsed;
    const file = path.join(out.dir, 'accounts.csv');
    const r = await call(core, 'export.csv', { kind: 'accounts', path: file });
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    console.log(`rows ${r.rows}, file ${(statSync(file).size / 1e6).toFixed(1)} MB, heap growth ${grown.toFixed(1)} MB`);
  }, { iterations: 2, warmupIterations: 0 });
});
