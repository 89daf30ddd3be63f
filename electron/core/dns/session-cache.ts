// A per-audit cache over any DnsLookup: each (name, type) is asked once for the life of the
// session, concurrent identical questions share one in-flight promise, and failures are kept
// too, so an audit of 50 inboxes on one domain does not ask (or time out) 50 times.
// Answers are cut to DNS_LIMITS.recordsPerAnswer here, for every audit over any lookup; what was
// cut is kept so the audit can say so.
import { DNS_LIMITS, type CappedAnswer } from './limits';
import type { DnsAnswer, DnsCounters, DnsLookup, RecordOf, RecordType } from './types';

export interface CachedLookup extends DnsLookup {
  counters(): DnsCounters;
  /** Answers that had more records than the audit uses. */
  capped(): CappedAnswer[];
}

export const cacheKey = (name: string, type: RecordType): string =>
  `${type} ${name.toLowerCase().replace(/\.$/, '')}`;

// Each caller gets its own copy, so one caller cannot change another's answer.
const copy = <T>(a: DnsAnswer<T>): DnsAnswer<T> => ({ rcode: a.rcode, records: [...a.records] });

export function withSessionCache(inner: DnsLookup, onHit?: () => void): CachedLookup {
  const cache = new Map<string, Promise<DnsAnswer<unknown>>>();
  const counts: DnsCounters = { questions: 0, cacheHits: 0 };
  const capped: CappedAnswer[] = [];
  const cap = <T>(name: string, type: RecordType, a: DnsAnswer<T>): DnsAnswer<T> => {
    const max = DNS_LIMITS.recordsPerAnswer[type];
    if (a.records.length <= max) return a;
    capped.push({ name: name.toLowerCase().replace(/\.$/, ''), type, total: a.records.length, used: max });
    return { rcode: a.rcode, records: a.records.slice(0, max) };
  };
  return {
    counters: () => ({ ...counts }),
    capped: () => [...capped],
    query<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>> {
      const key = cacheKey(name, type);
      const hit = cache.get(key);
      if (hit) {
        counts.cacheHits += 1;
        onHit?.();
        return hit.then(copy) as Promise<DnsAnswer<RecordOf[T]>>;
      }
      counts.questions += 1;
      const shared: Promise<DnsAnswer<unknown>> = inner.query(name, type).then((a) => cap(name, type, a));
      cache.set(key, shared);
      return shared.then(copy) as Promise<DnsAnswer<RecordOf[T]>>;
    },
  };
}
