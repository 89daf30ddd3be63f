// The closed list of error codes that may cross the IPC boundary.
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'duplicate',
  'auth_failed',
  'tls_error',
  'timeout',
  'unreachable',
  'protocol_error',
  'keychain_unavailable',
  'forbidden',
  'cancelled',
  'unsupported_database',
  'already_open',
  'internal',
  // A signed-in inbox whose refresh token the provider refused, or that was never signed in.
  'sign_in_expired',
  'needs_sign_in',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a failed call carries across IPC: never a stack, never a secret. */
export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /** The first offending input field, when the error is about one. */
  field?: string;
  /** Every offending field with its reason (validation errors). */
  fields?: Record<string, string>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, opts: { field?: string; fields?: Record<string, string> } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (opts.field !== undefined) this.field = opts.field;
    if (opts.fields !== undefined) this.fields = opts.fields;
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message };
    if (this.field !== undefined) data.field = this.field;
    if (this.fields !== undefined) data.fields = this.fields;
    return data;
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
