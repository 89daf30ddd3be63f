// `npm test`: system packages, native modules, types, lint, unit, build, then integration and
// e2e inside a private keychain session. Stops at the first failing stage and ends with one
// summary line of all test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystemDeps } from './system-deps.mjs';
import { ensureKeytar } from './keytar-install.mjs';
import { runWithKeyring } from './with-keyring.mjs';
import { ensureNodeAbi } from '../../electron/tools/native-abi.mjs';

const RESULTS = 'test-results';
const bin = (name) => `node_modules/.bin/${name}`;

function stage(name, fn) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  let ok;
  try {
    const r = fn();
    ok = r === undefined || r === 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    ok = false;
  }
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) {
    summary();
    process.exit(1);
  }
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

const counts = { passed: 0, failed: 0, skipped: 0 };
function addVitest(file) {
  if (!existsSync(file)) return;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += j.numPassedTests;
  counts.failed += j.numFailedTests;
  counts.skipped += j.numPendingTests + (j.numTodoTests ?? 0);
}
function addPlaywright(file) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  counts.passed += s.expected + s.flaky;
  counts.failed += s.unexpected;
  counts.skipped += s.skipped;
}
function summary() {
  addVitest(`${RESULTS}/vitest-unit.json`);
  addVitest(`${RESULTS}/vitest-integration.json`);
  addPlaywright(`${RESULTS}/playwright.json`);
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

stage('system packages', () => ensureSystemDeps());
stage('native modules for Node', () => {
  ensureKeytar();
  ensureNodeAbi();
});
stage('typecheck', () =>
  ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json'].reduce((rc, p) => rc || run(bin('tsc'), ['-p', p]), 0),
);
stage('lint', () => run(bin('eslint'), ['.']));
const vitest = (project) => [
  'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/vitest-${project}.json`,
];
stage('unit tests', () => run(bin('vitest'), vitest('unit')));
stage('build', () => run(bin('electron-vite'), ['build']));
stage('integration tests (real keychain, SQLite)', () => runWithKeyring(bin('vitest'), vitest('integration')));
stage('e2e tests (Playwright)', () =>
  runWithKeyring(bin('playwright'), ['test'], { env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/playwright.json` } }),
);
summary();
