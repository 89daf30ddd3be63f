// Changes to many inboxes at once: `{ ids }` or every inbox matching `{ filter }` (the same filter
// object as accounts.list). A handful is answered at once; more become a job that works in
// chunks of one transaction each, can be cancelled between chunks, and lists every failure.
import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../../../shared/contract';
import type { JobKind } from '../../../shared/connection';
import { AppError } from '../../../shared/errors';
import { BULK_INLINE_MAX, type BulkFailure, type BulkOutcome } from '../../../shared/import';
import { checkDailyLimit } from '../../../shared/validation';
import { isoNow, isoToday, type Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { Jobs } from '../jobs/index';
import type { Logger } from '../log';
import { accountsRepo, type Database } from '../store/index';
import type { AccountFilter, BulkRow } from '../store/accounts-repo';
import { secretKey, type Vault } from '../vault/index';

type BulkHandlers = Pick<Handlers, 'accounts.setStatus' | 'accounts.delete' | 'accounts.setClient' | 'accounts.tag' | 'accounts.setDailyLimit'>;

export interface BulkDeps {
  db: Kysely<Database>;
  vault: Vault;
  clock: Clock;
  events: CoreEvents;
  log: Logger;
  jobs: Jobs;
  /** Drops a deleted inbox's in-memory access token. */
  forgetToken?: (accountId: string) => void;
}

export type BulkTarget = { ids?: string[]; filter?: AccountFilter };

/** Per chunk: change what can be changed in `trx` and name the rows that could not be. */
type ChunkChange = (trx: Transaction<Database>, rows: BulkRow[]) => Promise<BulkFailure[]>;

const CHUNK = 200;

/** The ids a bulk call acts on: all of `ids` (or not_found, nothing changed), or the filter's matches now. */
export async function resolveTarget(db: Kysely<Database>, target: BulkTarget, today?: string): Promise<string[]> {
  if (target.filter) return accountsRepo.accountIdsMatching(db, { ...target.filter, ...(today ? { today } : {}) });
  const unique = [...new Set(target.ids ?? [])];
  const found = await accountsRepo.existingAccountIds(db, unique);
  if (found.length !== unique.length) {
    const missing = unique.length - found.length;
    throw new AppError('not_found', `${missing} of the selected inboxes no longer exist; nothing was changed`, { field: 'ids' });
  }
  return unique;
}

export function bulkHandlers(deps: BulkDeps): BulkHandlers {
  const { db, vault, clock, events, log, jobs, forgetToken } = deps;

  /** One chunk in one transaction; rows deleted since the ids were read are failures. */
  async function applyChunk(ids: string[], change: ChunkChange): Promise<{ rows: BulkRow[]; failures: BulkFailure[] }> {
    return db.transaction().execute(async (trx) => {
      const rows = await accountsRepo.bulkRows(trx, ids);
      const present = new Set(rows.map((r) => r.id));
      const gone: BulkFailure[] = ids.filter((id) => !present.has(id)).map((id) => ({ id, email: null, reason: 'This inbox no longer exists' }));
      return { rows, failures: [...gone, ...(await change(trx, rows))] };
    });
  }

  async function bulk(kind: JobKind, target: BulkTarget, change: ChunkChange, after?: (rows: BulkRow[]) => Promise<void>): Promise<BulkOutcome> {
    const ids = await resolveTarget(db, target, isoToday(deps.clock));
    const outcome: BulkOutcome = { job_id: null, total: ids.length, changed: 0, failed: 0, failures: [] };

    const runChunk = async (chunk: string[]) => {
      const { rows, failures } = await applyChunk(chunk, change);
      await after?.(rows);
      outcome.changed += chunk.length - failures.length;
      outcome.failed += failures.length;
      outcome.failures.push(...failures);
      events.emit('accounts.changed', { ids: chunk });
      return failures;
    };

    if (ids.length <= BULK_INLINE_MAX) {
      await runChunk(ids);
      return outcome;
    }
    const job = jobs.run(kind, ids.length, async (ctx) => {
      for (let i = 0; i < ids.length && !ctx.signal.aborted; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        const failures = await runChunk(chunk);
        ctx.advance(chunk.length, failures.length, failures);
      }
      log.info('bulk change done', { kind, changed: outcome.changed, failed: outcome.failed });
      return { ...outcome };
    });
    return { ...outcome, job_id: job.id };
  }

  const setColumns = (patch: () => Parameters<typeof accountsRepo.updateAccountRows>[2]): ChunkChange => async (trx, rows) => {
    await accountsRepo.updateAccountRows(trx, rows.map((r) => r.id), patch());
    return [];
  };

  /** Removes the keychain entries of deleted rows; one that fails is left for the start-up pass. */
  async function removeSecrets(rows: BulkRow[]): Promise<void> {
    let leftover = 0;
    for (const row of rows) {
      forgetToken?.(row.id);
      const stored = { smtp: row.smtp_password_stored, imap: row.imap_password_stored, oauth: row.oauth_token_stored };
      for (const protocol of ['smtp', 'imap', 'oauth'] as const) {
        if (stored[protocol]) await vault.delete(secretKey(row.id, protocol)).catch(() => void leftover++);
      }
    }
    if (leftover) log.warn('keychain entries left for the next start-up pass', { count: leftover });
  }

  return {
    'accounts.setStatus': ({ status, ...target }) =>
      // Status is the user's choice only: health and test results stay as they are.
      bulk('accounts.setStatus', target, setColumns(() => ({ status, updated_at: isoNow(clock) }))),

    'accounts.delete': (target) =>
      bulk(
        'accounts.delete',
        target,
        async (trx, rows) => {
          await accountsRepo.deleteAccountRows(trx, rows.map((r) => r.id));
          return [];
        },
        removeSecrets,
      ),

    'accounts.setClient': async ({ client_id, ...target }) => {
      if (client_id) {
        const exists = await db.selectFrom('clients').select('id').where('id', '=', client_id).executeTakeFirst();
        if (!exists) throw new AppError('not_found', 'That client does not exist', { field: 'client_id' });
      }
      return bulk('accounts.setClient', target, setColumns(() => ({ client_id, updated_at: isoNow(clock) })));
    },

    'accounts.tag': ({ add, remove, ...target }) =>
      bulk('accounts.tag', target, async (trx, rows) => {
        const failures: BulkFailure[] = [];
        const now = isoNow(clock);
        for (const row of rows) {
          const tags = retag(JSON.parse(row.tags) as string[], add, remove);
          if (tags.length > 50) {
            failures.push({ id: row.id, email: row.email, reason: 'An inbox may have at most 50 tags' });
            continue;
          }
          await accountsRepo.updateAccountRow(trx, row.id, { tags: JSON.stringify(tags), updated_at: now });
        }
        return failures;
      }),

    'accounts.setDailyLimit': ({ daily_limit, ...target }) =>
      bulk('accounts.setDailyLimit', target, async (trx, rows) => {
        const failures: BulkFailure[] = [];
        const ok: string[] = [];
        for (const row of rows) {
          const problem = checkDailyLimit(row.provider as Parameters<typeof checkDailyLimit>[0], daily_limit);
          if (problem) failures.push({ id: row.id, email: row.email, reason: problem });
          else ok.push(row.id);
        }
        await accountsRepo.updateAccountRows(trx, ok, { daily_limit, updated_at: isoNow(clock) });
        return failures;
      }),
  };
}

/** Adds and removes tags case-insensitively, keeping the first spelling of each. */
export function retag(current: string[], add: string[], remove: string[]): string[] {
  const gone = new Set(remove.map((t) => t.toLowerCase()));
  const out = new Map<string, string>();
  for (const t of [...current, ...add]) {
    const k = t.toLowerCase();
    if (!gone.has(k) && !out.has(k)) out.set(k, t);
  }
  return [...out.values()];
}
