// A cache for one run over any DnsLookup: each (name, type) is asked once for the life of the
// session, concurrent identical questions share one in-flight promise, and failures are kept
// too, so a run over 100 domains asks _spf.google.com (or a shared IP's blocklist names) once,
// and an audit of 50 inboxes on one domain does not ask (or time out) 50 times. A scope shares
// the cache but counts its own questions and hits: one domain's share of a run.
import type { DnsAnswer, DnsCounters, DnsLookup, RecordOf, RecordType } from './types';

export interface CachedLookup extends DnsLookup {
  counters(): DnsCounters;
  /** The same cache, with counters of its own (also added to this one's). */
  scope(): CachedLookup;
}

export const cacheKey = (name: string, type: RecordType): string =>
  `${type} ${name.toLowerCase().replace(/\.$/, '')}`;

// Each caller gets its own copy, so one caller cannot change another's answer.
const copy = <T>(a: DnsAnswer<T>): DnsAnswer<T> => ({ rcode: a.rcode, records: [...a.records] });

export function withSessionCache(inner: DnsLookup, onHit?: () => void): CachedLookup {
  const cache = new Map<string, Promise<DnsAnswer<unknown>>>();

  const view = (parents: DnsCounters[]): CachedLookup => {
    const counts: DnsCounters = { questions: 0, cacheHits: 0 };
    const all = [counts, ...parents];
    return {
      counters: () => ({ ...counts }),
      scope: () => view(all),
      query<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>> {
        const key = cacheKey(name, type);
        const hit = cache.get(key);
        if (hit) {
          for (const c of all) c.cacheHits += 1;
          onHit?.();
          return hit.then(copy) as Promise<DnsAnswer<RecordOf[T]>>;
        }
        for (const c of all) c.questions += 1;
        const shared: Promise<DnsAnswer<unknown>> = inner.query(name, type);
        cache.set(key, shared);
        return shared.then(copy) as Promise<DnsAnswer<RecordOf[T]>>;
      },
    };
  };
  return view([]);
}
