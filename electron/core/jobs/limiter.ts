// Bounds how many tasks run at once, overall and per remote host, so testing 1,000 inboxes on
// smtp.gmail.com never opens 1,000 logins at once. FIFO among the waiters that may start; a
// cancelled waiter leaves. A release costs O(1) amortised however many wait (a bulk test of
// 10,000 inboxes must not rescan 10,000 waiters per finished task).

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

interface Waiter {
  host: string;
  start: () => void;
  /** Cancelled while waiting: skipped when its turn comes (lazy removal keeps cancel O(1)). */
  gone: boolean;
}

/** A queue with O(1) push and shift (an array with a moving head, compacted now and then). */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

export function createLimiter(limits: () => { overall: number; perHost: number }): Limiter {
  let overall = 0;
  const perHost = new Map<string, number>();
  // Waiters in arrival order; one taken from the head while its host is at its limit moves to
  // that host's list. Everything there is older than everything still in `waiting`, so when that
  // host frees a slot its oldest blocked waiter goes first.
  const waiting = new Fifo<Waiter>();
  const blocked = new Map<string, Fifo<Waiter>>();

  const hostFree = (host: string, perHostLimit: number) => (perHost.get(host) ?? 0) < perHostLimit;

  const pump = (freedHost?: string) => {
    const l = limits();
    if (freedHost !== undefined) {
      const list = blocked.get(freedHost);
      while (list && list.size > 0 && overall < l.overall && hostFree(freedHost, l.perHost)) {
        const w = list.shift()!;
        if (!w.gone) w.start();
      }
      if (list && list.size === 0) blocked.delete(freedHost);
    }
    while (overall < l.overall && waiting.size > 0) {
      const w = waiting.shift()!;
      if (w.gone) continue;
      if (hostFree(w.host, l.perHost)) w.start();
      else {
        let list = blocked.get(w.host);
        if (!list) blocked.set(w.host, (list = new Fifo()));
        list.push(w);
      }
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
              pump(host);
            });
        };
        const entry: Waiter = { host, start, gone: false };
        const onAbort = () => {
          entry.gone = true;
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
