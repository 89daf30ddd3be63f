// Typed client over window.inboxfleet: returns data, or throws ApiError with the envelope's details.
import type { InputOf, MethodName, OutputOf, EventMap, EventName } from '../../shared/contract';
import type { AppErrorData, ErrorCode } from '../../shared/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly fields: Record<string, string>;
  constructor(data: AppErrorData) {
    super(data.message);
    this.code = data.code;
    this.field = data.field;
    this.fields = data.fields ?? (data.field ? { [data.field]: data.message } : {});
  }
}

export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const bridge = window.inboxfleet;
  if (!bridge) throw new ApiError({ code: 'internal', message: 'The app bridge is missing: open Inboxfleet from its own window.' });
  const r = await bridge.invoke(method, input);
  if (!r.ok) throw new ApiError(r.error);
  return r.data;
}

export function subscribe<E extends EventName>(event: E, cb: (payload: EventMap[E]) => void): () => void {
  return window.inboxfleet?.on(event, cb) ?? (() => {});
}

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
