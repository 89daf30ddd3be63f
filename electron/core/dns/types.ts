// The DNS surface every audit uses. The real one wraps node:dns (resolver.ts); unit tests pass an
// in-memory zone. Pure audit logic (SPF, DKIM, DMARC, MX, PTR, DNSBL) takes a DnsLookup and
// never touches sockets itself.

export type RecordType = 'A' | 'AAAA' | 'TXT' | 'MX' | 'PTR' | 'CNAME';

export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface RecordOf {
  A: string;
  AAAA: string;
  /** One TXT record: its character-strings already joined (RFC 7208 §3.3). */
  TXT: string;
  MX: MxRecord;
  PTR: string;
  CNAME: string;
}

/** NOERROR with records (possibly none = NODATA) or NXDOMAIN: both are answers, not failures. */
export interface DnsAnswer<T> {
  rcode: 'NOERROR' | 'NXDOMAIN';
  records: T[];
}

/**
 * No usable answer: the question timed out, the server failed or refused, the name's aliases
 * loop (or chain on past any resolver's limit), or the name is bad.
 */
export type DnsFailureKind = 'timeout' | 'servfail' | 'refused' | 'cname_loop' | 'error';

export class DnsError extends Error {
  constructor(
    readonly kind: DnsFailureKind,
    readonly qname: string,
    readonly qtype: RecordType,
    message?: string,
  ) {
    super(message ?? `DNS ${qtype} ${qname}: ${kind}`);
    this.name = 'DnsError';
  }
}

export interface DnsCounters {
  /** Questions that went to the network (after the cache). */
  questions: number;
  cacheHits: number;
}

export interface DnsLookup {
  /** Throws DnsError when there is no answer (timeout, SERVFAIL, REFUSED, …). */
  query<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>>;
}
