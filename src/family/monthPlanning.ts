/**
 * The month at a glance for one child: each weekday of the month with what it holds
 * (booked, waiting list, refused, no accueil, or free to book). Pure: the bookings, the
 * refused days and the service's closures come in, the town rules say which days open.
 */
import type { IsoDay } from '../domain/day';
import { addDays, eachDay, isoWeekday, lastDayOfMonth, mondayOf } from '../domain/day';
import type { TownRules } from '../domain/townRules';

export type PlanningStatus = 'booked' | 'waiting' | 'refused' | 'closed' | 'free';

export interface PlanningCell {
  day: IsoDay;
  /** Outside the month (the first and last weeks are completed): shown empty. */
  inMonth: boolean;
  status: PlanningStatus;
}

export interface MonthPlanning {
  /** 'YYYY-MM' */
  month: string;
  childFirstName: string;
  /** Weeks, Monday to Friday. */
  weeks: PlanningCell[][];
  counts: Record<PlanningStatus, number>;
}

export interface MonthPlanningInput {
  month: string;
  childFirstName: string;
  booked: readonly IsoDay[];
  waiting: readonly IsoDay[];
  refused: readonly IsoDay[];
  closures: readonly IsoDay[];
}

/** The planning of `input.month` ('YYYY-MM'): booked and waiting first, then closed, refused, free. */
export function monthPlanning(rules: TownRules, input: MonthPlanningInput): MonthPlanning {
  const first = `${input.month}-01`;
  const last = lastDayOfMonth(first);
  const booked = new Set(input.booked);
  const waiting = new Set(input.waiting);
  const refused = new Set(input.refused);
  const closures = new Set(input.closures);
  const counts: Record<PlanningStatus, number> = { booked: 0, waiting: 0, refused: 0, closed: 0, free: 0 };
  const weeks: PlanningCell[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    const week = eachDay(monday, addDays(monday, 4)).map((day): PlanningCell => {
      const inMonth = day >= first && day <= last;
      const status: PlanningStatus = booked.has(day)
        ? 'booked'
        : waiting.has(day)
          ? 'waiting'
          : closures.has(day) || !rules.activityOn(day).open
            ? 'closed'
            : refused.has(day)
              ? 'refused'
              : 'free';
      if (inMonth) counts[status] += 1;
      return { day, inMonth, status };
    });
    // A month that starts on a weekend: its first week (all outside) is left out.
    if (week.some((cell) => cell.inMonth)) weeks.push(week);
  }
  return { month: input.month, childFirstName: input.childFirstName, weeks, counts };
}

/** True for Monday to Friday (the grid's columns). */
export const isGridDay = (day: IsoDay) => isoWeekday(day) <= 5;
