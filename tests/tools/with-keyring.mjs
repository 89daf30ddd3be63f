// Runs a command inside a private D-Bus session with an unlocked gnome-keyring, its data in a
// temp folder, so tests use a real keychain without touching the user's own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function runWithKeyring(cmd, args, { env = process.env } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'inboxfleet-keyring-'));
  const xdg = Object.fromEntries(
    ['XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR'].map((k) => {
      const dir = path.join(root, k.toLowerCase());
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      return [k, dir];
    }),
  );
  const script =
    'eval "$(printf %s inboxfleet-test | gnome-keyring-daemon --unlock --components=secrets)" && ' +
    'export GNOME_KEYRING_CONTROL && exec "$@"';
  try {
    const r = spawnSync('dbus-run-session', ['--', 'sh', '-c', script, 'sh', cmd, ...args], {
      stdio: 'inherit',
      env: { ...env, ...xdg, DISPLAY: '' },
    });
    if (r.error) throw r.error;
    return r.status ?? 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error('usage: node tests/tools/with-keyring.mjs <command> [args…]');
    process.exit(2);
  }
  process.exit(runWithKeyring(cmd, args));
}
