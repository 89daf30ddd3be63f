export type { Vault, Protocol } from './vault';
export { secretKey, parseSecretKey } from './vault';
export { createKeytarVault, KEYCHAIN_SERVICE, keychainHelp } from './keytar-vault';
export { createMemoryVault } from './memory-vault';
export { createScrubber, scrubSecrets, secretForms, REDACTED, type Scrubber } from './scrub';
