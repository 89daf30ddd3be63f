// How many round trips an audit waits for: a lookup that answers every question asked so far
// together, as one "round", counts them. Independent questions must share a round (A and AAAA,
// a record's includes, every DKIM selector, every blocklist), so an audit takes as many rounds
// as its longest chain of questions that each need the previous answer — and no more. (The real
// resolver adds one round after an empty answer, to rule out an alias loop; this zone does not.)
import { describe, expect, it } from 'vitest';
import { auditSession, withSessionCache, type DnsAnswer, type DnsLookup, type RecordOf, type RecordType } from '../../../electron/core/dns/index';
import { auditDomain } from '../../../electron/core/domains/audit';
import { checkDkim } from '../../../electron/core/audit/index';
import { checkBlacklists } from '../../../electron/core/blacklist/index';
import { analyzeSpfRecord } from '../../../electron/core/spf/index';
import { fleetZone } from '../../fixtures/dns/fleet-zone';
import { createMemoryZone, memoryZoneOf, type ZoneRecords } from '../../fixtures/dns/memory-zone';

/** Holds every question until nothing else can be asked, then answers them all: one round. */
function rounds(inner: DnsLookup) {
  let count = 0;
  let waiting: (() => void)[] = [];
  const flush = () => {
    count++;
    const batch = waiting;
    waiting = [];
    for (const answer of batch) answer();
  };
  const lookup: DnsLookup = {
    query<T extends RecordType>(name: string, type: T) {
      return new Promise<DnsAnswer<RecordOf[T]>>((resolve, reject) => {
        if (waiting.length === 0) setImmediate(flush);
        waiting.push(() => void inner.query(name, type).then(resolve, reject));
      });
    },
  };
  return { lookup, count: () => count };
}

const fleet = fleetZone(10);
const auditOf = async (i: number) => {
  const d = fleet.domains[i]!;
  const r = rounds(memoryZoneOf(fleet.zone));
  const lookup = auditSession(withSessionCache(r.lookup), { deadlineMs: 60_000 });
  try {
    const report = await auditDomain(
      { domain: d.domain, smtpHosts: [d.smtp_host], trackingDomains: [], providers: [d.provider], dkimSelectors: [] },
      lookup,
      new Date('2026-11-22T00:00:00Z'),
    );
    return { report, rounds: r.count() };
  } finally {
    lookup.close();
  }
};

describe('rounds of DNS an audit waits for', () => {
  it('a Google Workspace domain: 3 (host → IP → PTR name; SPF → include → nested include; _domainkey → key → CNAME)', async () => {
    const { report, rounds: n } = await auditOf(0);
    expect(report.spf.results.map((r) => r.result)).toEqual(['pass', 'pass']);
    expect(report.dkim.found).toBe(true);
    expect(n).toBe(3);
  });

  it('a Microsoft 365 domain and an own mail host with a listed IP: 3 each', async () => {
    const ms = await auditOf(4);
    expect(ms.report.dkim.keys[0]?.cname).toMatch(/onmicrosoft\.com$/);
    expect(ms.rounds).toBe(3);
    const own = await auditOf(7);
    expect(own.report.blacklist.listed).toBe(true);
    expect(JSON.stringify(own.report.blacklist.flagged_lists[0])).toMatch(/Listed in SBL/);
    expect(own.rounds).toBe(3);
  });

  it('SPF analysis asks a record\'s includes side by side: depth, not count, of the include tree', async () => {
    const records: ZoneRecords = {
      'wide.test': { TXT: ['v=spf1 include:a.wide.test include:b.wide.test include:c.wide.test redirect=d.wide.test'] },
      ...Object.fromEntries(['a', 'b', 'c', 'd'].map((x) => [`${x}.wide.test`, { TXT: [`v=spf1 include:${x}2.wide.test -all`] }])),
      ...Object.fromEntries(['a', 'b', 'c', 'd'].map((x) => [`${x}2.wide.test`, { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] }])),
    };
    const zone = createMemoryZone(records);
    const r = rounds(zone);
    const analysis = await analyzeSpfRecord('wide.test', r.lookup);
    expect(analysis.lookups).toBe(8);
    expect(analysis.includes.map((i) => i.term)).toEqual(['include:a.wide.test', 'include:b.wide.test', 'include:c.wide.test', 'redirect=d.wide.test']);
    expect(r.count()).toBe(3);
    expect(zone.asked).toHaveLength(9);
  });

  it('every DKIM selector at once after the _domainkey probe, and every blocklist at once', async () => {
    const zone = createMemoryZone({ 'k1._domainkey.sel.test': { TXT: ['v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo='] } });
    const r = rounds(zone);
    const dkim = await checkDkim('sel.test', r.lookup);
    expect(dkim.found).toBe(true);
    expect(r.count()).toBe(3); // probe, all selectors, the found key's CNAME
    const b = rounds(createMemoryZone({ 'marker.org': { A: ['192.0.2.1'] } }));
    const bl = await checkBlacklists({ ips: ['192.0.2.7', '2001:db8::7'], domains: ['sel.test'] }, b.lookup);
    expect(bl.checked_lists).toBeGreaterThan(10);
    expect(b.count()).toBe(1);
  });
});
