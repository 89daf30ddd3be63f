// The resolver's bound on DNS questions in flight, seen from the server's side: never more
// questions held at once than Settings allow, every one answered, and a question's time limit
// counted from when it is sent, not from when it started waiting for a slot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startDelayedDnsServer, type DelayedDnsServer } from '../../fixtures/dns/delayed-dns';

const names = Array.from({ length: 60 }, (_, i) => `host${i}.bound.test`);

describe('DNS questions in flight', () => {
  let dns: DelayedDnsServer;
  beforeAll(async () => {
    dns = await startDelayedDnsServer({ records: Object.fromEntries(names.map((n, i) => [n, { A: [`192.0.2.${i + 1}`] }])) }, { delayMs: 20 });
  });
  afterAll(() => dns?.stop());

  it('never exceeds the bound, and every question is answered', async () => {
    const resolver = createDnsResolver({ servers: [dns.server], timeoutMs: 2000, tries: 1, maxInFlight: 7 });
    await dns.reset();
    const answers = await Promise.all(names.map((n) => resolver.query(n, 'A')));
    expect(answers.map((a) => a.records[0])).toEqual(names.map((_, i) => `192.0.2.${i + 1}`));
    expect(await dns.counters()).toMatchObject({ questions: 60, distinct: 60, peak_in_flight: 7, unanswered: 0 });
  });

  it('starts each question\'s time limit when it is sent, so a long queue does not time out', async () => {
    // 60 questions one at a time at 20 ms each take 1.2 s in all; each alone has 600 ms.
    const resolver = createDnsResolver({ servers: [dns.server], timeoutMs: 600, tries: 1, maxInFlight: 1 });
    const results = await Promise.allSettled(names.map((n) => resolver.query(`a.${n}`, 'A')));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(resolver.counters().questions).toBe(60);
  });

  it('is a Setting: core builds its resolver with it', async () => {
    const tmp = tempDir();
    const core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault() });
    try {
      expect((await call(core, 'settings.get', undefined)).dns_max_in_flight).toBe(64);
      await call(core, 'settings.update', { dns_servers: [dns.server], dns_max_in_flight: 3 });
      await dns.reset();
      await call(core, 'accounts.create', { email: 'a@bound.test', display_name: 'A', smtp_host: names[0]!, smtp_port: 587, smtp_password: 'x', test: false });
      await call(core, 'domains.check', { domain: 'bound.test', force: true });
      const c = await dns.counters();
      expect(c.questions).toBeGreaterThan(20);
      expect(c.peak_in_flight).toBe(3);
      const bad = await core.invoke('settings.update', { dns_max_in_flight: 0 });
      expect(!bad.ok && bad.error.field).toBe('dns_max_in_flight');
    } finally {
      await core.close();
      tmp.remove();
    }
  });
});
