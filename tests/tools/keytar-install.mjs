// keytar is an optional dependency: on a machine without libsecret-1-dev, `npm install`
// succeeds without it. Once the system packages are in place, this builds it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const loads = () => spawnSync(process.execPath, ['-e', "require('keytar')"], { encoding: 'utf8' });

export function ensureKeytar({ log = console.log } = {}) {
  const probe = loads();
  if (probe.status === 0) return;
  const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).optionalDependencies.keytar;
  const missing = /Cannot find module 'keytar'/.test(probe.stderr);
  log(missing ? `keytar is not installed; installing keytar@${version}` : 'keytar does not load; rebuilding it');
  const args = missing ? ['install', '--no-save', `keytar@${version}`] : ['rebuild', 'keytar'];
  const r = spawnSync('npm', args, { stdio: 'inherit' });
  const after = loads();
  if (r.status !== 0 || after.status !== 0) {
    throw new Error(
      `keytar (the OS keychain binding) could not be built: ${after.stderr.split('\n').find((l) => l.trim()) ?? ''}\n` +
        'It needs libsecret-1-dev and a C++ toolchain (apt-get install libsecret-1-dev g++ make python3).',
    );
  }
}
