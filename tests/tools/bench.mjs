// `npm run bench [-- name …]`: runs the benches in tests/bench/ (all, or the files whose names
// contain one of the given words) one file at a time inside a private keychain session (the
// import bench writes to a real keychain), then prints ONE table of every figure beside its
// target and writes it to test-results/bench.json. Never part of `npm test`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { ensureSystemDeps } from './system-deps.mjs';
import { runWithKeyring } from './with-keyring.mjs';
import { ensureNodeAbi } from '../../electron/tools/native-abi.mjs';

const FIGURES = 'test-results/bench-figures.jsonl';
const OUT = 'test-results/bench.json';

ensureSystemDeps();
ensureNodeAbi();
mkdirSync('test-results', { recursive: true });
rmSync(FIGURES, { force: true });

const filters = process.argv.slice(2);
const status = runWithKeyring('node_modules/.bin/vitest', ['run', '--project', 'bench', '--reporter=dot', ...filters]);

const figures = existsSync(FIGURES)
  ? readFileSync(FIGURES, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [];

const OPS = { '<': (a, b) => a < b, '<=': (a, b) => a <= b, '=': (a, b) => a === b, '>=': (a, b) => a >= b };
const fmt = (v) => {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
};
const rows = figures.map((f) => ({
  bench: f.bench,
  figure: f.name,
  value: `${fmt(f.value)} ${f.unit}`.trim(),
  target: f.target ? `${f.target.op} ${fmt(f.target.value)} ${f.unit}`.trim() : '',
  met: f.target ? (OPS[f.target.op](f.value, f.target.value) ? 'yes' : 'NO') : '',
}));

const cols = ['bench', 'figure', 'value', 'target', 'met'];
const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => r[c].length))]));
const line = (r) => cols.map((c) => (c === 'value' || c === 'target' ? r[c].padStart(width[c]) : r[c].padEnd(width[c]))).join('  ');
console.log(`\n${line(Object.fromEntries(cols.map((c) => [c, c])))}`);
console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
let last = '';
for (const r of rows) {
  console.log(line({ ...r, bench: r.bench === last ? '' : r.bench }));
  last = r.bench;
}
const notes = figures.filter((f) => f.note);
if (notes.length) {
  console.log('\nnotes:');
  for (const f of notes) console.log(`  ${f.bench} / ${f.name}: ${f.note}`);
}

writeFileSync(
  OUT,
  `${JSON.stringify({
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    figures: figures.map((f) => ({ ...f, met: f.target ? OPS[f.target.op](f.value, f.target.value) : null })),
  }, null, 2)}\n`,
);
console.log(`\n${figures.length} figures written to ${OUT}`);
process.exit(status);
