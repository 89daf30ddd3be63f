// Domain audits at the network floor, with 50 ms held on every DNS answer (a loopback server in
// a worker thread that counts every question).
//
// Floors (the least time the work can take at this latency, whatever the CPU):
// - throughput floor = distinct (name, type) pairs × latency ÷ the bound on DNS questions in
//   flight (Settings › dns_max_in_flight): every needed question must hold one slot for one
//   latency, and no more than the bound may be held at once.
// - dependency floor = rounds × latency, where rounds is the longest chain of questions each
//   needing the previous answer. For these zones it is 4: the checks' own chains are 3 long
//   (smtp host A → PTR of its IP → A of the PTR name; SPF TXT → include TXT → nested include TXT;
//   _domainkey probe → selector TXT → its CNAME; an own host's SPF TXT → MX → the MX host's A;
//   smtp host A → DNSBL A → the listing's TXT reason), and an empty answer (the AAAA of an
//   IPv4-only smtp host, the _domainkey probe) counts as "no record" only once its name is known
//   not to be an alias loop (issue 10), one more round before what depends on it.
// The floor of a run is the larger of the two; the target is ≤ 1.25× it.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/connection';
import { createMemoryVault } from '../../electron/core/vault/index';
import { call, openTestCore } from '../fixtures/core';
import { startDelayedDnsServer, type DelayedDnsServer } from '../fixtures/dns/delayed-dns';
import { fleetZone } from '../fixtures/dns/fleet-zone';
import { checkAllDomains, createInboxes, useDnsServer } from '../fixtures/fleet-core';
import { atMost, bench, exactly, quantile, timed } from './harness';

const LATENCY_MS = 50;
const DOMAINS = 100;
const PER_DOMAIN = 10;
const DEPENDENCY_ROUNDS = 4;
/** The bound in effect: the Setting, or the default the issue sized the floor with before it existed. */
const inFlightBound = (s: object) => ('dns_max_in_flight' in s ? Number(s.dns_max_in_flight) : 64);

describe(`audits with ${LATENCY_MS} ms DNS latency`, () => {
  const fleet = fleetZone(DOMAINS);
  let dns: DelayedDnsServer;
  let t: Awaited<ReturnType<typeof openTestCore>>;
  let bound: number;

  beforeAll(async () => {
    dns = await startDelayedDnsServer(fleet.zone);
    t = await openTestCore(createMemoryVault());
    await useDnsServer(t.core, dns.server);
    bound = inFlightBound(await call(t.core, 'settings.get', undefined));
    await createInboxes(t.core, fleet.inboxes(PER_DOMAIN));
    await dns.setDelay(LATENCY_MS);
  });
  afterAll(async () => {
    await t?.cleanup();
    await dns?.stop();
  });

  it(`audit ${DOMAINS} domains (${DOMAINS * PER_DOMAIN} inboxes)`, async () => {
    const fig = bench(`audit ${DOMAINS} domains / ${DOMAINS * PER_DOMAIN} inboxes`);
    await dns.reset();
    const cpu = process.cpuUsage();
    const { ms, result } = await timed(() => checkAllDomains(t.core));
    const used = process.cpuUsage(cpu);
    const c = await dns.counters();
    const throughputFloor = (c.distinct * LATENCY_MS) / bound;
    const dependencyFloor = DEPENDENCY_ROUNDS * LATENCY_MS;
    fig('time', ms / 1000, 's');
    fig('audits stored', result.audits, '', exactly(DOMAINS));
    fig('DNS questions', c.questions, '');
    fig('distinct (name, type)', c.distinct, '');
    fig('questions ÷ distinct', c.questions / c.distinct, '×', exactly(1));
    fig('peak questions in flight', c.peak_in_flight, '', atMost(bound), `bound ${bound}${'dns_max_in_flight' in DEFAULT_SETTINGS ? ' (Settings)' : ' (no bound in this code; floor sized with 64)'}`);
    fig('throughput floor', throughputFloor / 1000, 's', undefined, `${c.distinct} distinct × ${LATENCY_MS} ms ÷ ${bound} in flight`);
    fig('time ÷ throughput floor', ms / throughputFloor, '×', atMost(1.25));
    fig('time ÷ dependency floor', ms / dependencyFloor, '×', undefined, `${DEPENDENCY_ROUNDS} rounds × ${LATENCY_MS} ms`);
    fig('CPU per DNS question', (used.user + used.system) / 1000 / c.questions, 'ms', undefined, 'the whole run\'s CPU (checks, parsing, storing reports) ÷ questions');
  });

  it('audit 1 domain', async () => {
    const fig = bench('audit 1 domain');
    const domain = fleet.domains[0]!.domain;
    const times: number[] = [];
    let questions = 0;
    let distinct = 0;
    for (let i = 0; i < 7; i++) {
      await dns.reset();
      const { ms } = await timed(() => call(t.core, 'domains.check', { domain, force: true }));
      times.push(ms);
      ({ questions, distinct } = await dns.counters());
    }
    const p50 = quantile(times, 0.5);
    const dependencyFloor = DEPENDENCY_ROUNDS * LATENCY_MS;
    const throughputFloor = (distinct * LATENCY_MS) / bound;
    fig('time p50', p50, 'ms', undefined, `${domain}, 7 forced audits`);
    fig('rounds of latency (time ÷ latency)', p50 / LATENCY_MS, '', atMost(DEPENDENCY_ROUNDS * 1.25));
    fig('DNS questions per audit', questions, '');
    fig('questions ÷ distinct', questions / distinct, '×', exactly(1));
    fig('time ÷ dependency floor', p50 / dependencyFloor, '×', atMost(1.25), `${DEPENDENCY_ROUNDS} rounds × ${LATENCY_MS} ms`);
    fig('time ÷ throughput floor', p50 / throughputFloor, '×', undefined, `${distinct} distinct × ${LATENCY_MS} ms ÷ ${bound}`);
  });
});
