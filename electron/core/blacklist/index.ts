// DNS blocklist checks of sending IPs and domains, over any DnsLookup.
export { DNSBL_CATALOGUE, selectDnsbls, type Dnsbl, type DnsblVerdict } from './catalogue';
export { checkBlacklists, type BlacklistFlagResult, type BlacklistResult, type BlacklistTargets, type CheckBlacklistsOptions } from './check';
