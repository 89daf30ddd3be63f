// The round's domain audits against the loopback DNS server's own counters: each domain audited
// once per round however many of its inboxes are checked, and each (name, type) asked once in a
// round (one DNS cache for the round). The inboxes' servers are a closed loopback port, so their
// tests and scans fail fast and only the audits talk to the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startDelayedDnsServer, type DelayedDnsServer } from '../../fixtures/dns/delayed-dns';
import { fleetZone } from '../../fixtures/dns/fleet-zone';
import { createInboxes, useDnsServer } from '../../fixtures/fleet-core';

const DOMAINS = 6;
const PER_DOMAIN = 5;

describe(`a round over ${DOMAINS * PER_DOMAIN} inboxes on ${DOMAINS} domains`, () => {
  const fleet = fleetZone(DOMAINS);
  let dns: DelayedDnsServer;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    dns = await startDelayedDnsServer(fleet.zone);
    tmp = tempDir();
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    // One try: a retried question would be the resolver's retry, not a second question.
    await useDnsServer(core, dns.server, { timeoutMs: 2000, tries: 1 });
    await createInboxes(core, fleet.inboxes(PER_DOMAIN, () => ({
      smtp_host: 'localhost', smtp_port: 9, imap_host: '127.0.0.1', imap_port: 9, imap_security: 'tls', smtp_password: 'x', test: false,
    })));
  });
  afterAll(async () => {
    await core?.close();
    await dns?.stop();
    tmp?.remove();
  });

  const round = async () => {
    const audited: string[] = [];
    const off = core.events.on('domains.changed', (e) => audited.push(...e.domains));
    await dns.reset();
    try {
      const r = await core.tick();
      return { r, audited, counters: await dns.counters() };
    } finally {
      off();
    }
  };

  it('audits each domain once and asks each (name, type) once', async () => {
    const { r, audited, counters } = await round();
    expect(r).toEqual({ refreshed: DOMAINS * PER_DOMAIN, failed: 0 });
    expect(audited.sort()).toEqual(fleet.domains.map((d) => d.domain).sort());
    expect(counters.distinct).toBeGreaterThan(DOMAINS * 5);
    expect(counters.questions).toBe(counters.distinct);
  });

  it('the next round audits each domain afresh, again once, over a cache of its own', async () => {
    const { audited, counters } = await round();
    expect(audited.sort()).toEqual(fleet.domains.map((d) => d.domain).sort());
    expect(counters.questions).toBe(counters.distinct);
    expect(counters.distinct).toBeGreaterThan(DOMAINS * 5);
  });

  it('two inboxes of a domain never audited, reported at once, audit it once: the second finds the first\'s report after its turn', async () => {
    const late = await createInboxes(core, ['a', 'b'].map((name) => ({
      email: `${name}@late-1.test`, display_name: name, smtp_host: 'localhost', smtp_port: 9, smtp_password: 'x',
      imap_host: '127.0.0.1', imap_port: 9, imap_security: 'tls' as const, test: false,
    })));
    const audited: string[] = [];
    const off = core.events.on('domains.changed', (e) => audited.push(...e.domains));
    try {
      const reports = await Promise.all(late.map((id) => call(core, 'deliverability.report', { id })));
      expect(audited).toEqual(['late-1.test']);
      expect(reports[0]!.checked_at).toBeTruthy();
    } finally {
      off();
    }
  });
});
