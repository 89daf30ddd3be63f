import type { InboxfleetBridge } from '../../shared/bridge';

declare global {
  interface Window {
    inboxfleet: InboxfleetBridge;
  }
}
