// Releases a round's inboxes one after another, `spacingMs` apart. Each wait starts when the
// previous inbox was released, so after the computer sleeps the round resumes its pace instead
// of releasing everything that "should" have started meanwhile.
import { Cancelled } from '../jobs/index';
import type { Timers } from '../timers';

export interface Pacer {
  /** Resolves at this caller's turn; callers are served in call order. Rejects with Cancelled on abort. */
  next(): Promise<void>;
}

export function createPacer(spacingMs: number, timers: Timers, signal: AbortSignal): Pacer {
  let chain: Promise<void> | null = null;
  const wait = () =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(new Cancelled());
      if (spacingMs <= 0) return resolve();
      const onAbort = () => {
        timers.clearTimeout(handle);
        reject(new Cancelled());
      };
      const handle = timers.setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, spacingMs);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  return {
    next() {
      const turn: Promise<void> = chain === null ? (signal.aborted ? Promise.reject(new Cancelled()) : Promise.resolve()) : chain.then(wait);
      chain = turn;
      return turn;
    },
  };
}
