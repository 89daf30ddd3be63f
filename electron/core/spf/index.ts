// The spf area's surface: RFC 7208 evaluation, static analysis of a record, and fixes.
export { evaluateSpf, isValidDomain, MAX_LOOKUPS, MAX_NAMES, MAX_VOID_LOOKUPS } from './evaluate';
export { isSpfRecord, parseSpfRecord, type Directive, type Mechanism, type Qualifier, type SpfRecord } from './parse';
export { SpfSyntaxError } from './macro';
export type { SpfAnalysis, SpfIncludeCost, SpfInput, SpfProvider, SpfResult, SpfResultCode } from './types';
export { analyzeSpfRecord } from './analyze';
export { mergeSpfRecords, missingProviderInclude, providerOfInclude, SPF_PROVIDER_INCLUDES } from './providers';
