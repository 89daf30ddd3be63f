// The one object the preload exposes as window.inboxfleet (and the e2e bridge imitates).
import type { InputOf, MethodName, OutputOf, EventMap, EventName } from './contract';
import type { Result } from './errors';

export interface InboxfleetBridge {
  invoke<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>>;
  /** Subscribes to a core event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, cb: (payload: EventMap[E]) => void): () => void;
}
