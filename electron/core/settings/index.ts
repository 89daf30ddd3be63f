// User settings (timeouts, concurrency, DNS servers): one JSON row per key over the defaults.
import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/connection';
import type { Handlers, ParsedInputOf } from '../../../shared/contract';
import type { Database } from '../store/index';

export interface SettingsStore {
  /** Current settings; cached, so hot paths (every probe) can read it freely. */
  current(): Settings;
  update(patch: ParsedInputOf<'settings.update'>): Promise<Settings>;
}

export async function openSettings(db: Kysely<Database>): Promise<SettingsStore> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (!(row.key in DEFAULT_SETTINGS)) continue;
    try {
      settings = { ...settings, [row.key]: JSON.parse(row.value) as unknown };
    } catch {
      // A damaged value falls back to the default.
    }
  }
  return {
    current: () => settings,
    async update(patch) {
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
      await db.transaction().execute(async (trx) => {
        for (const [key, value] of entries) {
          await trx
            .insertInto('settings')
            .values({ key, value: JSON.stringify(value) })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
            .execute();
        }
      });
      settings = { ...settings, ...Object.fromEntries(entries) };
      return settings;
    },
  };
}

export const probeTimeouts = (s: Settings) => ({
  connectTimeoutMs: s.connect_timeout_ms,
  greetingTimeoutMs: s.greeting_timeout_ms,
  socketTimeoutMs: s.socket_timeout_ms,
  deadlineMs: s.probe_deadline_ms,
});

export const settingsHandlers = (settings: SettingsStore): Pick<Handlers, 'settings.get' | 'settings.update'> => ({
  'settings.get': async () => settings.current(),
  'settings.update': (patch) => settings.update(patch),
});
