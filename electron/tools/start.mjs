// `npm start`: make sure the Electron binary exists (it downloads on first launch), rebuild the
// native modules for Electron, build, and open the app. Says clearly what is missing otherwise.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronMissingHelp, ensureElectronBinary, rebuildForElectron, rebuildHelp, ROOT } from './native-abi.mjs';

function fail(message) {
  console.error(`\nInboxfleet cannot start: ${message}\n`);
  process.exit(1);
}

const bin = ensureElectronBinary();
if (!bin) fail(`${electronMissingHelp('npm start')}\n\`npm test\` does not need Electron: it runs core under Node and the UI in Chromium.`);

try {
  rebuildForElectron();
} catch (err) {
  fail(rebuildHelp(err));
}

const build = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above).');

const run = spawnSync(bin, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(run.status ?? 1);
