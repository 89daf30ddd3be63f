// The lookup one audit uses: the per-audit cache and answer caps, plus a deadline for the whole
// audit and a cancel signal. Once either fires, every question still waiting and every new one
// fails at once as a DNS timeout, so the checks finish quickly with "unknown" parts (never
// "missing") instead of running on.
import type { LimitState } from './limits';
import type { CachedLookup } from './session-cache';
import { DnsError, type DnsAnswer, type RecordOf, type RecordType } from './types';

export interface AuditLookup extends CachedLookup {
  limits(): LimitState;
}

export function auditSession(inner: CachedLookup, opts: { deadlineMs: number; signal?: AbortSignal }): AuditLookup & { close(): void } {
  let stopped: LimitState['stopped'] = null;
  let stop!: () => void;
  const stopping = new Promise<void>((resolve) => (stop = resolve));
  const halt = (why: 'deadline' | 'cancelled') => {
    stopped ??= why;
    stop();
  };
  const timer = setTimeout(() => halt('deadline'), opts.deadlineMs);
  const onAbort = () => halt('cancelled');
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const failed = (name: string, type: RecordType) =>
    new DnsError('timeout', name, type, `DNS ${type} ${name}: not asked, the audit ${stopped === 'cancelled' ? 'was cancelled' : 'reached its time limit'}`);

  return {
    query<T extends RecordType>(name: string, type: T): Promise<DnsAnswer<RecordOf[T]>> {
      if (stopped) return Promise.reject(failed(name, type));
      const asked = inner.query(name, type);
      asked.catch(() => undefined);
      return Promise.race([asked, stopping.then(() => Promise.reject(failed(name, type)))]);
    },
    counters: () => inner.counters(),
    capped: () => inner.capped(),
    limits: () => ({ capped: inner.capped(), stopped, deadlineMs: opts.deadlineMs }),
    close() {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    },
  };
}
