// A cache for one run over any DnsLookup: each (name, type) is asked once for the life of the
// session, concurrent identical questions share one in-flight promise, and failures are kept
// too, so a run over 100 domains asks _spf.google.com (or a shared IP's blocklist names) once,
// and an audit of 50 inboxes on one domain does not ask (or time out) 50 times. A scope shares
// the cache but keeps its own counters and capped answers: one domain's share of a run.
// Answers are cut to DNS_LIMITS.recordsPerAnswer here, for every audit over any lookup; what was
// cut is kept so the audit can say so.
import { DNS_LIMITS, type CappedAnswer } from './limits';
import type { DnsAnswer, DnsCounters, DnsLookup, RecordOf, RecordType } from './types';

export interface CachedLookup extends DnsLookup {
  counters(): DnsCounters;
  /** Answers that had more records than the audit uses. */
  capped(): CappedAnswer[];
}

export interface SessionLookup extends CachedLookup {
  /** The same cache, with counters and capped answers of its own (also added to this one's). */
  scope(): SessionLookup;
}

export const cacheKey = (name: string, type: RecordType): string =>
  `${type} ${name.toLowerCase().replace(/\.$/, '')}`;

// Each caller gets its own copy, so one caller cannot change another's answer.
const copy = <T>(a: DnsAnswer<T>): DnsAnswer<T> => ({ rcode: a.rcode, records: [...a.records] });

interface Entry {
  answer: DnsAnswer<unknown>;
  capped: CappedAnswer | null;
}

interface Tally {
  counts: DnsCounters;
  capped: Map<string, CappedAnswer>;
}

export function withSessionCache(inner: DnsLookup, onHit?: () => void): SessionLookup {
  const cache = new Map<string, Promise<Entry>>();
  const cap = (name: string, type: RecordType, a: DnsAnswer<unknown>): Entry => {
    const max = DNS_LIMITS.recordsPerAnswer[type];
    if (a.records.length <= max) return { answer: a, capped: null };
    return {
      answer: { rcode: a.rcode, records: a.records.slice(0, max) },
      capped: { name: name.toLowerCase().replace(/\.$/, ''), type, total: a.records.length, used: max },
    };
  };

  const view = (parents: Tally[]): SessionLookup => {
    const own: Tally = { counts: { questions: 0, cacheHits: 0 }, capped: new Map() };
    const all = [own, ...parents];
    // Every scope that used a capped answer says so, whether it asked or found it cached.
    const use = (key: string, e: Entry) => {
      if (e.capped) for (const t of all) if (!t.capped.has(key)) t.capped.set(key, e.capped);
      return copy(e.answer);
    };
    return {
      counters: () => ({ ...own.counts }),
      capped: () => [...own.capped.values()],
      scope: () => view(all),
      query<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>> {
        const key = cacheKey(name, type);
        let entry = cache.get(key);
        if (entry) {
          for (const t of all) t.counts.cacheHits += 1;
          onHit?.();
        } else {
          for (const t of all) t.counts.questions += 1;
          entry = inner.query(name, type).then((a) => cap(name, type, a));
          cache.set(key, entry);
        }
        return entry.then((e) => use(key, e)) as Promise<DnsAnswer<RecordOf[T]>>;
      },
    };
  };
  return view([]);
}
