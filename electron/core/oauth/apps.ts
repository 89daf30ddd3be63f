// signInApps.*: the agency's own OAuth client per provider (optionally per client). The client
// secret, where the provider issues one, goes to the keychain before the row says it is there,
// and leaves it after; the start-up pass removes what a crash in between left behind.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { OAuthProvider, SignInApp } from '../../../shared/oauth';
import { isoNow, type Clock } from '../clock';
import type { Logger } from '../log';
import { clientsRepo, oauthAppsRepo, type Database, type OAuthAppRow } from '../store/index';
import { appSecretKey, parseAppSecretKey, type Vault } from '../vault/index';
import { PRESETS } from './providers';

export interface AppsDeps {
  db: Kysely<Database>;
  vault: Vault;
  clock: Clock;
  log: Logger;
}

type AppHandlers = Pick<Handlers, 'signInApps.list' | 'signInApps.save' | 'signInApps.delete'>;

const isScopeViolation = (err: unknown) => err instanceof Error && /UNIQUE constraint failed: index 'oauth_apps_scope'|oauth_apps\.provider/.test(err.message);

/** Why an app (or the client owning it) cannot be deleted yet: `n` inboxes sign in through it. */
export function appInUseMessage(n: number, app: string): string {
  return `${n} inbox${n === 1 ? '' : 'es'} sign${n === 1 ? 's' : ''} in through ${app}: sign ${n === 1 ? 'it' : 'them'} in with another app or delete ${n === 1 ? 'it' : 'them'} first`;
}

export function signInAppsHandlers({ db, vault, clock, log }: AppsDeps): AppHandlers {
  const mustGet = async (id: string): Promise<SignInApp> => {
    const app = await oauthAppsRepo.getApp(db, id);
    if (!app) throw new AppError('not_found', 'That sign-in app no longer exists', { field: 'id' });
    return app;
  };

  const duplicate = (provider: OAuthProvider, clientName: string | null) =>
    new AppError('duplicate', `There is already a ${PRESETS[provider].name} sign-in app ${clientName ? `for ${clientName}` : 'for all clients'}`, {
      field: 'agency_client_id',
      fields: { agency_client_id: 'one app per provider and client' },
    });

  return {
    'signInApps.list': () => oauthAppsRepo.listApps(db),

    'signInApps.save': async (input) => {
      const client = input.agency_client_id ? await clientsRepo.getClient(db, input.agency_client_id) : null;
      if (input.agency_client_id && !client) {
        throw new AppError('not_found', 'That client does not exist', { field: 'agency_client_id', fields: { agency_client_id: 'client not found' } });
      }
      const now = isoNow(clock);
      const label = input.label ?? `${PRESETS[input.provider].name}${client ? ` — ${client.name}` : ''}`;
      const fields = {
        provider: input.provider, label, client_id: input.client_id,
        tenant: input.provider === 'microsoft' ? (input.tenant ?? null) : null,
        issuer: input.issuer ?? null, agency_client_id: input.agency_client_id, updated_at: now,
      };

      if (input.id === undefined) {
        const id = randomUUID();
        const withSecret = typeof input.client_secret === 'string';
        if (withSecret) await vault.set(appSecretKey(id), input.client_secret as string);
        try {
          await oauthAppsRepo.insertApp(db, { id, ...fields, secret_stored: withSecret ? 1 : 0, created_at: now });
        } catch (err) {
          if (withSecret) await vault.delete(appSecretKey(id)).catch(() => false);
          if (isScopeViolation(err)) throw duplicate(input.provider, client?.name ?? null);
          throw err;
        }
        log.info('sign-in app added', { id, provider: input.provider });
        return mustGet(id);
      }

      const current = await mustGet(input.id);
      if (current.provider !== input.provider) {
        throw new AppError('invalid_input', 'A sign-in app cannot change provider: add a new one', { field: 'provider', fields: { provider: 'cannot change' } });
      }
      const patch: Partial<OAuthAppRow> = { ...fields };
      if (typeof input.client_secret === 'string') {
        await vault.set(appSecretKey(current.id), input.client_secret);
        patch.secret_stored = 1;
      } else if (input.client_secret === null) patch.secret_stored = 0;
      try {
        await oauthAppsRepo.updateApp(db, current.id, patch);
      } catch (err) {
        if (isScopeViolation(err)) throw duplicate(input.provider, client?.name ?? null);
        throw err;
      }
      if (input.client_secret === null) await vault.delete(appSecretKey(current.id)).catch(() => false);
      return mustGet(current.id);
    },

    'signInApps.delete': async ({ id }) => {
      const app = await mustGet(id);
      if (app.account_count > 0) throw new AppError('invalid_input', appInUseMessage(app.account_count, 'this app'), { field: 'id' });
      await oauthAppsRepo.deleteApp(db, id);
      await vault.delete(appSecretKey(id)).catch(() => false);
      return { deleted: true as const };
    },
  };
}

/** The app to sign in with: the one asked for, else the client's, else the provider's for everyone. */
export async function resolveApp(db: Kysely<Database>, provider: OAuthProvider, agencyClientId: string | null, explicitId?: string): Promise<OAuthAppRow> {
  const app = explicitId ? await oauthAppsRepo.getAppRow(db, explicitId) : await oauthAppsRepo.appFor(db, provider, agencyClientId);
  if (explicitId && !app) throw new AppError('not_found', 'That sign-in app no longer exists', { field: 'app_id' });
  if (!app) {
    const name = PRESETS[provider].name;
    throw new AppError('invalid_input', `No ${name} sign-in app yet: add your organisation's ${name} app in Settings → Sign-in apps (three steps)`, { field: 'provider' });
  }
  if (app.provider !== provider) throw new AppError('invalid_input', `That sign-in app is for ${PRESETS[app.provider as OAuthProvider].name}`, { field: 'app_id' });
  return app;
}

/**
 * Start-up pass: secrets of apps that no longer exist go; flags follow what the keychain holds.
 * It runs in the background, so each candidate from the listing is looked at again before acting.
 */
export async function reconcileAppSecrets(db: Kysely<Database>, vault: Vault, keys: readonly string[], log: Logger): Promise<void> {
  const rows = await oauthAppsRepo.appSecretFlags(db);
  const ids = new Set(rows.map((r) => r.id));
  const held = new Set(keys.map(parseAppSecretKey).filter((id): id is string => id !== null));
  let changed = 0;
  for (const id of held) {
    if (!ids.has(id) && !(await oauthAppsRepo.getAppRow(db, id))) {
      await vault.delete(appSecretKey(id));
      changed++;
    }
  }
  for (const row of rows) {
    if ((held.has(row.id) ? 1 : 0) === row.secret_stored) continue;
    const now = await oauthAppsRepo.getAppRow(db, row.id);
    const stored = (await vault.get(appSecretKey(row.id))) !== null ? 1 : 0;
    if (now && stored !== now.secret_stored) {
      await oauthAppsRepo.updateApp(db, row.id, { secret_stored: stored });
      changed++;
    }
  }
  if (changed) log.warn('sign-in app secrets reconciled', { changed });
}
