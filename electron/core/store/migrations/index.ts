// The ordered list of migrations, imported statically so they bundle with Vite.
import type { Migration } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_connection_tests';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_connection_tests': m0002,
};
