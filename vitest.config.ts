import { defineConfig } from 'vitest/config';

// Every test file runs behind the loopback guard: nothing may reach beyond 127.0.0.1.
const setupFiles = ['tests/fixtures/loopback-guard.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          // `npm run bench`: measurements, not assertions; one file at a time so they do not compete.
          name: 'bench',
          setupFiles,
          include: ['tests/bench/**/*.bench.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles } },
      {
        test: {
          name: 'integration',
          setupFiles,
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // One keyring daemon and real files: run files one at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
