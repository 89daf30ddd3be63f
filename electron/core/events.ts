// A tiny typed event hub: core publishes, main (or the e2e bridge) forwards to the renderer.
import type { EventMap, EventName } from '../../shared/contract';

type Listener<E extends EventName> = (payload: EventMap[E]) => void;

export interface CoreEvents {
  on<E extends EventName>(event: E, cb: Listener<E>): () => void;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}

export function createEvents(): CoreEvents {
  const listeners = new Map<EventName, Set<Listener<EventName>>>();
  return {
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      set.add(cb as Listener<EventName>);
      listeners.set(event, set);
      return () => set.delete(cb as Listener<EventName>);
    },
    emit(event, payload) {
      for (const cb of listeners.get(event) ?? []) cb(payload);
    },
  };
}
