export type { Vault, Protocol, SecretKind } from './vault';
export { secretKey, parseSecretKey, appSecretKey, parseAppSecretKey } from './vault';
export { createKeytarVault, KEYCHAIN_SERVICE, keychainHelp } from './keytar-vault';
export { createMemoryVault } from './memory-vault';
export { createScrubber, scrubSecrets, secretForms, REDACTED, type Scrubber } from './scrub';
