// The OS keychain through keytar (libsecret on Linux, Keychain on macOS, Credential Manager on
// Windows). Every call has its own timeout: a D-Bus auto-start can hang for 25 s.
import { AppError } from '../../../shared/errors';
import type { Vault } from './vault';

export const KEYCHAIN_SERVICE = 'inboxfleet';

type Keytar = {
  setPassword(service: string, account: string, password: string): Promise<void>;
  getPassword(service: string, account: string): Promise<string | null>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
};

const LINUX_HELP =
  'On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) and libsecret ' +
  '(Debian/Ubuntu: apt-get install gnome-keyring libsecret-1-0), then restart Inboxfleet.';

export function keychainHelp(detail: string): string {
  const help = process.platform === 'linux' ? LINUX_HELP : 'Make sure the system keychain is unlocked.';
  return `The system keychain is not available (${detail}). Passwords are never stored anywhere else. ${help}`;
}

async function loadKeytar(): Promise<Keytar> {
  try {
    // keytar is an optional native dependency: load it lazily so its absence is a clear error.
    const mod = (await import('keytar')) as unknown as Keytar & { default?: Keytar };
    return mod.default ?? mod;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new AppError(
      'keychain_unavailable',
      keychainHelp(
        `the keytar module could not be loaded: ${why}; build it with libsecret-1-dev installed (apt-get install libsecret-1-dev, then npm rebuild keytar)`,
      ),
    );
  }
}

export interface KeytarVaultOptions {
  service?: string;
  timeoutMs?: number;
  /**
   * For a listing of every entry, which reads each entry's secret too (keytar's findCredentials):
   * ~3.4 ms an entry on gnome-keyring, over 30 s at 10,000 inboxes. Only the start-up pass lists,
   * in the background, so the bound is generous. Default 10 minutes.
   */
  listTimeoutMs?: number;
}

/** A key never stored: looking it up proves the keychain answers, at the cost of one search. */
const PROBE_KEY = 'inboxfleet-probe:reachable';

export function createKeytarVault(opts: KeytarVaultOptions = {}): Vault {
  const service = opts.service ?? KEYCHAIN_SERVICE;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const listTimeoutMs = Math.max(timeoutMs, opts.listTimeoutMs ?? 600_000);
  let keytar: Keytar | null = null;

  async function call<T>(what: string, fn: (k: Keytar) => Promise<T>, ms = timeoutMs): Promise<T> {
    keytar ??= await loadKeytar();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AppError('keychain_unavailable', keychainHelp(`no answer to ${what} within ${ms / 1000} s`))),
        ms,
      );
    });
    try {
      return await Promise.race([fn(keytar), timeout]);
    } catch (err) {
      if (err instanceof AppError) throw err;
      // keytar's messages name the D-Bus problem, never the secret.
      const detail = err instanceof Error ? err.message.split('\n')[0]!.slice(0, 300) : String(err);
      throw new AppError('keychain_unavailable', keychainHelp(detail));
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    set: (key, secret) => call('a save', (k) => k.setPassword(service, key, secret)),
    get: (key) => call('a read', (k) => k.getPassword(service, key)),
    delete: (key) => call('a delete', (k) => k.deletePassword(service, key)),
    keys: () => call('a listing', async (k) => (await k.findCredentials(service)).map((c) => c.account), listTimeoutMs),
    check: async () => {
      try {
        // Not a listing: that reads every secret, tens of seconds at 10,000 inboxes.
        await call('a lookup', (k) => k.getPassword(service, PROBE_KEY));
        return null;
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    },
  };
}
