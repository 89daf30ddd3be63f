// Static analysis of a domain's SPF record for fixes: what each include costs in DNS lookups
// (every term counted, as if nothing matched early), loops, the big providers' includes, and
// what is wrong. It reads DNS through the given lookup and never evaluates an address.
// The include tree is asked for side by side (every include of a record at once, each nested
// level as soon as its parent answers) while the analysis itself walks it in order over those
// answers, so its findings come out in the same order whatever answers first.
import { withSessionCache } from '../dns/session-cache';
import { DnsError, type DnsLookup } from '../dns/types';
import { SpfSyntaxError } from './macro';
import { isSpfRecord, LOOKUP_MECHANISMS, parseSpfRecord, type SpfRecord } from './parse';
import { recordProblems } from './problems';
import { mergeSpfRecords, providerOfInclude } from './providers';
import { MAX_LOOKUPS } from './evaluate';
import type { SpfAnalysis, SpfIncludeCost, SpfProvider } from './types';

const norm = (d: string) => d.toLowerCase().replace(/\.$/, '');

/** A literal include/redirect target, or undefined when it uses macros (its cost is unknown). */
const literalTarget = (tokens: { kind: string; text?: string }[]): string | undefined =>
  tokens.every((t) => t.kind === 'text') ? norm(tokens.map((t) => t.text ?? '').join('')) : undefined;

class Analyzer {
  readonly loops: string[] = [];
  readonly problems: string[] = [];
  readonly providers = new Set<SpfProvider>();
  private readonly memo = new Map<string, Promise<number>>();

  constructor(private readonly lookup: DnsLookup) {}

  problem(text: string): void {
    if (!this.problems.includes(text)) this.problems.push(text);
  }

  /** Lookups the terms of a parsed record cost, with per-include costs. */
  async recordCost(domain: string, record: SpfRecord, stack: string[]): Promise<{ total: number; includes: SpfIncludeCost[] }> {
    for (const p of recordProblems(domain, record)) this.problem(p);
    const includes: SpfIncludeCost[] = [];
    let total = 0;
    const linked = async (term: string, spec: Parameters<typeof literalTarget>[0]) => {
      const target = literalTarget(spec);
      if (target === undefined) {
        this.problem(`${domain}: "${term}" uses macros, so its own lookups cannot be counted ahead of time`);
        return 1;
      }
      const provider = providerOfInclude(target);
      if (provider) this.providers.add(provider);
      const cost = 1 + (await this.targetCost(target, stack, `${domain}: ${term}`));
      includes.push({ term, domain: target, lookups: cost, ...(provider ? { provider } : {}) });
      return cost;
    };
    for (const d of record.directives) {
      const m = d.mechanism;
      if (m.kind === 'include') total += await linked(d.text, m.domain);
      else if (LOOKUP_MECHANISMS.has(m.kind)) total += 1;
    }
    if (record.redirect) total += await linked(record.redirect.text, record.redirect.domain);
    return { total, includes };
  }

  private targetCost(target: string, stack: string[], via: string): Promise<number> {
    if (stack.includes(target)) {
      const loop = [...stack, target].join(' → ');
      if (!this.loops.includes(loop)) this.loops.push(loop);
      this.problem(`Include loop: ${loop}; receivers return permerror`);
      return Promise.resolve(0);
    }
    let cost = this.memo.get(target);
    if (!cost) {
      cost = this.computeCost(target, [...stack, target], via);
      this.memo.set(target, cost);
    }
    return cost;
  }

  private async computeCost(target: string, stack: string[], via: string): Promise<number> {
    const found = await fetchSpf(target, this.lookup);
    if ('error' in found) {
      this.problem(`${via}: ${found.error}`);
      return 0;
    }
    if (found.records.length !== 1) {
      this.problem(
        found.records.length === 0
          ? `${via}: ${target} has no SPF record; receivers return permerror`
          : `${via}: ${target} has ${found.records.length} SPF records; receivers return permerror`,
      );
      if (found.records.length === 0) return 0;
    }
    try {
      return (await this.recordCost(target, parseSpfRecord(found.records[0] ?? ''), stack)).total;
    } catch (err) {
      if (!(err instanceof SpfSyntaxError)) throw err;
      this.problem(`${via}: syntax error in ${target}'s record: ${err.message}; receivers return permerror`);
      return 0;
    }
  }
}

/** Literal include and redirect targets of a record; none when it does not parse. */
function linkedTargets(text: string): string[] {
  let record: SpfRecord;
  try {
    record = parseSpfRecord(text);
  } catch {
    return [];
  }
  const specs = record.directives.flatMap((d) => (d.mechanism.kind === 'include' ? [d.mechanism.domain] : []));
  if (record.redirect) specs.push(record.redirect.domain);
  return specs.map(literalTarget).filter((t): t is string => t !== undefined);
}

/** Asks for every SPF record the analysis will read, all at once; answers land in `lookup`'s cache. */
async function prefetchIncludes(text: string, lookup: DnsLookup, seen: Set<string>): Promise<void> {
  const fresh = linkedTargets(text).filter((t) => !seen.has(t));
  for (const t of fresh) seen.add(t);
  await Promise.all(
    fresh.map(async (target) => {
      const found = await fetchSpf(target, lookup);
      // As the analysis does: several records are read as their first, none ends the branch.
      if ('records' in found && found.records[0] !== undefined) await prefetchIncludes(found.records[0], lookup, seen);
    }),
  );
}

async function fetchSpf(domain: string, lookup: DnsLookup): Promise<{ records: string[] } | { error: string }> {
  try {
    return { records: (await lookup.query(domain, 'TXT')).records.filter(isSpfRecord) };
  } catch (err) {
    return { error: `DNS TXT lookup for ${domain} failed (${err instanceof DnsError ? err.kind : 'error'})` };
  }
}

export async function analyzeSpfRecord(domain: string, given: DnsLookup): Promise<SpfAnalysis> {
  const name = norm(domain);
  // The prefetch and the analysis ask the same names: they share answers whatever `given` caches.
  const lookup = withSessionCache(given);
  const empty = { domain: name, records: [] as string[], lookups: 0, includes: [], loops: [], providers: [] };
  const found = await fetchSpf(name, lookup);
  if ('error' in found) return { ...empty, status: 'temperror', problems: [found.error] };
  if (found.records.length === 0) return { ...empty, status: 'none', problems: [`${name} has no SPF record`] };
  const a = new Analyzer(lookup);
  const multiple = found.records.length > 1;
  if (multiple) a.problem(`${name} has ${found.records.length} SPF records; receivers return permerror. Merge them into one`);
  // Several records are analysed as the one record they should be merged into.
  const text = multiple ? mergeSpfRecords(found.records) : (found.records[0] ?? '');
  // Failures are answers here (fetchSpf returns them); the analysis reports them in order.
  void prefetchIncludes(text, lookup, new Set([name]));
  let cost: { total: number; includes: SpfIncludeCost[] } = { total: 0, includes: [] };
  let invalid = false;
  try {
    cost = await a.recordCost(name, parseSpfRecord(text), [name]);
  } catch (err) {
    if (!(err instanceof SpfSyntaxError)) throw err;
    invalid = true;
    a.problem(`${name}: syntax error in SPF record: ${err.message}; receivers return permerror`);
  }
  if (cost.total > MAX_LOOKUPS) {
    const costliest = [...cost.includes]
      .sort((x, y) => y.lookups - x.lookups)
      .map((i) => `${i.term} costs ${i.lookups}`)
      .join(', ');
    a.problem(
      `${name}'s SPF record needs ${cost.total} DNS lookups; receivers stop at ${MAX_LOOKUPS} (permerror)` +
        (costliest ? `. ${costliest}` : ''),
    );
  }
  return {
    domain: name,
    status: multiple ? 'multiple' : invalid ? 'invalid' : 'ok',
    ...(multiple ? {} : { record: text }),
    records: found.records,
    lookups: cost.total,
    includes: cost.includes,
    loops: a.loops,
    providers: [...a.providers],
    problems: a.problems,
  };
}
