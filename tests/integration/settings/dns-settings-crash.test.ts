// Issue 10, point 1: a DNS server value that Node aborts on (port 0) used to be saved and then
// kill the app at the first lookup on every start. Now it is refused on save, and a bad value
// already in a database is set aside at start with a warning in Settings.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/index';
import { DATABASE_FILE } from '../../../electron/core/store/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { runCoreChild } from '../../fixtures/core-process';
import { startDnsServer, type DnsTestServer } from '../../fixtures/dns/dnsmasq';

/** A database as an older version left it: settings saved without today's validation. */
async function databaseWithSavedDns(dir: string, servers: unknown): Promise<void> {
  const core = await openCore({ dataDir: dir, vault: createMemoryVault() });
  await core.close();
  const db = new Database(path.join(dir, DATABASE_FILE));
  db.prepare("insert or replace into settings (key, value) values ('dns_servers', ?), ('dns_timeout_ms', '500'), ('dns_tries', '1')").run(JSON.stringify(servers));
  db.close();
}

describe('DNS server settings cannot crash or hang the app', () => {
  let dns: DnsTestServer;
  const tmps: ReturnType<typeof tempDir>[] = [];
  beforeAll(async () => {
    dns = await startDnsServer({ records: { 'workspace.test': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }] } } });
  });
  afterAll(async () => {
    await dns?.stop();
    for (const t of tmps) t.remove();
  });

  it('127.0.0.1:0 already saved in a database: the app starts, answers lookups with the valid servers, and Settings warns', async () => {
    const tmp = tempDir();
    tmps.push(tmp);
    await databaseWithSavedDns(tmp.dir, ['127.0.0.1:0', dns.server]);
    // In a child process: before the fix Node aborted the whole process here (SIGABRT).
    const run = await runCoreChild({
      dataDir: tmp.dir,
      calls: [{ method: 'accounts.autoconfig', input: { email: 'ann@workspace.test' } }, { method: 'settings.get', input: undefined }],
    });
    const end = await run.exited;
    expect({ code: end.code, signal: end.signal }).toEqual({ code: 0, signal: null });
    const results = run.lines.filter((l) => 'result' in l).map((l) => l['result'] as { ok: boolean; data: Record<string, unknown> });
    expect(results[0]).toMatchObject({ ok: true, data: { provider: 'google', source: 'mx' } });
    expect(results[1]?.data).toMatchObject({ dns_servers: [dns.server] });
    const warnings = results[1]?.data['warnings'] as { field: string; message: string }[];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ field: 'dns_servers' });
    expect(warnings[0]?.message).toContain('"127.0.0.1:0"');
  });

  it('only bad servers saved: the system resolver is used, with the warning; saving good servers clears it', async () => {
    const tmp = tempDir();
    tmps.push(tmp);
    await databaseWithSavedDns(tmp.dir, ['999.1.1.1', ':', 53]);
    const core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    try {
      const s = await call(core, 'settings.get', undefined);
      expect(s.dns_servers).toEqual([]);
      expect(s.warnings[0]?.message).toMatch(/"999\.1\.1\.1", ":", 53 .*system's DNS servers are used/);
      const saved = await call(core, 'settings.update', { dns_servers: [dns.server] });
      expect(saved.warnings).toEqual([]);
      expect((await call(core, 'accounts.autoconfig', { email: 'ann@workspace.test' })).provider).toBe('google');
    } finally {
      await core.close();
    }
  });

  it('refuses port 0, ports above 65535 and non-addresses on save, naming the field; nothing is saved', async () => {
    const tmp = tempDir();
    tmps.push(tmp);
    const core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    try {
      for (const bad of ['127.0.0.1:0', '127.0.0.1:70000', '999.1.1.1', ':']) {
        const r = await core.invoke('settings.update', { dns_servers: [bad] });
        expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: 'dns_servers.0' });
      }
      expect((await call(core, 'settings.get', undefined)).dns_servers).toEqual([]);
    } finally {
      await core.close();
    }
  });
});
