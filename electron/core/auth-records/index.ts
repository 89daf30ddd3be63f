// Record checks of a domain's mail authentication and delivery setup, over any DnsLookup.
export { checkDkim, COMMON_SELECTORS } from './dkim';
export { checkDmarc, organisationalDomain } from './dmarc';
export { checkMx, detectProviderFromMx } from './mx';
export { checkReverseDns, reverseName } from './ptr';
export { statusOf, worst } from './common';
