// The history export builds its records partly in SQLite (the date and the integer counts) for
// speed: the file must be exactly what formatting every cell in JavaScript gives, for every
// edge of the stored values, in the list's order, within the window, for one inbox or a filter.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { csvRecord } from '../../../electron/core/csv/index';
import { HISTORY_DAYS_SQL } from '../../../electron/core/exports/history-csv';
import { bulkAccounts } from '../../fixtures/bulk-accounts';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, openTestCore, tempDir } from '../../fixtures/core';

const NOW = new Date();
const day = (ago: number) => new Date(NOW.getTime() - ago * 86_400_000).toISOString().slice(0, 10);
const HEADERS = ['email', 'date', 'sent', 'hard_bounces', 'soft_bounces', 'complaints', 'replies', 'bounce_rate', 'complaint_rate', 'reply_rate', 'score', 'blocks', 'delays', 'block_rate'];

describe('history export', () => {
  let core: Core;
  let dir: string;
  let cleanup: () => Promise<void>;
  const ids: Record<string, string> = {};
  // Exports are refused inside the data folder: write beside it.
  let out: ReturnType<typeof tempDir>;

  beforeEach(async () => {
    ({ core, dir, cleanup } = await openTestCore(createMemoryVault()));
    out = tempDir('inboxfleet-history-export-');
    for (const [n, email, provider] of [[1, 'zed@b.example', 'smtp'], [2, '-dash@a.example', 'google'], [3, 'mid@c.example', 'google']] as const) {
      ids[email] = (await call(core, 'accounts.create', accountInput(n, { email, provider }))).id;
    }
    const raw = new BetterSqlite3(path.join(dir, 'inboxfleet.sqlite'));
    const insert = raw.prepare(
      'insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score, blocks, delays, block_rate) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
    );
    const put = (email: string, ago: number, sent: number, hard: number, soft: number, complaints: number, replies: number, score: number | null, blocks = 0, delays = 0) =>
      insert.run(ids[email], day(ago), sent, hard, soft, complaints, replies, (hard + soft) / sent, complaints / sent, replies / sent, score, blocks, delays, blocks / sent);
    put('zed@b.example', 0, 3, 1, 0, 0, 1, 71);
    put('zed@b.example', 1, 7, 1, 1, 1, 3, null, 2, 1);
    put('zed@b.example', 179, 2 ** 31 + 5, 12, 0, 0, 0, 0);
    put('zed@b.example', 180, 10, 0, 0, 0, 0, 50); // one day too old for 180 days
    put('zed@b.example', -1, 10, 0, 0, 0, 0, 50); // tomorrow: not yet
    put('-dash@a.example', 5, 37, 1, 0, 0, 2, 100);
    put('mid@c.example', 2, 1, 0, 0, 0, 0, 99);
    raw.close();
  });
  afterEach(async () => {
    await cleanup();
    out.remove();
  });

  /** The same file with every cell formatted in JavaScript from what reputation.history returns. */
  const expected = async (emails: string[], days: number) => {
    let text = `\uFEFF${csvRecord(HEADERS)}`;
    for (const email of emails) {
      for (const p of await call(core, 'reputation.history', { id: ids[email]!, days })) {
        text += csvRecord([email, p.date, p.sent, p.hard_bounces, p.soft_bounces, p.complaints, p.replies, p.bounce_rate, p.complaint_rate, p.reply_rate, p.score, p.blocks, p.delays, p.block_rate]);
      }
    }
    return text;
  };

  it('writes what formatting each cell in JavaScript writes, ordered by the list and date, inside the window', async () => {
    const file = path.join(out.dir, 'all.csv');
    const r = await call(core, 'export.csv', { kind: 'history', days: 180, path: file });
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(await expected(['-dash@a.example', 'mid@c.example', 'zed@b.example'], 180));
    expect(r.rows).toBe(5);
    expect(text).toContain("'-dash@a.example,");
    expect(text).toContain(`,${2 ** 31 + 5},12,0,0,0,`);
    expect(text).toContain(',0.2857142857142857,0.14285714285714285,0.42857142857142855,,2,1,0.2857142857142857\r\n');
  });

  it('follows the filter and its sort, or writes one inbox', async () => {
    const google = path.join(out.dir, 'google.csv');
    await call(core, 'export.csv', { kind: 'history', days: 30, filter: { provider: 'google', sort: 'email', order: 'desc' }, path: google });
    expect(readFileSync(google, 'utf8')).toBe(await expected(['mid@c.example', '-dash@a.example'], 30));
    const one = path.join(out.dir, 'one.csv');
    await call(core, 'export.csv', { kind: 'history', days: 7, id: ids['zed@b.example']!, path: one });
    expect(readFileSync(one, 'utf8')).toBe(await expected(['zed@b.example'], 7));
  });

  it('reads each inbox along the primary key (the table itself since 0015), in date order, without sorting', () => {
    const raw = new BetterSqlite3(path.join(dir, 'inboxfleet.sqlite'), { readonly: true });
    const plan = (raw.prepare(`explain query plan ${HISTORY_DAYS_SQL}`).all('x', '2000-01-01', '2100-01-01') as { detail: string }[]).map((r) => r.detail);
    raw.close();
    expect(plan.join('; ')).toMatch(/SEARCH snapshots USING PRIMARY KEY \(account_id=\? AND date>\? AND date<\?\)/);
    expect(plan.join('; ')).not.toMatch(/TEMP B-TREE/);
  });

  it('writes a file of many chunks byte for byte as JavaScript formats each cell, emails of every kind included', async () => {
    const bulk = await bulkAccounts(core, dir);
    const insert = bulk.raw.prepare(
      'insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score, blocks, delays, block_rate) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
    );
    const odd = ['"quoted"@x.example', 'comma,in@x.example', '=formula@x.example', 'ünï@bücher.example', '📬@x.example'];
    bulk.raw.transaction(() => {
      for (let n = 0; n < 120; n++) {
        const id = `many-${n}`;
        bulk.insert({ id, email: odd[n] ?? `many${n}@x.example` });
        for (let d = 0; d < 180; d++) {
          const sent = 1 + ((n * 7 + d * 13) % 90);
          insert.run(id, day(d), sent, n % 3, d % 2, d % 7 === 0 ? 1 : 0, (n + d) % 5, ((n % 3) + (d % 2)) / sent, (d % 7 === 0 ? 1 : 0) / sent, ((n + d) % 5) / sent, d % 9 === 0 ? null : (n + d) % 101, d % 4, 0, (d % 4) / sent);
        }
      }
    })();
    const rows = bulk.raw
      .prepare(`select a.email, s.date, s.sent, s.hard_bounces, s.soft_bounces, s.complaints, s.replies, s.bounce_rate, s.complaint_rate, s.reply_rate, s.score, s.blocks, s.delays, s.block_rate
        from snapshots s join accounts a on a.id = s.account_id where s.date > ? and s.date <= ? order by a.email, s.date`)
      .raw()
      .all(day(180), day(0)) as unknown[][];
    bulk.raw.close();
    const file = path.join(out.dir, 'many.csv');
    const r = await call(core, 'export.csv', { kind: 'history', days: 180, path: file });
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(3 * 512 * 1024);
    expect(r).toMatchObject({ rows: rows.length, bytes: bytes.length });
    expect(bytes.toString('utf8')).toBe(`\uFEFF${csvRecord(HEADERS)}${rows.map((cells) => csvRecord(cells)).join('')}`);
  });
});
