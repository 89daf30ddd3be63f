// The DNS servers, timeout and tries in Settings are what core's lookups use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startDnsServer, type DnsTestServer } from '../../fixtures/dns/dnsmasq';

describe('DNS servers from Settings', () => {
  let dns: DnsTestServer;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    dns = await startDnsServer({ records: { 'workspace.test': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }] }, 'marker.com': { A: ['192.0.2.1'] } } });
    tmp = tempDir();
    // No `dns` option: core builds its resolver from Settings, as the app does.
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
  });
  afterAll(async () => {
    await core?.close();
    await dns?.stop();
    tmp?.remove();
  });

  it('a loopback server with a port set in Settings answers autoconfig, and survives a reopen', async () => {
    const saved = await call(core, 'settings.update', { dns_servers: [dns.server], dns_timeout_ms: 500, dns_tries: 1 });
    expect(saved.dns_servers).toEqual([dns.server]);
    expect((await call(core, 'accounts.autoconfig', { email: 'ann@workspace.test' })).provider).toBe('google');
    await core.close();
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    expect((await call(core, 'settings.get', undefined)).dns_servers).toEqual([dns.server]);
    expect((await call(core, 'accounts.autoconfig', { email: 'ann@workspace.test' })).provider).toBe('google');
  });

  it('a server that is not an IP address is refused, naming the field', async () => {
    const r = await core.invoke('settings.update', { dns_servers: ['dns.example.com'] });
    expect(!r.ok && r.error.field).toMatch(/^dns_servers/);
  });
});
