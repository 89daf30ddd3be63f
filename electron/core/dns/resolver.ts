// The real DnsLookup over node:dns (c-ares). Every question ends in an answer or a DnsError
// within timeoutMs × tries of being sent, never a hang. At most maxInFlight questions are out
// at once across every session (the rest wait their turn), and a question already out is not
// sent again while it is: its callers share the one answer. Sessions add a cache for a run.
import { promises as dnsPromises } from 'node:dns';
import { DEFAULT_SETTINGS } from '../../../shared/connection';
import { createInFlightGate } from './in-flight';
import { DNS_LIMITS } from './limits';
import { cacheKey, withSessionCache, type SessionLookup } from './session-cache';
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
  session(): SessionLookup;
  /** The longest one question can take once sent (timeout × tries): what audit deadlines derive from. */
  readonly questionMs: number;
  /** The bound on questions in flight, for callers that size their own concurrency by it. */
  readonly maxInFlight?: number;
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

  /** One c-ares question, bounded in JS too (c-ares backs off between tries). */
  async function guarded<R>(qname: string, type: RecordType, question: Promise<R>): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DnsError('timeout', qname, type)), deadlineMs);
    });
    question.catch(() => undefined);
    try {
      return await Promise.race([question, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  const failure = (err: unknown, qname: string, type: RecordType): DnsError | 'NODATA' | 'NXDOMAIN' => {
    if (err instanceof DnsError) return err;
    const code = (err as { code?: unknown }).code;
    const kind = classifyDnsError(code);
    if (kind === 'NODATA' || kind === 'NXDOMAIN') return kind;
    return new DnsError(kind, qname, type, `DNS ${type} ${qname}: ${kind} (${String(code ?? (err as Error).message)})`);
  };

  /** How an empty answer's name is checked for aliases: through the asker's cache when it has one. */
  type AliasLookup = (name: string) => Promise<DnsAnswer<string>>;

  /** Identical questions out at the same time share one; each caller gets its own copy of the records. */
  function shared<T extends RecordType>(name: string, type: T, aliasOf: AliasLookup): Promise<DnsAnswer<RecordOf[T]>> {
    const key = cacheKey(name, type);
    let p = out.get(key);
    if (p) totals.cacheHits += 1;
    else {
      const sent: Promise<DnsAnswer<unknown>> = ask(name, type, aliasOf);
      p = sent;
      out.set(key, sent);
      const done = () => void out.delete(key);
      sent.then(done, done);
    }
    return p.then((a) => ({ rcode: a.rcode, records: [...a.records] })) as Promise<DnsAnswer<RecordOf[T]>>;
  }

  const query = <T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>> => shared(name, type, (at) => query(at, 'CNAME'));

  async function ask<T extends RecordType>(name: string, type: T, aliasOf: AliasLookup): Promise<DnsAnswer<RecordOf[T]>> {
    const qname = name.replace(/\.$/, '');
    let records: RecordOf[T][];
    try {
      // A slot is held from sending until the answer (or the deadline), then given back.
      records = (await gate.run(() => {
        totals.questions += 1;
        return guarded(qname, type, ASK[type](resolver, qname));
      })) as RecordOf[T][];
    } catch (err) {
      const f = failure(err, qname, type);
      if (f === 'NODATA') records = [];
      else if (f === 'NXDOMAIN') return { rcode: 'NXDOMAIN', records: [] };
      else throw f;
    }
    // An empty answer may be a CNAME chain that never ends: that is a failure, not "no record".
    if (records.length === 0 && type !== 'CNAME') await refuseAliasLoop(qname, type, aliasOf);
    return { rcode: 'NOERROR', records };
  }

  /**
   * Follows the aliases of a name that answered with no records. Throws when they loop or run on
   * (cname_loop), or when they cannot be read (so "no record" is said only when it is known).
   */
  async function refuseAliasLoop(qname: string, type: RecordType, aliasOf: AliasLookup): Promise<void> {
    const chain = [qname.toLowerCase()];
    for (let hop = 0; hop <= DNS_LIMITS.cnameChain; hop++) {
      const at = chain[chain.length - 1]!;
      let target: string | undefined;
      try {
        // NXDOMAIN or no CNAME: no alias here, so the empty answer stands.
        target = (await aliasOf(at)).records[0];
      } catch (err) {
        const kind = err instanceof DnsError ? err.kind : 'error';
        throw new DnsError(kind, qname, type, `DNS ${type} ${qname}: its alias ${at} could not be read (${kind})`);
      }
      if (!target) return;
      const next = target.toLowerCase().replace(/\.$/, '');
      const looped = chain.includes(next);
      chain.push(next);
      if (looped || hop === DNS_LIMITS.cnameChain) {
        throw new DnsError('cname_loop', qname, type, `DNS ${type} ${qname}: its aliases ${looped ? 'loop' : `run past ${DNS_LIMITS.cnameChain} hops`} (${chain.join(' → ')})`);
      }
    }
  }

  return {
    questionMs: deadlineMs,
    maxInFlight,
    query,
    counters: () => ({ ...totals }),
    session: () => {
      // The session's own alias checks go through its cache: a run asks each CNAME once.
      const session: SessionLookup = withSessionCache({ query: (name, type) => shared(name, type, (at) => session.query(at, 'CNAME')) }, () => {
        totals.cacheHits += 1;
      });
      return session;
    },
  };
}
