// Renders the app's icons from the SVG sources beside this file, reproducibly (resvg is a
// deterministic renderer; ICO and ICNS are written here from its PNGs): `npm run icons`.
//   icons/NxN.png   window, notifications, Linux packages (electron-builder reads the folder)
//   icon.ico        Windows (nsis), icon.icns macOS (dmg)
//   tray/           tray icon (+@2x) and the Windows taskbar overlay badge (+@2x)
// A unit test renders again into a temp folder and compares bytes with the committed files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS types holding PNG data, by pixel size.
const ICNS_TYPES = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];

const render = (svg, size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng());

function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

export function buildIcons(outDir = HERE) {
  const icon = readFileSync(path.join(HERE, 'icon.svg'), 'utf8');
  const badge = readFileSync(path.join(HERE, 'badge.svg'), 'utf8');
  const png = new Map(SIZES.map((s) => [s, render(icon, s)]));
  const files = {};
  for (const [s, data] of png) files[`icons/${s}x${s}.png`] = data;
  files['icon.ico'] = ico(ICO_SIZES.map((size) => ({ size, data: png.get(size) })));
  files['icon.icns'] = icns(ICNS_TYPES.map(([type, size]) => ({ type, data: png.get(size) })));
  files['tray/tray.png'] = png.get(16);
  files['tray/tray@2x.png'] = png.get(32);
  files['tray/badge.png'] = render(badge, 16);
  files['tray/badge@2x.png'] = render(badge, 32);
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    writeFileSync(path.join(outDir, rel), data);
  }
  return Object.keys(files);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : HERE;
  console.log(`wrote ${buildIcons(out).length} files to ${out}`);
}
