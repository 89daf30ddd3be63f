// When rounds run and how a round spreads its inboxes: pure, with the clock's time passed in.
import type { SchedulerRun } from '../../../shared/alerts';

export const INTERVAL_MS = 60 * 60_000;
/** A round over many inboxes spreads them over 45 of the 60 minutes, leaving slack before the next. */
export const SPREAD_WINDOW_MS = 45 * 60_000;
/** Up to this many inboxes a round starts them all at once (the limiter still caps connections). */
export const BURST_MAX = 200;
/** A scheduled round skips inboxes checked (by a round or by hand) in the last 10 minutes. */
export const FRESH_MS = 10 * 60_000;
/** After start-up or a missed round: let the window open first. */
export const START_DELAY_MS = 30_000;
/** After the computer wakes: let the network come back first. */
export const RESUME_DELAY_MS = 60_000;
/** While offline: look again this often. */
export const OFFLINE_RETRY_MS = 60_000;

/** Milliseconds between two inbox starts in a round of `n`: 0 (all at once) up to BURST_MAX. */
export function spacingMs(n: number, windowMs = SPREAD_WINDOW_MS, burstMax = BURST_MAX): number {
  return n <= burstMax ? 0 : Math.floor(windowMs / n);
}

export interface NextRound {
  at: number;
  reason: SchedulerRun['reason'];
  /** A round was missed: the app was closed or asleep past its time, or quit in the middle of one. */
  overdue: boolean;
}

/** The next round after `last`, seen at `now`; `delayMs` is how long a missed round waits. */
export function nextRound(last: SchedulerRun | null, now: number, delayMs: number, intervalMs = INTERVAL_MS): NextRound {
  if (!last) return { at: now + delayMs, reason: 'scheduled', overdue: false };
  if (last.status === 'interrupted') return { at: now + delayMs, reason: 'catch_up', overdue: true };
  const due = Date.parse(last.started_at) + intervalMs;
  if (due > now) return { at: due, reason: 'scheduled', overdue: false };
  // Due while the round itself ran long is no miss; due while nothing ran is.
  const missed = last.finished_at !== null && Date.parse(last.finished_at) < due;
  return { at: missed ? now + delayMs : now, reason: missed ? 'catch_up' : 'scheduled', overdue: missed };
}

/**
 * Inboxes last checked before this instant are due. A hand-started round checks everything; a
 * round resuming one the app quit in the middle of skips what that round already did.
 */
export function dueSince(reason: SchedulerRun['reason'], now: number, last: SchedulerRun | null, intervalMs = INTERVAL_MS): number {
  if (reason === 'manual') return now;
  const fresh = now - FRESH_MS;
  if (last?.status === 'interrupted' && now - Date.parse(last.started_at) < intervalMs) return Math.min(fresh, Date.parse(last.started_at));
  return fresh;
}
