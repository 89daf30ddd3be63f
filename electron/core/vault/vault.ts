// Where passwords live. The keytar vault is the real one; the memory vault is for unit tests.
export type Protocol = 'smtp' | 'imap';

export interface Vault {
  set(key: string, secret: string): Promise<void>;
  get(key: string): Promise<string | null>;
  /** Resolves true when an entry was removed. */
  delete(key: string): Promise<boolean>;
  /** Every key this app has stored (never the secrets). */
  keys(): Promise<string[]>;
  /** Resolves null when reachable, otherwise what is wrong and what to install. */
  check(): Promise<string | null>;
}

/** Keychain entry name: one per account and protocol. */
export const secretKey = (accountId: string, protocol: Protocol): string => `account:${accountId}:${protocol}`;

export function parseSecretKey(key: string): { accountId: string; protocol: Protocol } | null {
  const m = /^account:([^:]+):(smtp|imap)$/.exec(key);
  return m ? { accountId: m[1]!, protocol: m[2] as Protocol } : null;
}
