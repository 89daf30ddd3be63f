// Many change events in a burst (a check of 1,000 inboxes emits one per inbox) become one
// refetch: the keys named during a window are flushed together at its end, so the flush runs at
// most once per window, and the last change is never lost.
export interface Coalescer<K> {
  add(keys: readonly K[]): void;
  /** Drops what is pending (on unmount). */
  cancel(): void;
}

interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function coalesce<K>(flush: (keys: K[]) => void, ms: number, timers: Timers = globalThis as unknown as Timers): Coalescer<K> {
  let pending: Set<K> | null = null;
  let handle: unknown = null;
  return {
    add(keys) {
      if (!pending) {
        pending = new Set();
        handle = timers.setTimeout(() => {
          const keys = [...(pending ?? [])];
          pending = null;
          handle = null;
          flush(keys);
        }, ms);
      }
      for (const k of keys) pending.add(k);
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      pending = null;
      handle = null;
    },
  };
}
