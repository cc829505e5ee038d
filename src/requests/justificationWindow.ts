/**
 * The absence justification window (flyer: "dans les 7 jours"): counted in the town's
 * calendar days from the absence day to today, so day 0 is the absence itself, day 7
 * the last day accepted and day 8 too late — whatever the server's own time zone.
 */
import type { IsoDay } from '../domain/day';
import { addDays, daysBetween, todayIn } from '../domain/day';

export type WindowPosition = 'future' | 'within' | 'after';

/** Where `absenceDay` stands at `now` for a window of `windowDays` days. */
export function justificationWindowPosition(absenceDay: IsoDay, now: Date, timeZone: string, windowDays: number): WindowPosition {
  const age = daysBetween(absenceDay, todayIn(now, timeZone));
  if (age < 0) return 'future';
  return age <= windowDays ? 'within' : 'after';
}

/** The last day on which `absenceDay` can still be justified. */
export function lastJustificationDay(absenceDay: IsoDay, windowDays: number): IsoDay {
  return addDays(absenceDay, windowDays);
}
