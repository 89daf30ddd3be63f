// The one entry that builds core: store, vault and handlers, composed from what the caller passes.
import type { Handlers } from '../../shared/contract';
import { accountsHandlers, reconcileSecrets } from './accounts/index';
import { clientsHandlers } from './clients/index';
import { systemClock, type Clock } from './clock';
import { createInvoke, type Invoke } from './dispatch';
import { createEvents, type CoreEvents } from './events';
import { silentLogger, type Logger } from './log';
import { openStore } from './store/index';
import type { Vault } from './vault/index';

export interface CoreOptions {
  dataDir: string;
  vault: Vault;
  clock?: Clock;
  log?: Logger;
  appVersion?: string;
}

export interface Core {
  handlers: Handlers;
  invoke: Invoke;
  events: Pick<CoreEvents, 'on'>;
  close(): Promise<void>;
}

export async function openCore(opts: CoreOptions): Promise<Core> {
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? silentLogger;
  const store = await openStore(opts.dataDir);
  const events = createEvents();
  const { db } = store;
  const deps = { db, vault: opts.vault, clock, events, log };

  try {
    await reconcileSecrets(db, opts.vault, log);
  } catch (err) {
    // The app still opens without a keychain; saving a password will say what is missing.
    log.warn('keychain reconcile skipped', { reason: err instanceof Error ? err.message : String(err) });
  }

  const handlers = {
    'app.info': async () => {
      const problem = await opts.vault.check();
      return {
        version: opts.appVersion ?? '0.0.0-dev',
        data_dir: opts.dataDir,
        database_path: store.file,
        keychain: { available: problem === null, message: problem },
      };
    },
    ...accountsHandlers(deps),
    ...clientsHandlers(deps),
  } satisfies Handlers;

  return { handlers, invoke: createInvoke(handlers, log), events, close: () => store.close() };
}

export type { Vault } from './vault/index';
export { createKeytarVault, createMemoryVault } from './vault/index';
export { createConsoleLogger, type Logger } from './log';
