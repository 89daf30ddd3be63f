// Reputation history at 3.6 M snapshot rows (20,000 inboxes × 180 days): the 180-day chart
// query of one inbox, and the CSV export of all of it (time, throughput, peak RSS).
// Targets: history < 2 ms (p95, through the handler); export ≤ 10 s at flat memory: the
// process's RSS grows by less than 64 MB whatever the size of the file (288 MB here). CPU time
// is shown beside wall time: on a shared machine the wall time is mostly waiting for a core.
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createMemoryVault } from '../../electron/core/vault/index';
import { bulkAccounts } from '../fixtures/bulk-accounts';
import { call, openTestCore, tempDir } from '../fixtures/core';
import { atMost, below, bench, quantile, sample, timed, withPeakRss } from './harness';

const INBOXES = 20_000;
const DAYS = 180;
const ROWS = INBOXES * DAYS;

describe(`history at ${(ROWS / 1e6).toFixed(1)} M rows`, () => {
  let t: Awaited<ReturnType<typeof openTestCore>>;
  const ids: string[] = [];
  // Exports are refused inside the data folder: write beside it.
  const out = tempDir('inboxfleet-bench-history-');

  beforeAll(async () => {
    t = await openTestCore(createMemoryVault());
    const bulk = await bulkAccounts(t.core, t.dir);
    const raw = bulk.raw;
    const insertDay = raw.prepare(
      'insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score, blocks, delays, block_rate) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
    );
    const today = Date.now();
    const dates = Array.from({ length: DAYS }, (_, d) => new Date(today - (DAYS - 1 - d) * 86_400_000).toISOString().slice(0, 10));
    bulk.dropTemplate();
    raw.transaction(() => {
      for (let n = 0; n < INBOXES; n++) {
        const id = `bench-${String(n).padStart(5, '0')}`;
        ids.push(id);
        bulk.insert({ id, email: `sender${n}@agency-${n % 300}.example` });
        for (let d = 0; d < DAYS; d++) {
          const sent = 20 + ((n * 7 + d * 13) % 60);
          const hard = (n + d) % 5 === 0 ? 1 : 0;
          const soft = (n + d) % 11 === 0 ? 1 : 0;
          const complaints = (n + d) % 97 === 0 ? 1 : 0;
          const replies = (n * 3 + d) % 4;
          const blocks = (n + d) % 13 === 0 ? 1 : 0;
          const delays = (n + d) % 17 === 0 ? 1 : 0;
          insertDay.run(id, dates[d], sent, hard, soft, complaints, replies, (hard + soft) / sent, complaints / sent, replies / sent, 60 + ((n + d) % 40), blocks, delays, blocks / sent);
        }
      }
    })();
    raw.close();
  });
  afterAll(async () => {
    await t?.cleanup();
    out.remove();
  });

  it('reputation.history, 180 days of one inbox', async () => {
    const fig = bench(`history at ${(ROWS / 1e6).toFixed(1)} M rows`);
    let i = 0;
    const times = await sample(() => call(t.core, 'reputation.history', { id: ids[(i++ * 7919) % ids.length]!, days: 180 }), { min: 200, max: 400, budgetMs: 3000, warmup: 20 });
    fig('180-day query p50', quantile(times, 0.5), 'ms');
    fig('180-day query p95', quantile(times, 0.95), 'ms', below(2), 'reputation.history through the handler, random inboxes');
  });

  it('export.csv of every inbox, 180 days', async () => {
    const fig = bench(`export of ${(ROWS / 1e6).toFixed(1)} M history rows`);
    const file = path.join(out.dir, 'history.csv');
    const cpu = process.cpuUsage();
    const { result, beforeMb, peakMb } = await withPeakRss(() => timed(() => call(t.core, 'export.csv', { kind: 'history', days: 180, path: file })));
    const used = process.cpuUsage(cpu);
    const mb = statSync(file).size / 1e6;
    fig('time', result.ms / 1000, 's', atMost(10));
    fig('CPU time', (used.user + used.system) / 1e6, 's', undefined, 'user + system of this process while exporting');
    fig('rows written', result.result.rows, '');
    fig('throughput', result.result.rows / (result.ms / 1000) / 1e6, 'M rows/s');
    fig('file', mb, 'MB');
    fig('peak RSS', peakMb, 'MB');
    fig('peak RSS growth', peakMb - beforeMb, 'MB', below(64), `RSS ${beforeMb.toFixed(0)} → ${peakMb.toFixed(0)} MB while writing ${mb.toFixed(0)} MB, sampled every 20 ms`);
  });
});
