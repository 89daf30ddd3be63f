export { DNSBLS, type Dnsbl, type Decoded } from './catalogue';
export { checkBlacklists } from './check';
