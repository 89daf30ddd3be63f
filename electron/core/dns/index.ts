// The dns area's surface: the lookup interface, the real resolver and the per-audit cache.
export { DnsError } from './types';
export type { DnsAnswer, DnsCounters, DnsFailureKind, DnsLookup, MxRecord, RecordOf, RecordType } from './types';
export { classifyDnsError, createDnsResolver, type DnsResolver, type DnsResolverOptions } from './resolver';
export { withSessionCache, type CachedLookup, type SessionLookup } from './session-cache';
export { auditSession, type AuditLookup } from './audit-session';
export { DNS_LIMITS, limitFindings, type CappedAnswer, type LimitState } from './limits';
