export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const isoNow = (clock: Clock): string => clock.now().toISOString();
/** Today (YYYY-MM-DD, UTC) by the clock: what date-dependent filters read. */
export const isoToday = (clock: Clock): string => isoNow(clock).slice(0, 10);
