// Issue 10, points 4, 8 and 7 (cancel) against a DNS server that sends what good ones never do:
// 4,000 records for one name, CNAME loops, answers that take almost the whole timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { call, tempDir } from '../../fixtures/core';
import { startHostileDns, type HostileDns } from '../../fixtures/dns/hostile-dns';

const many = (n: number, third: number) => Array.from({ length: n }, (_, i) => `10.${third}.${(i >> 8) & 255}.${i & 255}`);

async function coreOn(server: string, timeoutMs: number, maxInFlight?: number) {
  const tmp = tempDir();
  const core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), dns: createDnsResolver({ servers: [server], timeoutMs, tries: 1, maxInFlight }) });
  return { core, close: async () => { await core.close(); tmp.remove(); } };
}

const inbox = (email: string, smtp_host = '127.0.0.1') =>
  ({ email, display_name: email, smtp_host, smtp_port: 9, smtp_password: 'pw-never-used', imap_port: 9, test: false }) as const;

describe('a hostile DNS server cannot blow up, stall or mislead an audit', () => {
  let dns: HostileDns;
  let app: Awaited<ReturnType<typeof coreOn>>;
  let core: Core;
  beforeAll(async () => {
    dns = await startHostileDns({
      'smtp.big.test': { A: many(4000, 1) },
      'mx.big.test': { A: many(4000, 2) },
      'big.test': { TXT: ['v=spf1 a:smtp.big.test mx -all'], MX: [{ exchange: 'mx.big.test', priority: 10 }] },
      'loopy.test': { CNAME: 'loopy2.test' },
      'loopy2.test': { CNAME: 'loopy.test' },
      '_dmarc.loopy.test': { CNAME: '_dmarc.loopy2.test' },
      '_dmarc.loopy2.test': { CNAME: '_dmarc.loopy.test' },
    });
    app = await coreOn(dns.server, 1000);
    core = app.core;
  });
  afterAll(async () => {
    await app?.close();
    await dns?.stop();
  });

  it('4,000 A records per name: records used and fan-out are capped, each cap is a finding, and the check ends', async () => {
    await call(core, 'accounts.create', inbox('ann@big.test', 'smtp.big.test'));
    const before = dns.asked.length;
    const r = await call(core, 'domains.check', { domain: 'big.test' });
    expect(r.sending_ips).toHaveLength(32);
    expect(r.ptr).toHaveLength(32);
    expect(r.mx.records[0]?.addresses).toHaveLength(32);
    const codes = (r.notes ?? []).map((n) => n.code);
    expect(codes).toEqual(expect.arrayContaining(['dns_answer_capped', 'dnsbl_capped']));
    expect(r.notes?.find((n) => n.code === 'dns_answer_capped' && n.message.includes('A smtp.big.test'))?.message).toMatch(/has 4,000 records; the audit used the first 32/);
    const skipped = (r.blacklist as typeof r.blacklist & { skipped: { reason: string }[] }).skipped;
    expect(skipped.filter((s) => s.reason.startsWith('not asked')).length).toBeGreaterThan(0);
    // A bounded number of questions, whatever the answers hold.
    expect(dns.asked.length - before).toBeLessThan(700);
    expect(r.dns.questions).toBeLessThan(700);
  });

  it('a CNAME loop is unknown with the reason, never "missing" SPF, DMARC or MX', async () => {
    await call(core, 'accounts.create', inbox('bob@loopy.test'));
    const r = await call(core, 'domains.check', { domain: 'loopy.test' });
    expect({ spf: r.spf.status, dmarc: r.dmarc.status, mx: r.mx.status }).toEqual({ spf: 'unknown', dmarc: 'unknown', mx: 'unknown' });
    const codes = [...r.spf.findings, ...r.dmarc.findings, ...r.mx.findings].map((f) => f.code);
    expect(codes).not.toEqual(expect.arrayContaining(['spf_missing']));
    expect(codes.filter((c) => /missing/.test(c))).toEqual([]);
    expect(r.dmarc.findings[0]?.message).toMatch(/loop.*_dmarc\.loopy\.test → _dmarc\.loopy2\.test → _dmarc\.loopy\.test/);
    expect(r.mx.findings[0]?.message).toMatch(/aliases loop \(loopy\.test → loopy2\.test → loopy\.test\)/);
    expect(JSON.stringify(r.spf.findings)).toMatch(/cname_loop/);
    const summary = (await call(core, 'domains.list', {})).find((d) => d.domain === 'loopy.test');
    expect(summary).toMatchObject({ spf: 'unknown', dmarc: 'unknown', mx: 'unknown' });
  });
});

describe('slow DNS: the whole audit has a deadline, and cancel stops queued work', () => {
  let slow: HostileDns;
  beforeAll(async () => {
    const selectors = Array.from({ length: 20 }, (_, i) => `sel${i}`);
    const records: Parameters<typeof startHostileDns>[0] = {
      // Each include is a chain of 10 aliases ending in no TXT record: telling that from a loop
      // takes 8 alias questions one after the other, so SPF alone runs past the deadline.
      'slow.test': { TXT: ['v=spf1 include:c0.slow.test include:e0.slow.test -all'] },
      'smtp.slow.test': { A: ['192.0.2.7'] },
      '_domainkey.slow.test': { TXT: ['not a key'] },
    };
    // Selectors that are aliases of names without a TXT record: each costs a TXT and two alias questions.
    for (const s of [...selectors, 'google', 'selector1', 'selector2', 'default', 'k1', 'k2', 'k3', 's1', 's2', 'mail', 'dkim', 'smtp']) {
      records[`${s}._domainkey.slow.test`] = { CNAME: `${s}.keys.slow.test` };
      records[`${s}.keys.slow.test`] = { A: ['192.0.2.1'] };
    }
    for (const p of ['c', 'e']) {
      for (let i = 0; i < 10; i++) records[`${p}${i}.slow.test`] = { CNAME: `${p}${i + 1}.slow.test` };
      records[`${p}10.slow.test`] = { A: ['192.0.2.8'] };
    }
    for (let i = 0; i < 12; i++) records[`d${i}.test`] = { TXT: ['v=spf1 -all'] };
    // Every answer takes 90 % of the 100 ms timeout the cores below use.
    slow = await startHostileDns(records, { delayMs: 90 });
  });
  afterAll(async () => {
    await slow?.stop();
  });

  it('an audit that would run past its deadline stops asking and reports the rest unknown', async () => {
    // One question at a time: the audit's independent lookups cannot run side by side, so it needs
    // far longer than its deadline (10 × 150 ms) whatever the machine.
    const app = await coreOn(slow.server, 100, 1);
    try {
      await call(app.core, 'accounts.create', inbox('cy@slow.test', 'smtp.slow.test'));
      await call(app.core, 'domains.setSelectors', { domain: 'slow.test', selectors: Array.from({ length: 20 }, (_, i) => `sel${i}`) });
      const r = await call(app.core, 'domains.check', { domain: 'slow.test' });
      expect(r.notes?.map((n) => n.code)).toContain('audit_deadline');
      expect(r.notes?.find((n) => n.code === 'audit_deadline')?.message).toMatch(/at its 2 s limit/);
      expect(r.spf.status).toBe('unknown');
      expect(JSON.stringify(r.spf.findings)).toMatch(/time limit|timeout/);
      // What DNS did not answer in time is never "missing" (slow.test really has no DMARC or MX).
      expect([...r.spf.findings, ...r.dkim.findings].map((f) => f.code).filter((c) => /missing/.test(c))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('cancelling "Re-check all" stops the queued and running audits: none is saved', async () => {
    const app = await coreOn(slow.server, 100);
    try {
      for (let i = 0; i < 12; i++) await call(app.core, 'accounts.create', inbox(`x${i}@d${i}.test`));
      const { job_id } = await call(app.core, 'domains.checkAll', { force: true });
      await call(app.core, 'jobs.cancel', { id: job_id });
      let info = await call(app.core, 'jobs.get', { id: job_id });
      for (let i = 0; i < 200 && info.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        info = await call(app.core, 'jobs.get', { id: job_id });
      }
      expect(info.status).toBe('cancelled');
      const listed = await call(app.core, 'domains.list', {});
      expect(listed.filter((d) => d.checked_at !== null).map((d) => d.domain)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
