/** The reference day of a message: `now` in Europe/Paris (wall-clock text taken as such). */
import type { IsoDay } from '../domain/day';
import { todayIn } from '../domain/day';

export const TOWN_TIME_ZONE = 'Europe/Paris';

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/** The calendar day of `now`; ISO text without an offset is Europe/Paris wall-clock time. */
export function referenceDay(now: Date | string): IsoDay {
  if (typeof now === 'string') {
    const wallClock = WALL_CLOCK.exec(now.trim());
    if (wallClock) return wallClock[1];
    const instant = new Date(now);
    if (Number.isNaN(instant.getTime())) throw new Error(`Instant illisible : "${now}"`);
    return todayIn(instant, TOWN_TIME_ZONE);
  }
  return todayIn(now, TOWN_TIME_ZONE);
}
