// MX for rows without hosts, against dnsmasq on loopback: a file of many rows on a few domains
// asks each domain's MX once — for the preview, its re-reads and the import job together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver, type DnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startDnsServer, type DnsTestServer } from '../../fixtures/dns/dnsmasq';
import { importAndWait } from '../../fixtures/import-core';

// Each with an MX record: an empty answer would add a CNAME question (the resolver's alias-loop check).
const DOMAINS = ['mx-google.test', 'mx-microsoft.test', 'mx-own.test'];

describe('import MX lookups', () => {
  let dns: DnsTestServer;
  let resolver: DnsResolver;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    dns = await startDnsServer({
      records: {
        'mx-google.test': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }] },
        'mx-microsoft.test': { MX: [{ exchange: 'mx-microsoft-test.mail.protection.outlook.com', priority: 0 }] },
        'mx-own.test': { MX: [{ exchange: 'mx.mx-own.test', priority: 10 }] },
      },
    });
    resolver = createDnsResolver({ servers: [dns.server], timeoutMs: 1000, tries: 1 });
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), dns: resolver });
  });
  afterAll(async () => {
    await core?.close();
    await dns?.stop();
    tmp?.remove();
  });

  it('60 rows on 3 domains: 3 MX questions for the preview, a remapped preview and the import', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `user${i}@${DOMAINS[i % DOMAINS.length]},User ${i},pw-${i}`);
    const source = { text: ['Email,Name,Password', ...rows].join('\n') + '\n' };
    const before = resolver.counters().questions;

    const preview = await call(core, 'accounts.import.preview', { source });
    expect(preview).toMatchObject({ rows: 60 });
    expect(resolver.counters().questions - before).toBe(DOMAINS.length);
    await call(core, 'accounts.import.preview', { source, mapping: { Name: null } });
    const result = await importAndWait(core, { source });

    expect(resolver.counters().questions - before).toBe(DOMAINS.length);
    // The MX decided each row: Google and Microsoft rows get their provider's hosts; the others need one.
    expect(result).toMatchObject({ created: 40, failed: 20 });
    const google = await call(core, 'accounts.list', { search: 'mx-google.test' });
    expect(google.items.every((a) => a.provider === 'google')).toBe(true);
    expect(new Set(result.errors.filter((e) => e.field === 'smtp_host').map((e) => e.email?.split('@')[1]))).toEqual(new Set(['mx-own.test']));
  });
});
