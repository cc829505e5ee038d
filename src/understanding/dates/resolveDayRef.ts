/** Resolution of one day reference against the reference day (contract: "Resolving days"). */
import type { IsoDay } from '../../domain/day';
import { addDays, dayOfMonth, isIsoDay, isoWeekday, makeDay, mondayOf, monthOf, yearOf } from '../../domain/day';
import type { DayRef } from './dateExpression';

/** How references without a year or a week are read: forward, or backward for absences. */
export type Direction = 'future' | 'past';

/** The latest `weekday` strictly before `day`. */
export function weekdayBefore(day: IsoDay, weekday: number): IsoDay {
  return addDays(day, -(((isoWeekday(day) - weekday + 6) % 7) + 1));
}

/** The first `weekday` strictly after `day`. */
export function weekdayAfter(day: IsoDay, weekday: number): IsoDay {
  return addDays(day, ((weekday - isoWeekday(day) + 6) % 7) + 1);
}

function safeDay(year: number, month: number, dayNumber: number): IsoDay | undefined {
  const text = `${year}-${String(month).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
  return isIsoDay(text) ? text : undefined;
}

/** Day `dayNumber` of the month `months` after that of `today` (before, when negative), when that month has it. */
export function dayOfMonthAhead(today: IsoDay, months: number, dayNumber: number): IsoDay | undefined {
  const index = yearOf(today) * 12 + monthOf(today) - 1 + months;
  return safeDay(Math.floor(index / 12), (index % 12) + 1, dayNumber);
}

/** The reference naming one known day by its full date. */
export function dateRefOf(day: IsoDay): Extract<DayRef, { type: 'date' }> {
  return { type: 'date', day: Number(day.slice(8, 10)), month: monthOf(day), year: yearOf(day) };
}

/** "le 12 mars" / "le 15": the next occurrence strictly after today (strictly before for the past). */
function resolveDate(ref: Extract<DayRef, { type: 'date' }>, today: IsoDay, direction: Direction): IsoDay | undefined {
  if (ref.monthShared && ref.weekday !== undefined) {
    const inMonth = resolveDate({ type: 'date', day: ref.day, month: ref.month, year: ref.year }, today, direction);
    if (inMonth && isoWeekday(inMonth) === ref.weekday) return inMonth;
    const alone = resolveDate({ type: 'date', day: ref.day, weekday: ref.weekday }, today, direction);
    return alone && isoWeekday(alone) === ref.weekday ? alone : inMonth;
  }
  if (ref.month !== undefined && ref.year !== undefined) return safeDay(ref.year, ref.month, ref.day);
  const step = direction === 'future' ? 1 : -1;
  const candidates: IsoDay[] = [];
  if (ref.month !== undefined) {
    for (let k = -1; k <= 1; k++) {
      const day = safeDay(yearOf(today) + k, ref.month, ref.day);
      if (day) candidates.push(day);
    }
  } else if (ref.weekday !== undefined && direction === 'future') {
    // "lundi 24" said on 12 April, when the 24th of April is a Saturday: the next 24th that is a Monday, within three
    // months. (The next 24th on a school day stays: the weekday is more often the slip.)
    const nearest = resolveDate({ type: 'date', day: ref.day }, today, direction);
    if (nearest && isoWeekday(nearest) <= 5) return nearest;
    for (let k = 0; k <= 3; k++) {
      const day = dayOfMonthAhead(today, k, ref.day);
      if (day && day > today && isoWeekday(day) === ref.weekday) return day;
    }
    return nearest;
  } else if (ref.weekday !== undefined) {
    // "Inès ne viendra pas mercredi 9, elle a la grippe", said on Monday 7 December: the 9th of November was a Monday; the
    // Wednesday 9th of the coming days is the one meant. (Else the last 9th on that weekday, within three months.)
    const nearest = resolveDate({ type: 'date', day: ref.day }, today, direction);
    if (nearest && isoWeekday(nearest) === ref.weekday) return nearest;
    const coming = dayOfMonthAhead(today, 0, ref.day);
    const next = coming && coming > today ? coming : dayOfMonthAhead(today, 1, ref.day);
    if (next && next > today && next <= addDays(today, 10) && isoWeekday(next) === ref.weekday) return next;
    for (let k = 0; k >= -3; k--) {
      const day = dayOfMonthAhead(today, k, ref.day);
      if (day && day < today && isoWeekday(day) === ref.weekday) return day;
    }
    return nearest;
  } else {
    for (let k = -2; k <= 2; k++) {
      const day = dayOfMonthAhead(today, k, ref.day);
      if (day) candidates.push(day);
    }
  }
  const fitting = candidates.filter((day) => (step > 0 ? day > today : day < today));
  return step > 0 ? fitting[0] : fitting[fitting.length - 1];
}

/** "fin janvier": the last day of that month, the next on or after today (on or before, for the past). */
function resolveEndOfMonth(ref: Extract<DayRef, { type: 'endOfMonth' }>, today: IsoDay, direction: Direction): IsoDay {
  if (ref.year !== undefined) return monthBounds(ref.year, ref.month)[1];
  const candidates = [-1, 0, 1].map((k) => monthBounds(yearOf(today) + k, ref.month)[1]);
  return direction === 'future' ? candidates.find((day) => day >= today)! : candidates.filter((day) => day <= today).pop()!;
}

/** The day a reference names, seen from `today`. */
export function resolveDayRef(ref: DayRef, today: IsoDay, direction: Direction): IsoDay | undefined {
  switch (ref.type) {
    case 'relative':
      return addDays(today, ref.offset);
    case 'weekday':
      // ("lundi en huit" said on a Monday: a week from today.)
      // ("mardi dans deux semaines" said on a Wednesday: the Tuesday of the week two weeks from this one.)
      if (ref.weeksLater && ref.weeksFromThisWeek) return addDays(mondayOf(today), 7 * ref.weeksLater + ref.weekday - 1);
      if (ref.weeksLater) return addDays(weekdayAfter(addDays(today, -1), ref.weekday), 7 * ref.weeksLater);
      if (ref.when === 'last' || (ref.when === 'bare' && direction === 'past')) return weekdayBefore(today, ref.weekday);
      return weekdayAfter(today, ref.weekday);
    case 'date':
      return resolveDate(ref, today, direction);
    case 'endOfMonth':
      return resolveEndOfMonth(ref, today, direction);
  }
}

/** First and last day of the month of `day`. */
export function monthBounds(year: number, month: number): [IsoDay, IsoDay] {
  const first = makeDay(year, month, 1);
  const next = month === 12 ? makeDay(year + 1, 1, 1) : makeDay(year, month + 1, 1);
  return [first, addDays(next, -1)];
}

export { dayOfMonth };
