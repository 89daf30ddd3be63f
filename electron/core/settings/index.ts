// User settings (timeouts, concurrency, DNS servers): one JSON row per key over the defaults.
// A saved value this version cannot use (damaged, out of range, a DNS server Node would abort
// on) is never applied: the default is used instead and Settings shows a warning until the user
// saves a good value.
import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, type Settings, type SettingsView, type SettingWarning } from '../../../shared/connection';
import type { Handlers, ParsedInputOf } from '../../../shared/contract';
import { dnsServerProblem, settingsUpdateSchema } from '../../../shared/validation';
import type { Database } from '../store/index';

export interface SettingsStore {
  /** Current settings; cached, so hot paths (every probe) can read it freely. */
  current(): Settings;
  /** Saved values that were set aside at start, until the user saves that setting again. */
  warnings(): SettingWarning[];
  update(patch: ParsedInputOf<'settings.update'>): Promise<Settings>;
}

type Key = keyof Settings;
const isKey = (k: string): k is Key => Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, k);

/** The usable value of one saved setting, or a warning and the default. */
export function loadSetting(key: Key, raw: string): { value: unknown; warning?: SettingWarning } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw) as unknown;
  } catch {
    return { value: DEFAULT_SETTINGS[key], warning: { field: key, message: `The saved ${key} is damaged; the default is used` } };
  }
  if (key === 'dns_servers' && Array.isArray(parsed)) {
    // Keep the servers that are valid; one bad entry must not take the user's resolvers away.
    const bad = parsed.filter((v) => typeof v !== 'string' || dnsServerProblem(v.trim()) !== null);
    const good = parsed.filter((v): v is string => typeof v === 'string' && dnsServerProblem(v.trim()) === null).map((v) => v.trim()).slice(0, 8);
    if (bad.length === 0) return { value: good };
    const what = bad.map((v) => JSON.stringify(v)).join(', ');
    const using = good.length ? `only ${good.join(', ')} ${good.length === 1 ? 'is' : 'are'} used` : "the system's DNS servers are used";
    return { value: good, warning: { field: key, message: `Saved DNS server ${what} is not a valid IP address with an optional port 1–65535, so it is ignored and ${using}. Correct the DNS servers and save.` } };
  }
  const check = settingsUpdateSchema.shape[key].safeParse(parsed);
  if (!check.success || check.data === undefined) {
    const why = check.success ? 'missing' : (check.error.issues[0]?.message ?? 'invalid');
    return { value: DEFAULT_SETTINGS[key], warning: { field: key, message: `The saved ${key} cannot be used (${why}); the default ${JSON.stringify(DEFAULT_SETTINGS[key])} is used` } };
  }
  return { value: check.data };
}

export async function openSettings(db: Kysely<Database>): Promise<SettingsStore> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let warnings: SettingWarning[] = [];
  for (const row of rows) {
    if (!isKey(row.key)) continue;
    const { value, warning } = loadSetting(row.key, row.value);
    settings = { ...settings, [row.key]: value };
    if (warning) warnings.push(warning);
  }
  return {
    current: () => settings,
    warnings: () => warnings,
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
      warnings = warnings.filter((w) => !entries.some(([k]) => k === w.field));
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

const view = (settings: SettingsStore): SettingsView => ({ ...settings.current(), warnings: settings.warnings() });

export const settingsHandlers = (settings: SettingsStore): Pick<Handlers, 'settings.get' | 'settings.update'> => ({
  'settings.get': async () => view(settings),
  'settings.update': async (patch) => {
    await settings.update(patch);
    return view(settings);
  },
});
