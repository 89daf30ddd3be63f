// Domain audits through core's handlers against dnsmasq on loopback serving the test zones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainReport } from '../../../shared/audit';
import { createDnsResolver, type DnsResolver } from '../../../electron/core/dns/index';
import { openCore, type Core } from '../../../electron/core/index';
import { createMemoryVault } from '../../../electron/core/vault/index';
import { accountInput } from '../../fixtures/accounts';
import { call, tempDir } from '../../fixtures/core';
import { AUDIT_ZONE_INBOXES, auditZone, IPS } from '../../fixtures/dns/audit-zone';
import { startDnsServer, type DnsTestServer } from '../../fixtures/dns/dnsmasq';

let n = 0;
const inbox = (domain: string, smtp_host: string, provider: 'google' | 'microsoft' | 'smtp' = 'smtp', over = {}) =>
  accountInput(++n, { email: `user${n}@${domain}`, smtp_host, provider, ...over });

describe('domain audit against a DNS server on loopback', () => {
  let dns: DnsTestServer;
  let resolver: DnsResolver;
  let core: Core;
  let tmp: ReturnType<typeof tempDir>;
  const reports = new Map<string, DomainReport>();

  const check = async (domain: string) => {
    const r = await call(core, 'domains.check', { domain, force: true });
    reports.set(domain, r);
    return r;
  };

  beforeAll(async () => {
    dns = await startDnsServer(auditZone());
    resolver = createDnsResolver({ servers: [dns.server], timeoutMs: 400, tries: 1 });
    tmp = tempDir();
    // The memory vault is enough here: no password is read, only DNS is asked.
    core = await openCore({ dataDir: tmp.dir, vault: createMemoryVault(), dns: resolver });
    for (const a of AUDIT_ZONE_INBOXES) await call(core, 'accounts.create', inbox(a.email.split('@')[1]!, a.smtp_host, a.provider));
  });
  afterAll(async () => {
    await core?.close();
    await dns?.stop();
    tmp?.remove();
  });

  it('lists every domain with inboxes once, unchecked at first', async () => {
    const list = await call(core, 'domains.list', {});
    expect(list.map((d) => d.domain)).toContain('good-google.test');
    expect(new Set(list.map((d) => d.domain)).size).toBe(list.length);
    expect(list.find((d) => d.domain === 'good-google.test')).toMatchObject({ account_count: 1, overall: null, checked_at: null });
  });

  it('a good Google Workspace setup passes SPF, DKIM, DMARC, MX, PTR and blacklists', async () => {
    const r = await check('good-google.test');
    expect(r.sending_ips).toEqual([IPS.gmail]);
    expect(r.spf).toMatchObject({ status: 'ok', record: 'v=spf1 include:_spf.google.com ~all' });
    expect(r.spf.results).toEqual([expect.objectContaining({ ip: IPS.gmail, result: 'pass' })]);
    expect(r.spf.results[0]!.path.join(' ')).toMatch(/_spf\.google\.com/);
    expect(r.dkim).toMatchObject({ status: 'ok', found: true });
    expect(r.dkim.keys[0]).toMatchObject({ selector: 'google', key_type: 'rsa', bits: 2048, revoked: false });
    expect(r.dmarc).toMatchObject({ status: 'ok', policy: 'reject', strength: 'strong', inherited: false });
    expect(r.mx).toMatchObject({ status: 'ok', provider: 'google' });
    expect(r.ptr[0]).toMatchObject({ status: 'ok', forward_confirmed: true, ptr: ['smtp.gmail.com'] });
    expect(r.blacklist).toMatchObject({ status: 'ok', listed: false, flagged_lists: [] });
    expect(r.blacklist.checked_lists).toBeGreaterThanOrEqual(12);
    const summary = (await call(core, 'domains.list', {})).find((d) => d.domain === 'good-google.test');
    expect(summary).toMatchObject({ overall: 'ok', spf: 'ok', dkim: 'ok' });
  });

  it('a good Microsoft 365 setup passes, following selector1 into onmicrosoft.com', async () => {
    const r = await check('good-ms.test');
    expect(r.mx.provider).toBe('microsoft');
    expect(r.spf.status).toBe('ok');
    expect(r.dkim.keys[0]).toMatchObject({ selector: 'selector1', cname: 'selector1-good-ms-test._domainkey.goodms.onmicrosoft.com', bits: 2048 });
    expect(r.dmarc).toMatchObject({ policy: 'quarantine', strength: 'moderate' });
  });

  it('no SPF → error with a copy-ready record', async () => {
    const r = await check('nospf.test');
    expect(r.spf.status).toBe('error');
    expect(r.spf.fixes[0]).toMatchObject({ record_name: 'nospf.test', record_type: 'TXT', value: `v=spf1 ip4:${IPS.own} ~all` });
  });

  it('two SPF records → error and the merged record to publish instead', async () => {
    const r = await check('twospf.test');
    expect(r.spf.status).toBe('error');
    expect(r.spf.records).toHaveLength(2);
    // Both records' terms once, ending in the stricter all (record order in DNS is arbitrary).
    const merged = r.spf.fixes[0]!.value;
    expect(merged).toMatch(/^v=spf1 .* -all$/);
    expect(merged.split(' ').sort()).toEqual(['-all', 'include:_spf.google.com', 'ip4:192.0.2.22', 'v=spf1']);
  });

  it('11 lookups → error naming what each include costs; an include loop and +all are errors', async () => {
    const eleven = await check('eleven.test');
    expect(eleven.spf.status).toBe('error');
    expect(eleven.spf.lookups).toBe(11);
    expect(eleven.spf.findings.map((f) => f.message).join(' ')).toMatch(/11 DNS lookups.*include:i0\.eleven\.test costs 1/);
    const loop = await check('loop.test');
    expect(loop.spf.status).toBe('error');
    expect(loop.spf.findings.map((f) => f.message).join(' ')).toMatch(/loop/i);
    const plus = await check('plusall.test');
    expect(plus.spf.status).toBe('error');
    expect(plus.spf.findings.map((f) => f.message).join(' ')).toMatch(/\+all/);
  });

  it('an SPF record over 2,000 bytes in several strings is read whole', async () => {
    const r = await check('own.test');
    expect(r.spf.record!.length).toBeGreaterThan(2000);
    expect(r.spf.results[0]).toMatchObject({ ip: IPS.own, result: 'pass' });
  });

  it('a sending IP without PTR, and one whose PTR does not resolve back, fail reverse DNS', async () => {
    const noPtr = await check('noptr.test');
    expect(noPtr.ptr[0]).toMatchObject({ ip: IPS.noPtr, status: 'error', ptr: [] });
    expect(noPtr.ptr[0]!.findings[0]!.message).toMatch(/Gmail/);
    const bad = await check('badptr.test');
    expect(bad.ptr[0]).toMatchObject({ ip: IPS.badPtr, status: 'error', ptr: ['host.badptr.test'], forward_confirmed: false });
  });

  it('DMARC found only at the organisational domain is inherited; p=none without rua is a warning with a fix', async () => {
    const org = await check('mail.orgdmarc.test');
    expect(org.dmarc).toMatchObject({ found_at: 'orgdmarc.test', inherited: true, policy: 'quarantine', subdomain_policy: 'reject', effective_policy: 'reject' });
    const none = await check('pnone.test');
    expect(none.dmarc).toMatchObject({ status: 'warning', policy: 'none', rua: [], strength: 'weak' });
    expect(none.dmarc.fixes[0]!.value).toBe('v=DMARC1; p=none; rua=mailto:dmarc@pnone.test');
    const missing = await check('nospf.test');
    expect(missing.dmarc.status).toBe('error');
    expect(missing.dmarc.fixes[0]!.value).toBe('v=DMARC1; p=none; rua=mailto:dmarc@nospf.test');
  });

  it('revoked and 512-bit DKIM keys are errors', async () => {
    const revoked = await check('revoked.test');
    expect(revoked.dkim).toMatchObject({ status: 'error', found: false });
    expect(revoked.dkim.keys[0]).toMatchObject({ selector: 'default', revoked: true });
    const weak = await check('weak.test');
    expect(weak.dkim.status).toBe('error');
    expect(weak.dkim.keys[0]).toMatchObject({ selector: 's1', bits: 512 });
  });

  it('no _domainkey at all (NXDOMAIN) skips the selector list', async () => {
    const before = resolver.counters().questions;
    const r = await check('nullmx.test');
    expect(r.dkim).toMatchObject({ status: 'error', found: false, selectors_tried: [] });
    expect(resolver.counters().questions - before).toBe(r.dns.questions);
  });

  it('a null MX is an error', async () => {
    const r = reports.get('nullmx.test') ?? (await check('nullmx.test'));
    expect(r.mx).toMatchObject({ status: 'error', null_mx: true });
  });

  it('a listed IP is flagged with the answer and removal page; a "blocked" answer is unknown, never listed', async () => {
    const listed = await check('listed.test');
    expect(listed.blacklist.listed).toBe(true);
    expect(listed.blacklist.flagged_lists.map((f) => f.list)).toEqual(['Spamhaus ZEN', 'SpamCop']);
    expect(listed.blacklist.flagged_lists[0]).toMatchObject({ answer: '127.0.0.2', meaning: expect.stringMatching(/SBL/), removal_url: expect.stringMatching(/^https:/) });
    const blocked = await check('blocked.test');
    expect(blocked.blacklist.listed).toBe(false);
    expect(blocked.blacklist.unknown_lists).toEqual([expect.objectContaining({ list: 'Spamhaus ZEN', reason: expect.stringMatching(/127\.255\.255\.254/) })]);
    expect(blocked.blacklist.clean_lists).toContain('SpamCop');
  });

  it('a name that times out and one that SERVFAILs end as unknown, not as failures of the domain', async () => {
    const slow = await check('slowdns.test');
    expect(slow.spf.status).toBe('unknown');
    expect(slow.dmarc.status).toBe('unknown');
    const broken = await check('brokendns.test');
    expect(broken.mx.status).toBe('unknown');
    expect(broken.mx.findings[0]!.message).toMatch(/servfail/);
  });

  it('one audit of 50 inboxes on one domain sends each question once', async () => {
    const one = await check('gmail-user.test');
    for (let i = 0; i < 49; i++) await call(core, 'accounts.create', inbox('gmail-user.test', 'smtp.gmail.com', 'google'));
    const before = resolver.counters().questions;
    const fifty = await check('gmail-user.test');
    expect((await call(core, 'domains.get', { domain: 'gmail-user.test' })).summary.account_count).toBe(50);
    expect(fifty.dns.questions).toBe(one.dns.questions);
    expect(resolver.counters().questions - before).toBe(fifty.dns.questions);
    expect(fifty.dns.cache_hits).toBeGreaterThan(0);
  });

  it('a check younger than an hour is served from the store unless forced', async () => {
    const first = await call(core, 'domains.check', { domain: 'good-ms.test' });
    const before = resolver.counters().questions;
    const again = await call(core, 'domains.check', { domain: 'good-ms.test' });
    expect(again.checked_at).toBe(first.checked_at);
    expect(resolver.counters().questions).toBe(before);
    const forced = await call(core, 'domains.check', { domain: 'good-ms.test', force: true });
    expect(resolver.counters().questions).toBeGreaterThan(before);
    expect(forced.checked_at >= first.checked_at).toBe(true);
  });

  it('filters to problems, refuses unknown domains and bad names, and re-checks all as a job', async () => {
    const problems = await call(core, 'domains.list', { problems_only: true });
    expect(problems.map((d) => d.domain)).toContain('nospf.test');
    expect(problems.map((d) => d.domain)).not.toContain('good-google.test');
    const unknown = await core.invoke('domains.check', { domain: 'nobody-here.test' });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
    const bad = await core.invoke('domains.check', { domain: 'not a domain' });
    expect(!bad.ok && bad.error.fields?.domain).toMatch(/valid domain/);
    const { job_id, total } = await call(core, 'domains.checkAll', {});
    for (;;) {
      const j = await call(core, 'jobs.get', { id: job_id });
      if (j.status !== 'running') {
        expect(j).toMatchObject({ status: 'done', done: total, failed: 0 });
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  it('an audit recomputes the health of every inbox on the domain: listed IPs fail, missing DNS records put it at risk, DNS that never answered proves nothing', async () => {
    const health = async (domain: string) => {
      const page = await call(core, 'accounts.list', { domain, per_page: 100 });
      return page.items.map((a) => [a.health, a.health_reasons.filter((r) => r.level !== 'unknown').map((r) => `${r.code}${r.detail ? `:${r.detail}` : ''}`)]);
    };
    for (const d of ['listed.test', 'nospf.test', 'good-google.test', 'slowdns.test']) await check(d);
    expect(await health('listed.test')).toEqual([['failing', ['listed:Spamhaus ZEN', 'listed:SpamCop', 'dkim_missing', 'dmarc_missing']]]);
    expect(await health('nospf.test')).toEqual([['at_risk', ['spf_missing', 'dkim_missing', 'dmarc_missing']]]);
    // Good DNS but never tested: nothing wrong, not enough known.
    expect(await health('good-google.test')).toEqual([['unknown', []]]);
    expect((await call(core, 'accounts.list', { domain: 'slowdns.test' })).items[0]!.health_reasons.map((r) => r.code)).toContain('domain_not_checked');
    const listed = await call(core, 'domains.get', { domain: 'listed.test' });
    expect(listed.listings.map((l) => [l.list, l.target, l.hosts, l.inboxes])).toEqual([
      ['Spamhaus ZEN', IPS.listed, ['smtp.listed.test'], 1],
      ['SpamCop', IPS.listed, ['smtp.listed.test'], 1],
    ]);
  });
});
