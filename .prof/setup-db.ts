// Builds the 3.6 M-row history database once (same data as tests/bench/history.bench.ts).
import { existsSync } from 'node:fs';
import { createMemoryVault } from '../electron/core/vault/index';
import { openCore } from '../electron/core/index';
import { bulkAccounts } from '../tests/fixtures/bulk-accounts';

const dir = process.argv[2]!;
const INBOXES = 20_000, DAYS = 180;
if (!existsSync(`${dir}/inboxfleet.sqlite`)) {
  const core = await openCore({ dataDir: dir, vault: createMemoryVault() });
  const bulk = await bulkAccounts(core, dir);
  const raw = bulk.raw;
  const insertDay = raw.prepare('insert into snapshots (account_id, date, sent, hard_bounces, soft_bounces, complaints, replies, bounce_rate, complaint_rate, reply_rate, score, blocks, delays, block_rate) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
  const today = Date.now();
  const dates = Array.from({ length: DAYS }, (_, d) => new Date(today - (DAYS - 1 - d) * 86_400_000).toISOString().slice(0, 10));
  bulk.dropTemplate();
  raw.transaction(() => {
    for (let n = 0; n < INBOXES; n++) {
      const id = `bench-${String(n).padStart(5, '0')}`;
      bulk.insert({ id, email: `sender${n}@agency-${n % 300}.example` });
      for (let d = 0; d < DAYS; d++) {
        const sent = 20 + ((n * 7 + d * 13) % 60);
        const hard = (n + d) % 5 === 0 ? 1 : 0; const soft = (n + d) % 11 === 0 ? 1 : 0; const complaints = (n + d) % 97 === 0 ? 1 : 0;
        const replies = (n * 3 + d) % 4; const blocks = (n + d) % 13 === 0 ? 1 : 0; const delays = (n + d) % 17 === 0 ? 1 : 0;
        insertDay.run(`bench-${String(n).padStart(5, '0')}`, dates[d], sent, hard, soft, complaints, replies, (hard + soft) / sent, complaints / sent, replies / sent, 60 + ((n + d) % 40), blocks, delays, blocks / sent);
      }
    }
  })();
  raw.close();
  await core.close();
}
