// The accounts.import job: counts the rows, then walks them in file order, creating or updating
// each inbox through the same writer as the Add-inbox form (keychain entries and row as one unit)
// and checking for Cancel between rows. Whatever stops it, only whole inboxes remain.
import { randomUUID } from 'node:crypto';
import type { Account } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { IMPORT_MAX_LISTED_ERRORS, type ImportResult } from '../../../shared/import';
import { accountUpdateSchema, type AccountUpdate } from '../../../shared/validation';
import type { AccountWriter } from '../accounts/index';
import { isoNow, type Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { JobContext } from '../jobs/index';
import type { Logger } from '../log';
import { accountsRepo, clientsRepo } from '../store/index';
import { planRows, type PlanDeps, type PlannedRow } from './plan';
import { rowErrors } from './preview';
import { KEEP_STORED_PASSWORD } from './row';
import type { PreparedImport } from './source';

export interface ImportJobDeps extends PlanDeps {
  writer: AccountWriter;
  events: CoreEvents;
  log: Logger;
  clock: Clock;
  /** Starts a connection-test job over these inboxes (through the shared limiter); returns its id. */
  startTests(ids: string[]): Promise<string | null>;
}

export interface ImportOptions {
  client_id: string | null;
  on_duplicate: 'skip' | 'update';
  test_after: boolean;
}

/** Only what the file's own cells say: an empty cell (a password above all) keeps the stored value. */
function updateInput(row: PlannedRow, current: Account, clientId: string | null | undefined): AccountUpdate {
  const v = row.input! as unknown as Record<string, unknown>;
  const patch: Record<string, unknown> = { id: current.id };
  for (const key of row.given) if (v[key] !== undefined) patch[key] = v[key];
  if (patch['smtp_password'] === KEEP_STORED_PASSWORD) delete patch['smtp_password'];
  if (row.imapSameAsSmtp) patch['imap_password'] = null;
  if (clientId !== undefined) patch['client_id'] = clientId;
  return accountUpdateSchema.parse(patch);
}

export async function runImport(prepared: PreparedImport, opts: ImportOptions, deps: ImportJobDeps, ctx: JobContext): Promise<ImportResult> {
  const { db, writer, events, log, clock } = deps;
  const result: ImportResult = {
    created: 0, updated: 0, skipped: 0, failed: 0, errors: [], errors_total: 0, account_ids: [], test_job_id: null,
    cancelled: false, stopped_reason: null,
  };

  let rows = 0;
  for await (const _ of prepared.csv.records()) {
    if (ctx.signal.aborted) break;
    rows++;
  }
  ctx.setTotal(rows);

  const clients = new Map<string, string>();
  /** The client named in the file, created the first time it is seen. */
  async function clientIdFor(name: string | null): Promise<string | null | undefined> {
    if (opts.client_id) return opts.client_id;
    if (!name) return undefined;
    const key = name.toLowerCase();
    let id = clients.get(key) ?? (await clientsRepo.findClientIdByName(db, name));
    if (!id) {
      id = randomUUID();
      await clientsRepo.insertClient(db, { id, name, created_at: isoNow(clock) });
      log.info('client created by import', { id });
    }
    clients.set(key, id);
    return id;
  }

  const fail = (errors: { line: number; email: string | null; field: string; reason: string }[]) => {
    result.failed++;
    result.errors_total += errors.length;
    result.errors.push(...errors.slice(0, Math.max(0, IMPORT_MAX_LISTED_ERRORS - result.errors.length)));
  };

  let pending: string[] = [];
  const flush = () => {
    if (pending.length) events.emit('accounts.changed', { ids: pending });
    pending = [];
  };

  for await (const row of planRows(prepared.csv, prepared.columns, deps)) {
    if (ctx.signal.aborted) break;
    const before = result.failed;
    try {
      if (!row.input) fail(rowErrors(row));
      else if (row.existingId && opts.on_duplicate === 'skip') result.skipped++;
      else if (row.existingId) {
        const current = await accountsRepo.requireAccount(db, row.existingId);
        await writer.update(current, updateInput(row, current, await clientIdFor(row.client)));
        result.updated++;
        result.account_ids.push(current.id);
        pending.push(current.id);
      } else {
        const id = await writer.create({ ...row.input, client_id: (await clientIdFor(row.client)) ?? null });
        result.created++;
        result.account_ids.push(id);
        pending.push(id);
      }
    } catch (err) {
      if (err instanceof AppError && err.code === 'keychain_unavailable') {
        // Every later row would fail the same way: stop, keeping what was saved.
        result.stopped_reason = err.message;
        ctx.advance(1, 1);
        fail([{ line: row.line, email: row.email, field: 'smtp_password', reason: err.message }]);
        break;
      }
      if (!(err instanceof AppError)) {
        log.error('import row failed', { line: row.line, error: err instanceof Error ? err.stack : String(err) });
        result.stopped_reason = 'The import stopped on an unexpected error; the log has details. The inboxes saved so far are kept.';
        fail([{ line: row.line, email: row.email, field: 'row', reason: 'unexpected error (see the log)' }]);
        ctx.advance(1, 1);
        break;
      }
      fail([{ line: row.line, email: row.email, field: err.field ?? 'row', reason: err.message }]);
    }
    ctx.advance(1, result.failed - before);
    if (pending.length >= 200) flush();
  }
  flush();
  result.cancelled = ctx.signal.aborted;
  if (opts.test_after && result.account_ids.length && !result.cancelled) result.test_job_id = await deps.startTests(result.account_ids);
  log.info('import finished', { created: result.created, updated: result.updated, skipped: result.skipped, failed: result.failed, cancelled: result.cancelled });
  return result;
}
