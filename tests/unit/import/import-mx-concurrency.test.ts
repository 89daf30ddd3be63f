// A batch's domains are asked for MX together, not one after the other (the real resolver bounds
// how many questions are out at once).
import { afterEach, describe, expect, it } from 'vitest';
import { withSessionCache, type DnsLookup, type DnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';

describe('import MX lookups', () => {
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  afterEach(async () => {
    await core?.close();
    tmp?.remove();
  });

  it('asks the MX of a batch’s 5 domains at the same time', async () => {
    let inFlight = 0;
    let most = 0;
    const lookup: DnsLookup = {
      query: async (name, type) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        const records = type === 'MX' ? [{ exchange: `mx.${name}`, priority: 10 }] : [];
        return { rcode: 'NOERROR', records } as never;
      },
    };
    const dns: DnsResolver = { questionMs: 1000, query: lookup.query, counters: () => ({ questions: 0, cacheHits: 0 }), session: () => withSessionCache(lookup) };
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), dns });
    const rows = Array.from({ length: 20 }, (_, i) => `u${i}@d${i % 5}.test,pw-${i}`);
    const preview = await call(core, 'accounts.import.preview', { source: { text: ['Email,Password', ...rows].join('\n') } });
    expect(preview.rows).toBe(20);
    expect(most).toBe(5);
  });
});
