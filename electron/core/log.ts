// Core's logger. Callers pass only ids and codes: inputs (which may hold passwords) are never logged.
export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export function createConsoleLogger(prefix = 'inboxfleet'): Logger {
  const line = (level: string, message: string, meta?: Record<string, unknown>) =>
    `${new Date().toISOString()} ${level} [${prefix}] ${message}${meta ? ' ' + JSON.stringify(meta) : ''}`;
  return {
    info: (m, meta) => console.info(line('INFO', m, meta)),
    warn: (m, meta) => console.warn(line('WARN', m, meta)),
    error: (m, meta) => console.error(line('ERROR', m, meta)),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
