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
  if (row.authMethod === 'oauth' && current.auth_method !== 'oauth') {
    throw new AppError('invalid_input', 'This inbox logs in with a password, and an import does not sign in: switch it with “Sign in many…” or on its page', { field: 'auth_method' });
  }
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
    created: 0, updated: 0, skipped: 0, failed: 0, errors: [], errors_total: 0, account_ids: [], test_job_id: null, needs_sign_in: { google: [], microsoft: [] },
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

  /** New inboxes wait in a batch: their keychain entries one by one, their rows in one commit. */
  let batch: PlannedRow[] = [];
  let batchStarted = 0;
  const changed = (ids: string[]) => ids.length && events.emit('accounts.changed', { ids });

  /** Saves the batch; false when the import must stop (keychain gone, or an unexpected error). */
  async function flush(): Promise<boolean> {
    const rows = batch;
    batch = [];
    if (rows.length === 0) return true;
    const inputs = [];
    for (const row of rows) inputs.push({ ...row.input!, client_id: (await clientIdFor(row.client)) ?? null });
    const outcomes = await writer.createMany(inputs, ctx.signal);
    const ids: string[] = [];
    let failed = 0;
    outcomes.forEach((o, i) => {
      const row = rows[i]!;
      if (o.ok) {
        result.created++;
        ids.push(o.id);
        const { auth_method, provider } = row.input!;
        if (auth_method === 'oauth' && (provider === 'google' || provider === 'microsoft')) result.needs_sign_in[provider].push(o.id);
        return;
      }
      failed++;
      if (o.error instanceof AppError) {
        fail([{ line: row.line, email: row.shownEmail, field: o.error.code === 'keychain_unavailable' ? 'smtp_password' : o.error.field ?? 'row', reason: o.error.message }]);
        if (o.error.code === 'keychain_unavailable') result.stopped_reason = o.error.message;
      } else {
        log.error('import row failed', { line: row.line, error: o.error instanceof Error ? o.error.stack : String(o.error) });
        result.stopped_reason = 'The import stopped on an unexpected error; the log has details. The inboxes saved so far are kept.';
        fail([{ line: row.line, email: row.shownEmail, field: 'row', reason: 'unexpected error (see the log)' }]);
      }
    });
    result.account_ids.push(...ids);
    changed(ids);
    ctx.advance(outcomes.length, failed);
    return result.stopped_reason === null;
  }

  for await (const row of planRows(prepared.csv, prepared.columns, deps)) {
    if (ctx.signal.aborted) break;
    if (row.input && !row.existingId) {
      // Rows appear in the table every half second or hundred rows, whichever comes first.
      if (batch.length === 0) batchStarted = performance.now();
      batch.push(row);
      if ((batch.length >= 100 || performance.now() - batchStarted > 500) && !(await flush())) break;
      continue;
    }
    const before = result.failed;
    try {
      if (!row.input) fail(rowErrors(row));
      else if (opts.on_duplicate === 'skip') result.skipped++;
      else {
        const current = await accountsRepo.requireAccount(db, row.existingId!);
        await writer.update(updateInput(row, current, await clientIdFor(row.client)));
        result.updated++;
        result.account_ids.push(current.id);
        changed([current.id]);
      }
    } catch (err) {
      fail([{ line: row.line, email: row.shownEmail, field: err instanceof AppError ? err.field ?? 'row' : 'row', reason: err instanceof AppError ? err.message : 'unexpected error (see the log)' }]);
      if (!(err instanceof AppError) || err.code === 'keychain_unavailable') {
        if (!(err instanceof AppError)) log.error('import row failed', { line: row.line, error: err instanceof Error ? err.stack : String(err) });
        result.stopped_reason = err instanceof AppError ? err.message : 'The import stopped on an unexpected error; the log has details. The inboxes saved so far are kept.';
        ctx.advance(1, 1);
        break;
      }
    }
    ctx.advance(1, result.failed - before);
  }
  // A cancel or a stop still saves the rows whose keychain entries are written: only whole inboxes.
  if (result.stopped_reason === null) await flush();
  result.cancelled = ctx.signal.aborted;
  if (opts.test_after && result.account_ids.length && !result.cancelled) result.test_job_id = await deps.startTests(result.account_ids);
  log.info('import finished', { created: result.created, updated: result.updated, skipped: result.skipped, failed: result.failed, cancelled: result.cancelled });
  return result;
}
