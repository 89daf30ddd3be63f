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

/** The installed Electron binary, downloading it first (Electron's own installer) when missing. */
export function ensureElectronBinary({ log = console.log } = {}) {
  let bin = electronBinaryPath();
  if (bin) return bin;
  log(`Downloading the Electron ${electronVersion()} binary (first launch)…`);
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron', 'install.js')], { stdio: 'inherit', timeout: 180_000 });
  bin = electronBinaryPath();
  return bin;
}

/** What to tell the user when the Electron binary is missing and could not be downloaded. */
export const electronMissingHelp = (command) =>
  `the Electron ${electronVersion()} binary (${process.platform}-${process.arch}) is not installed and could not be downloaded.\n` +
  'Electron fetches it from its GitHub releases on first use. To use another source:\n' +
  `  ELECTRON_MIRROR=<mirror url>/ ${command}            (a mirror of the Electron releases)\n` +
  `  ELECTRON_OVERRIDE_DIST_PATH=<folder with electron> ${command}   (an Electron you already have)`;

export const rebuildHelp = (err) =>
  `the native modules (better-sqlite3, keytar) could not be rebuilt for Electron: ${err.message}.\n` +
  "This needs Electron's headers (downloaded from electronjs.org) and a C++ toolchain; keytar also needs libsecret-1-dev on Linux.";

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
