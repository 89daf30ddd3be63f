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
}

export function createKeytarVault(opts: KeytarVaultOptions = {}): Vault {
  const service = opts.service ?? KEYCHAIN_SERVICE;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  let keytar: Keytar | null = null;

  async function call<T>(what: string, fn: (k: Keytar) => Promise<T>): Promise<T> {
    keytar ??= await loadKeytar();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AppError('keychain_unavailable', keychainHelp(`no answer to ${what} within ${timeoutMs / 1000} s`))),
        timeoutMs,
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
    keys: () => call('a listing', async (k) => (await k.findCredentials(service)).map((c) => c.account)),
    check: async () => {
      try {
        await call('a listing', (k) => k.findCredentials(service));
        return null;
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    },
  };
}
