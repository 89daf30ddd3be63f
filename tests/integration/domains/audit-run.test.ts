// "Re-check all" as one run: one DNS cache shared by every domain of the run, so each
// (name, type) is asked once, as the loopback DNS server's own counters show; and the results
// are the same as the audits gave before runs shared anything (snapshots taken from that code).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainReport } from '../../../shared/audit';
import type { AccountCreateInput } from '../../../shared/validation';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';
import { AUDIT_ZONE_INBOXES, auditZone } from '../../fixtures/dns/audit-zone';
import type { DnsTestZone } from '../../fixtures/dns/dnsmasq';
import { startDelayedDnsServer, type DelayedDnsServer, type DnsServerCounters } from '../../fixtures/dns/delayed-dns';
import { fleetZone } from '../../fixtures/dns/fleet-zone';
import { checkAllDomains } from '../../fixtures/fleet-core';

/** A report without what differs from run to run: times, per-audit counters, generated keys. */
const comparable = (r: DomainReport) =>
  JSON.parse(JSON.stringify({ ...r, checked_at: '', dns: null }).replace(/[A-Za-z0-9+/]{100,}={0,2}/g, '<key>')) as unknown;

const fleet = fleetZone(20);
const cases: { name: string; zone: () => DnsTestZone; inboxes: () => Partial<AccountCreateInput>[] }[] = [
  { name: 'audit-zone', zone: auditZone, inboxes: () => AUDIT_ZONE_INBOXES },
  { name: 'fleet-20', zone: () => fleet.zone, inboxes: () => fleet.inboxes(3) },
];

describe.each(cases)('one run over every domain of the $name zone', ({ name, zone, inboxes }) => {
  let dns: DelayedDnsServer;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  let counters: DnsServerCounters;
  let run: Awaited<ReturnType<typeof checkAllDomains>>;

  beforeAll(async () => {
    dns = await startDelayedDnsServer(zone());
    tmp = tempDir();
    // One try: a retried question would be the resolver's retry, not a second question.
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), dns: createDnsResolver({ servers: [dns.server], timeoutMs: 400, tries: 1 }) });
    let n = 0;
    for (const a of inboxes()) await call(core, 'accounts.create', accountInput(++n, a));
    await dns.reset();
    run = await checkAllDomains(core);
    counters = await dns.counters();
  });
  afterAll(async () => {
    await core?.close();
    await dns?.stop();
    tmp?.remove();
  });

  it('audits every domain once and asks each (name, type) once', () => {
    expect(run).toMatchObject({ audits: run.total, failed: 0 });
    expect(counters.distinct).toBeGreaterThan(run.total * 10);
    expect(counters.questions).toBe(counters.distinct);
  });

  it('gives the same results as audits did before runs shared a cache', async () => {
    const reports: Record<string, unknown> = {};
    for (const d of await call(core, 'domains.list', {})) {
      reports[d.domain] = comparable((await call(core, 'domains.get', { domain: d.domain })).report!);
    }
    await expect(`${JSON.stringify(reports, null, 1)}\n`).toMatchFileSnapshot(`./__snapshots__/audit-run.${name}.json`);
  });
});
