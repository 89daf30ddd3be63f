// Record checks of a domain's mail setup (DKIM, DMARC, MX, reverse DNS) over any DnsLookup.
// Each returns plain JSON: a status, the records as published, findings and copy-ready fixes.
export { checkDkim, DEFAULT_DKIM_SELECTORS, type CheckDkimOptions } from './dkim';
export { parseDkimKey, type DkimKeyFacts } from './dkim-key';
export { checkDmarc, dmarcStrength, organisationalDomain } from './dmarc';
export { parseDmarcRecord, type DmarcPolicy, type DmarcRecordFacts } from './dmarc-record';
export { checkMx, detectProviderFromMx } from './mx';
export { checkReverseDns, type CheckReverseDnsOptions } from './ptr';
export { canonicalIp, reverseDnsName, reversedLabels } from './ip';
export { mapLimit, statusOf, worst } from './common';
export type {
  CheckStatus, DkimKeyResult, DkimResult, DmarcResult, Finding, Fix, MailProvider, MxHost, MxResult, PtrResult,
} from './types';
