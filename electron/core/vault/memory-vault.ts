import type { Vault } from './vault';

/** In-memory vault for unit tests only; the app always uses the OS keychain. */
export function createMemoryVault(): Vault & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    set: async (k, s) => void entries.set(k, s),
    get: async (k) => entries.get(k) ?? null,
    delete: async (k) => entries.delete(k),
    keys: async () => [...entries.keys()],
    check: async () => null,
  };
}
