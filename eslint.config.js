// Process boundaries are enforced here, not hoped for.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (paths, patterns = []) => ['error', { paths, patterns }];
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'net', 'http', 'https', 'tls', 'dns', 'url', 'module', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '*.config.{ts,js}', 'electron/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Core runs under plain Node: never electron.
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ name: 'electron', message: 'core must run under Node: no electron imports' }]) },
  },
  {
    // Shared code runs in both processes: no Node, no Electron, no DOM libraries.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: 'shared/ must not import electron' }, { name: 'react', message: 'shared/ must not import react' }],
        [{ group: ['node:*', ...NODE_BUILTINS, '../electron/*', '../renderer/*'], message: 'shared/ must not import Node, electron/ or renderer/ code' }],
      ),
    },
  },
  {
    // The renderer may take only types from electron/ and never Node.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this app does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: 'the renderer talks to window.inboxfleet only' }],
        [
          { group: ['node:*', ...NODE_BUILTINS], message: 'the renderer never touches Node' },
          { group: ['**/electron/**'], allowTypeImports: true, message: 'only types may come from electron/' },
        ],
      ),
    },
  },
  {
    // One IPC wrapper per side: ipcMain only in electron/main/ipc.ts, ipcRenderer only in the preload.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-imports': restrict([{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'use electron/main/ipc.ts' }]),
    },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-imports': restrict([{ name: 'electron', importNames: ['ipcRenderer'], message: 'ipcRenderer belongs to the preload' }]) },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ name: 'electron', importNames: ['ipcMain'], message: 'ipcMain belongs to electron/main/ipc.ts' }]) },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ name: 'electron', message: 'tests run under Node: use Playwright _electron for the app' }]) },
  },
);
