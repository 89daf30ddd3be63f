// The ordered list of migrations, imported statically so they bundle with Vite.
import type { Migration } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_connection_tests';
import * as m0003 from './0003_domains';
import * as m0004 from './0004_mailbox_metrics';
import * as m0005 from './0005_hardening';
import * as m0007 from './0007_health';
import * as m0008 from './0008_alerts_scheduler';
import * as m0009 from './0009_oauth_sign_in';
import * as m0010 from './0010_bounce_reasons';
import * as m0012 from './0012_blocks_sign_in_health';
import * as m0013 from './0013_list_at_scale';
import * as m0015 from './0015_snapshots_clustered';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_connection_tests': m0002,
  '0003_domains': m0003,
  '0004_mailbox_metrics': m0004,
  '0005_hardening': m0005,
  '0007_health': m0007,
  '0008_alerts_scheduler': m0008,
  '0009_oauth_sign_in': m0009,
  '0010_bounce_reasons': m0010,
  '0012_blocks_sign_in_health': m0012,
  '0013_list_at_scale': m0013,
  '0015_snapshots_clustered': m0015,
};
