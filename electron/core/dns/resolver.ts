// The real DnsLookup over node:dns (c-ares). Every question ends in an answer or a DnsError
// within timeoutMs × tries of being sent, never a hang. At most maxInFlight questions are out
// at once across every session (the rest wait their turn), and a question already out is not
// sent again while it is: its callers share the one answer. Sessions add a cache for a run.
import { promises as dnsPromises } from 'node:dns';
import { DEFAULT_SETTINGS } from '../../../shared/connection';
import { createInFlightGate } from './in-flight';
import { cacheKey, withSessionCache, type CachedLookup } from './session-cache';
import {
  DnsError,
  type DnsAnswer,
  type DnsCounters,
  type DnsFailureKind,
  type DnsLookup,
  type MxRecord,
  type RecordOf,
  type RecordType,
} from './types';

export interface DnsResolverOptions {
  /** 'ip' or 'ip:port' ('[v6]:port' for IPv6 with a port); empty or undefined = the system's. */
  servers?: string[];
  /** Per-try timeout handed to c-ares (default 2500 ms). */
  timeoutMs?: number;
  /** Tries per server (default 2). A question gives up after timeoutMs × tries at most. */
  tries?: number;
  /** Questions out at once, over every session (default: the Settings default). */
  maxInFlight?: number;
}

export interface DnsResolver extends DnsLookup {
  /** Questions sent through this resolver and all its sessions; cache hits of all sessions. */
  counters(): DnsCounters;
  /** A lookup with its own cache for the life of one run (one audit, or every audit of a job). */
  session(): CachedLookup;
  /** The bound on questions in flight, for callers that size their own concurrency by it. */
  readonly maxInFlight: number;
}

const DEFAULT_TIMEOUT_MS = 2500;
const DEFAULT_TRIES = 2;


/** node:dns error codes → answers or failure kinds. */
export function classifyDnsError(code: unknown): 'NODATA' | 'NXDOMAIN' | DnsFailureKind {
  switch (code) {
    case 'ENODATA':
      return 'NODATA';
    case 'ENOTFOUND':
      return 'NXDOMAIN';
    case 'ETIMEOUT':
      return 'timeout';
    case 'ESERVFAIL':
      return 'servfail';
    case 'EREFUSED':
      return 'refused';
    default:
      return 'error';
  }
}

type Ask = (r: dnsPromises.Resolver, name: string) => Promise<unknown[]>;

const ASK: { [T in RecordType]: Ask } = {
  A: (r, n) => r.resolve4(n),
  AAAA: (r, n) => r.resolve6(n),
  // A TXT record arrives as its character-strings: join them with nothing (RFC 7208 §3.3).
  TXT: async (r, n) => (await r.resolveTxt(n)).map((chunks) => chunks.join('')),
  MX: async (r, n) =>
    (await r.resolveMx(n)).map((mx): MxRecord => ({ exchange: mx.exchange.replace(/\.$/, ''), priority: mx.priority })),
  PTR: (r, n) => r.resolvePtr(n),
  CNAME: (r, n) => r.resolveCname(n),
};

export function createDnsResolver(opts: DnsResolverOptions = {}): DnsResolver {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tries = opts.tries ?? DEFAULT_TRIES;
  const resolver = new dnsPromises.Resolver({ timeout: timeoutMs, tries });
  if (opts.servers && opts.servers.length > 0) resolver.setServers(opts.servers);
  // c-ares backs off between tries; this bounds the whole question to what the caller set.
  const deadlineMs = timeoutMs * tries + 50;
  const totals: DnsCounters = { questions: 0, cacheHits: 0 };
  const maxInFlight = opts.maxInFlight ?? DEFAULT_SETTINGS.dns_max_in_flight;
  const gate = createInFlightGate(maxInFlight);
  const out = new Map<string, Promise<DnsAnswer<unknown>>>();

  function query<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>> {
    const key = cacheKey(name, type);
    let p = out.get(key);
    if (p) totals.cacheHits += 1;
    else {
      const sent: Promise<DnsAnswer<unknown>> = gate.run(() => ask(name, type));
      p = sent;
      out.set(key, sent);
      const done = () => void out.delete(key);
      sent.then(done, done);
    }
    // Each caller gets its own copy of the records.
    return p.then((a) => ({ rcode: a.rcode, records: [...a.records] })) as Promise<DnsAnswer<RecordOf[T]>>;
  }

  async function ask<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>> {
    totals.questions += 1;
    const qname = name.replace(/\.$/, '');
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DnsError('timeout', qname, type)), deadlineMs);
    });
    try {
      const records = (await Promise.race([ASK[type](resolver, qname), deadline])) as RecordOf[T][];
      return { rcode: 'NOERROR', records };
    } catch (err) {
      if (err instanceof DnsError) throw err;
      const code = (err as { code?: unknown }).code;
      const kind = classifyDnsError(code);
      if (kind === 'NODATA') return { rcode: 'NOERROR', records: [] };
      if (kind === 'NXDOMAIN') return { rcode: 'NXDOMAIN', records: [] };
      throw new DnsError(kind, qname, type, `DNS ${type} ${qname}: ${kind} (${String(code ?? (err as Error).message)})`);
    } finally {
      clearTimeout(timer);
    }
  }

  const base: DnsLookup = { query };
  return {
    query,
    maxInFlight,
    counters: () => ({ ...totals }),
    session: () =>
      withSessionCache(base, () => {
        totals.cacheHits += 1;
      }),
  };
}
