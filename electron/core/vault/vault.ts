// Where passwords and tokens live. The keytar vault is the real one; the memory vault is for unit tests.
export type Protocol = 'smtp' | 'imap';
/** What an account keeps in the keychain: a password per protocol, or its OAuth refresh token. */
export type SecretKind = Protocol | 'oauth';

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

/** Keychain entry name: one per account and protocol (or `oauth` for its refresh token). */
export const secretKey = (accountId: string, kind: SecretKind): string => `account:${accountId}:${kind}`;

export function parseSecretKey(key: string): { accountId: string; protocol: SecretKind } | null {
  const m = /^account:([^:]+):(smtp|imap|oauth)$/.exec(key);
  return m ? { accountId: m[1]!, protocol: m[2] as SecretKind } : null;
}

/** Keychain entry of a sign-in app's client secret. */
export const appSecretKey = (appId: string): string => `oauth-app:${appId}:secret`;

export function parseAppSecretKey(key: string): string | null {
  return /^oauth-app:([^:]+):secret$/.exec(key)?.[1] ?? null;
}
