// `npm start`: make sure the Electron binary exists (it downloads on first launch), rebuild the
// native modules for Electron, build, and open the app. Says clearly what is missing otherwise.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinaryPath, electronVersion, rebuildForElectron, ROOT } from './native-abi.mjs';

function fail(message) {
  console.error(`\nInboxfleet cannot start: ${message}\n`);
  process.exit(1);
}

let bin = electronBinaryPath();
if (!bin) {
  console.log(`Downloading the Electron ${electronVersion()} binary (first launch)…`);
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron', 'install.js')], { stdio: 'inherit', timeout: 180_000 });
  bin = electronBinaryPath();
}
if (!bin) {
  fail(
    `the Electron ${electronVersion()} binary is not installed and could not be downloaded.\n` +
      'Electron fetches it from its GitHub releases on first launch. To use another source:\n' +
      '  ELECTRON_MIRROR=<mirror url>/ npm start            (a mirror of the Electron releases)\n' +
      '  ELECTRON_OVERRIDE_DIST_PATH=<folder with electron> npm start   (an Electron you already have)\n' +
      '`npm test` does not need Electron: it runs core under Node and the UI in Chromium.',
  );
}

try {
  rebuildForElectron();
} catch (err) {
  fail(
    `the native modules (better-sqlite3, keytar) could not be rebuilt for Electron: ${err.message}.\n` +
      "This needs Electron's headers (downloaded from electronjs.org) and a C++ toolchain; keytar also needs libsecret-1-dev on Linux.",
  );
}

const build = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above).');

const run = spawnSync(bin, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(run.status ?? 1);
