// Validates raw input against the contract, runs the handler and folds every outcome into a
// Result envelope: nothing thrown inside core crosses the boundary.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { contract, isMethodName, type Handlers, type MethodName, type OutputOf } from '../../shared/contract';
import { AppError, type Result } from '../../shared/errors';
import type { Logger } from './log';

export type Invoke = <M extends MethodName>(method: M, rawInput: unknown) => Promise<Result<OutputOf<M>>>;

export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : 'input';
    // An unknown key is reported against that key, so the caller sees which one.
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) fields[k] ??= `${k} is not a known field`;
      continue;
    }
    fields[key] ??= issue.message;
  }
  const names = Object.keys(fields);
  const message = names.map((n) => fields[n]).join('; ');
  return new AppError('invalid_input', message || 'invalid input', { field: names[0], fields });
}

export function createInvoke(handlers: Handlers, log: Logger): Invoke {
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'not_found', message: `unknown method: ${String(method).slice(0, 64)}` } };
    }
    const parsed = contract[method].input.safeParse(rawInput);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toData() };
    try {
      const handler = handlers[method] as (input: unknown) => Promise<OutputOf<typeof method>>;
      const data = await handler(parsed.data);
      return { ok: true, data };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toData() };
      const id = randomUUID().slice(0, 8);
      // The log has the stack under the id; the caller gets only the id.
      log.error('unexpected error', { id, method, error: err instanceof Error ? err.stack : String(err) });
      return { ok: false, error: { code: 'internal', message: `Something went wrong (error id ${id}). The log has details.` } };
    }
  };
}
