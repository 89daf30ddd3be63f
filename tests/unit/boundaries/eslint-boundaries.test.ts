// The process split is enforced by lint; this proves each rule fires (and allows what it should).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const restricted = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
};

describe('process boundaries', () => {
  it.each([
    ['electron/core/x.ts', "import { app } from 'electron'; export const a = app;"],
    ['shared/x.ts', "import fs from 'node:fs'; export const a = fs;"],
    ['renderer/src/x.ts', "import fs from 'node:fs'; export const a = fs;"],
    ['renderer/src/x.ts', "import { openCore } from '../../electron/core/index'; export const a = openCore;"],
    ['electron/main/window.ts', "import { ipcMain } from 'electron'; export const a = ipcMain;"],
    ['electron/main/ipc.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;"],
    ['electron/preload/index.ts', "import { ipcMain } from 'electron'; export const a = ipcMain;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(1);
  });

  it.each([
    ['renderer/src/x.ts', "import type { Core } from '../../electron/core/index'; export type A = Core;"],
    ['electron/main/ipc.ts', "import { ipcMain } from 'electron'; export const a = ipcMain;"],
    ['electron/preload/index.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;"],
    ['electron/core/x.ts', "import fs from 'node:fs'; export const a = fs;"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toBe(0);
  });
});
