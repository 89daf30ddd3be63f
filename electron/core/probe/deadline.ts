// A hard cap on a whole network check, on top of the libraries' own per-step timeouts, so a
// peer that keeps a step alive forever (one byte at a time) still ends in a result.

export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`no result within ${Math.round(ms / 1000)} s`);
    this.name = 'DeadlineExceeded';
  }
}

/** Runs `work`; after `ms` calls `abort` (to close sockets) and rejects with DeadlineExceeded. */
export function withDeadline<T>(work: Promise<T>, ms: number, abort: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        abort();
      } finally {
        reject(new DeadlineExceeded(ms));
      }
    }, ms);
  });
  // The losing promise may still reject later; that rejection is expected and handled here.
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
