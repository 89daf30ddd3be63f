// Native modules (better-sqlite3, keytar) are compiled for one ABI at a time: Node's for
// `npm test`, Electron's for `npm start`. These helpers switch between the two.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NATIVE = ['better-sqlite3', 'keytar'];
const installed = (name) => existsSync(path.join(ROOT, 'node_modules', name, 'package.json'));

/** Where the Electron binary is, or null; never triggers electron's own download. */
export function electronBinaryPath() {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const rel = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const bin = path.join(base, rel);
  return existsSync(bin) ? bin : null;
}

export const electronVersion = () =>
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

// Loading is the only real test of the ABI: better-sqlite3 opens its binding lazily.
const PROBE = {
  'better-sqlite3': "new (require('better-sqlite3'))(':memory:').close()",
  keytar: "require('keytar')",
};

function loadsInNode(name) {
  const r = spawnSync(process.execPath, ['-e', PROBE[name]], { cwd: ROOT, encoding: 'utf8' });
  return { ok: r.status === 0, abiMismatch: /NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(r.stderr ?? '') };
}

function npmRebuild(names, env) {
  const r = spawnSync('npm', ['rebuild', ...names], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`npm rebuild ${names.join(' ')} failed (exit ${r.status})`);
}

/** Rebuilds for this Node any native module last built for Electron. */
export function ensureNodeAbi({ log = console.log } = {}) {
  const stale = NATIVE.filter((n) => installed(n) && loadsInNode(n).abiMismatch);
  if (stale.length === 0) return;
  log(`Rebuilding ${stale.join(', ')} for Node ${process.version} (they were built for Electron)`);
  npmRebuild(stale, {});
  const still = stale.filter((n) => !loadsInNode(n).ok);
  if (still.length) throw new Error(`${still.join(', ')} still do not load in Node after a rebuild`);
}

/** Rebuilds the native modules for the installed Electron's ABI (needs Electron's headers). */
export function rebuildForElectron({ log = console.log } = {}) {
  const target = electronVersion();
  const names = NATIVE.filter(installed);
  log(`Rebuilding ${names.join(', ')} for Electron ${target}`);
  npmRebuild(names, {
    npm_config_runtime: 'electron',
    npm_config_target: target,
    npm_config_disturl: 'https://electronjs.org/headers',
    // ~/.npmrc may pin nodedir to Node's own headers, which are wrong for Electron.
    npm_config_nodedir: '',
    npm_config_build_from_source: 'true',
  });
}
