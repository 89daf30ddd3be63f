// What every part of core that talks to mail servers needs: storage, secrets, time, events,
// logging, the settings (timeouts), the shared per-host limiter, the TLS trust environment and
// the logins (keychain passwords or OAuth access tokens).
import type { Kysely } from 'kysely';
import type { Clock } from './clock';
import type { CoreEvents } from './events';
import type { Limiter } from './jobs/index';
import type { Logger } from './log';
import type { Credentials } from './oauth/index';
import type { ProbeEnv } from './probe/trust';
import type { SettingsStore } from './settings/index';
import type { Database } from './store/index';
import type { Vault } from './vault/index';

export interface MailContext {
  db: Kysely<Database>;
  vault: Vault;
  clock: Clock;
  events: CoreEvents;
  log: Logger;
  settings: SettingsStore;
  limiter: Limiter;
  probeEnv: ProbeEnv;
  credentials: Credentials;
}
