// `npm run dist`: installers for the platform this runs on (Linux: AppImage and deb; macOS: dmg;
// Windows: nsis) with electron-builder and resources/electron-builder.yml. Like `npm start` it
// needs the Electron binary, and says clearly what is missing where it cannot be had.
// `npm run dist -- --check` only reports whether everything needed is there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronMissingHelp, electronVersion, ensureElectronBinary, rebuildForElectron, rebuildHelp, ROOT } from './native-abi.mjs';

const TARGETS = { linux: ['--linux', 'AppImage', 'deb'], darwin: ['--mac', 'dmg'], win32: ['--win', 'nsis'] };
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');

function fail(message) {
  console.error(`\nInboxfleet cannot be packaged: ${message}\n`);
  process.exit(1);
}

const targets = TARGETS[process.platform];
if (!targets) fail(`electron-builder makes installers on Linux, macOS and Windows, not on ${process.platform}.`);
for (const f of ['resources/electron-builder.yml', 'resources/icons/512x512.png', 'resources/icon.icns', 'resources/icon.ico']) {
  if (!existsSync(path.join(ROOT, f))) fail(`${f} is missing: run \`npm run icons\`.`);
}

const bin = ensureElectronBinary();
if (!bin) fail(`${electronMissingHelp('npm run dist')}\nelectron-builder packs that same Electron build into the installers.`);
// The folder holding the binary: electron-builder packs it instead of downloading it again.
const electronDist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(ROOT, 'node_modules', 'electron', 'dist');

if (checkOnly) {
  console.log(`Ready to package with Electron ${electronVersion()} from ${electronDist}: ${targets.slice(1).join(', ')}.`);
  process.exit(0);
}

try {
  rebuildForElectron();
} catch (err) {
  fail(rebuildHelp(err));
}

const run = (cmd, cmdArgs) => spawnSync(path.join(ROOT, 'node_modules', '.bin', cmd), cmdArgs, { cwd: ROOT, encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });
const build = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above).');

const packed = run('electron-builder', ['--config', 'resources/electron-builder.yml', ...targets, '--publish', 'never', `-c.electronDist=${electronDist}`, ...args]);
process.stdout.write(packed.stdout ?? '');
process.stderr.write(packed.stderr ?? '');
if (packed.status !== 0) {
  const out = `${packed.stdout}\n${packed.stderr}`;
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|socket hang up|unable to get local issuer/i.test(out);
  fail(
    offline
      ? 'electron-builder could not download its packaging tools (appimagetool, fpm for deb, NSIS, dmg tools), which it fetches from ' +
          'github.com/electron-userland/electron-builder-binaries on first use and caches (~/.cache/electron-builder).\n' +
          'Point it at a mirror with ELECTRON_BUILDER_BINARIES_MIRROR=<url>/ or copy a filled cache from a machine that has one.'
      : 'electron-builder failed (see above).',
  );
}
console.log(`\nInstallers are in ${path.join(ROOT, 'dist')}. \`npm test\` rebuilds the native modules for Node again by itself.`);
