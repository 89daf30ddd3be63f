// Bounds how many tasks run at once, overall and per remote host, so testing 1,000 inboxes on
// smtp.gmail.com never opens 1,000 logins at once. FIFO per host; a cancelled waiter leaves.

export interface Limiter {
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running now, for tests and diagnostics. */
  active(): { overall: number; perHost: Record<string, number> };
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export function createLimiter(limits: () => { overall: number; perHost: number }): Limiter {
  let overall = 0;
  const perHost = new Map<string, number>();
  const waiting: { host: string; start: () => void; signal?: AbortSignal }[] = [];

  const canStart = (host: string) => {
    const l = limits();
    return overall < l.overall && (perHost.get(host) ?? 0) < l.perHost;
  };

  const pump = () => {
    for (let i = 0; i < waiting.length; ) {
      const w = waiting[i]!;
      if (canStart(w.host)) {
        waiting.splice(i, 1);
        w.start();
      } else i++;
    }
  };

  return {
    run<T>(rawHost: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      const host = rawHost.toLowerCase();
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          signal?.removeEventListener('abort', onAbort);
          overall++;
          perHost.set(host, (perHost.get(host) ?? 0) + 1);
          // A task that throws before returning its promise still gives its slot back.
          let running: Promise<T>;
          try {
            running = task();
          } catch (err) {
            running = Promise.reject(err);
          }
          running
            .then(resolve, reject)
            .finally(() => {
              overall--;
              const n = (perHost.get(host) ?? 1) - 1;
              if (n === 0) perHost.delete(host);
              else perHost.set(host, n);
              pump();
            });
        };
        const entry = { host, start, signal };
        const onAbort = () => {
          const i = waiting.indexOf(entry);
          if (i >= 0) waiting.splice(i, 1);
          reject(new Cancelled());
        };
        if (signal?.aborted) return reject(new Cancelled());
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(entry);
        pump();
      });
    },
    active: () => ({ overall, perHost: Object.fromEntries(perHost) }),
  };
}
