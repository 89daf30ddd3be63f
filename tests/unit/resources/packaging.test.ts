// resources/: the icons are exactly what the SVG sources render to (so they can be regenerated
// and reviewed), in the sizes and containers each platform wants; the electron-builder config
// passes electron-builder's own schema; `npm run dist` says what is missing where it cannot run.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { electronBinaryPath } from '../../../electron/tools/native-abi.mjs';
import { tempDir } from '../../fixtures/core';

const RES = path.resolve('resources');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
const pngSize = (b: Buffer) => {
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe('resources', () => {
  it('the committed icons are what `npm run icons` renders from the SVG sources, byte for byte', () => {
    const tmp = tempDir();
    try {
      execFileSync(process.execPath, [path.join(RES, 'build-icons.mjs'), tmp.dir]);
      const made = files(tmp.dir).sort();
      expect(made).toEqual(expect.arrayContaining(['icon.icns', 'icon.ico', 'icons/16x16.png', 'icons/1024x1024.png', 'tray/tray.png', 'tray/tray@2x.png', 'tray/badge.png']));
      for (const f of made) expect(readFileSync(path.join(RES, f)).equals(readFileSync(path.join(tmp.dir, f))), `${f} is out of date: run npm run icons`).toBe(true);
    } finally {
      tmp.remove();
    }
  });

  it('PNGs have their named sizes; the ICO holds 16–256 px and the ICNS 16–1024 px as PNG', () => {
    for (const f of readdirSync(path.join(RES, 'icons'))) {
      const n = Number(f.split('x')[0]);
      expect(pngSize(readFileSync(path.join(RES, 'icons', f)))).toEqual([n, n]);
    }
    expect(pngSize(readFileSync(path.join(RES, 'tray/tray@2x.png')))).toEqual([32, 32]);
    const ico = readFileSync(path.join(RES, 'icon.ico'));
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const icns = readFileSync(path.join(RES, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let o = 8; o < icns.length; o += icns.readUInt32BE(o + 4)) types.push(icns.subarray(o, o + 4).toString('ascii'));
    expect(types).toEqual(['icp4', 'icp5', 'icp6', 'ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14']);
  });

  it("the electron-builder config passes electron-builder's schema and builds AppImage, deb, dmg and nsis from existing files", async () => {
    const config = YAML.parse(readFileSync(path.join(RES, 'electron-builder.yml'), 'utf8')) as Record<string, { target?: unknown; icon?: string }>;
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as { validateConfiguration(c: unknown, l: unknown): Promise<void> };
    const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), linux: { bogus: 1 } }, new DebugLogger(false))).rejects.toThrow(/configuration/);
    expect([config.linux!.target, config.mac!.target, config.win!.target]).toEqual([['AppImage', 'deb'], 'dmg', 'nsis']);
    for (const p of [config.linux!.icon, config.mac!.icon, config.win!.icon]) expect(readdirSync(path.dirname(path.resolve(p!)))).toContain(path.basename(p!));
    // Importing electron-builder's validator (hundreds of modules) takes 1–2 s on an idle machine
    // and over 5 s (vitest's default) on a loaded one; this is a schema check, not a timing one.
  }, 60_000);

  it('`npm run dist -- --check` says exactly what is missing when Electron cannot be downloaded (here: a closed loopback mirror)', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const r = spawnSync(process.execPath, ['electron/tools/dist.mjs', '--check'], { env, encoding: 'utf8', timeout: 120_000 });
    if (electronBinaryPath()) {
      expect(r.stdout).toMatch(/Ready to package with Electron/);
      return;
    }
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Inboxfleet cannot be packaged: the Electron');
    expect(r.stderr).toContain('ELECTRON_MIRROR=<mirror url>/ npm run dist');
    expect(r.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=<folder with electron> npm run dist');
  });
});
