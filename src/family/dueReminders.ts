/**
 * Which reminders are due for one guardian on one day (pure): before each holiday
 * period's booking deadline (from `daysBefore` days before it up to the deadline day),
 * and, on Sunday if the parent wished, the coming week's days they usually book and
 * have not booked. Each reminder has a key that names it once for all: the runner
 * claims the key before sending, so that it is never sent twice.
 */
import type { IsoDay } from '../domain/day';
import { addDays, eachDay, isoWeekday } from '../domain/day';
import { HOLIDAY_LABELS, firstMondayOf } from '../domain/schoolCalendar';
import type { TownRules } from '../domain/townRules';

export interface ReminderSubscriptionView {
  guardianId: number;
  deadlines: boolean;
  weekly: boolean;
  daysBefore: number;
}

export type DueReminder =
  | { key: string; kind: 'deadline'; period: string; firstDay: IsoDay; lastDay: IsoDay; closingTime: string }
  | { key: string; kind: 'weekly'; monday: IsoDay; days: Array<{ childFirstName: string; days: IsoDay[] }> };

export interface ChildHabits {
  childFirstName: string;
  /** Days booked (status booked) in the four weeks before `today`. */
  recentlyBooked: readonly IsoDay[];
  /** Days of the coming week already booked or waiting. */
  comingBooked: readonly IsoDay[];
}

/** A weekday booked at least this many times in the last four weeks is "usual". */
const USUAL_TIMES = 2;

export function dueReminders(rules: TownRules, subscription: ReminderSubscriptionView, today: IsoDay, now: Date, habits: readonly ChildHabits[]): DueReminder[] {
  const due: DueReminder[] = [];
  if (subscription.deadlines) {
    for (const period of rules.calendar.periods) {
      const start = firstMondayOf(period);
      const deadline = rules.deadlineFor(start);
      if (deadline.rule === 'school_period') continue;
      if (today < addDays(deadline.lastDay, -subscription.daysBefore) || today > deadline.lastDay) continue;
      due.push({
        key: `deadline:${subscription.guardianId}:${period.firstDay}`,
        kind: 'deadline',
        period: HOLIDAY_LABELS[period.kind],
        firstDay: start,
        lastDay: deadline.lastDay,
        closingTime: deadline.closingTime,
      });
    }
  }
  if (subscription.weekly && isoWeekday(today) === 7) {
    const monday = addDays(today, 1);
    const week = eachDay(monday, addDays(monday, 4));
    const days = habits
      .map((child) => {
        const usual = new Set(
          [1, 2, 3, 4, 5].filter((weekday) => child.recentlyBooked.filter((day) => isoWeekday(day) === weekday).length >= USUAL_TIMES),
        );
        const missing = week.filter(
          (day) => usual.has(isoWeekday(day)) && !child.comingBooked.includes(day) && rules.activityOn(day).open && rules.isChangeAllowed(day, now),
        );
        return { childFirstName: child.childFirstName, days: missing };
      })
      .filter((child) => child.days.length > 0);
    if (days.length > 0) due.push({ key: `weekly:${subscription.guardianId}:${monday}`, kind: 'weekly', monday, days });
  }
  return due;
}
