// The global bound on DNS questions in flight: a FIFO gate with O(1) enter and leave, so a run
// of 10,000 queued questions costs nothing to wait in. A slot is held from sending a question
// until its answer, failure or deadline, and always given back.

export interface InFlightGate {
  /** Runs `ask` once a slot is free; the slot is released however `ask` ends. */
  run<T>(ask: () => Promise<T>): Promise<T>;
  /** Questions holding a slot now, and the most held at once so far. */
  inFlight(): { now: number; peak: number };
}

export function createInFlightGate(max: number): InFlightGate {
  const limit = Math.max(1, Math.floor(max));
  let now = 0;
  let peak = 0;
  // A queue as an array with a moving head: shift() would be O(n) per question.
  const queue: (() => void)[] = [];
  let head = 0;

  const release = () => {
    now--;
    if (head < queue.length) {
      const next = queue[head]!;
      queue[head++] = undefined as never;
      if (head > 1024 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      next();
    }
  };

  return {
    run<T>(ask: () => Promise<T>): Promise<T> {
      const start = (): Promise<T> => {
        now++;
        peak = Math.max(peak, now);
        let p: Promise<T>;
        try {
          p = ask();
        } catch (err) {
          p = Promise.reject(err);
        }
        return p.finally(release);
      };
      if (now < limit) return start();
      return new Promise<T>((resolve, reject) => queue.push(() => start().then(resolve, reject)));
    },
    inFlight: () => ({ now, peak }),
  };
}
