/**
 * Calendar days as ISO strings ('YYYY-MM-DD').
 *
 * A day the parent sees is a calendar day in the town's time zone, not an instant:
 * arithmetic is done on the date alone (through UTC midnights, which have no DST),
 * so a server running in UTC and one running in Paris give the same answers.
 */
import { TZDate } from '@date-fns/tz';

export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written 'YYYY-MM-DD'. */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses 'YYYY-MM-DD', throwing a clear error on anything else (31 February included). */
export function parseIsoDay(text: string): IsoDay {
  if (!isIsoDay(text)) throw new Error(`Not a calendar day (expected YYYY-MM-DD): "${text}"`);
  return text;
}

function toUtcMidnight(day: IsoDay): Date {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`Not a calendar day (expected YYYY-MM-DD): "${day}"`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtcMidnight(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

/** Builds a day from its parts (month 1–12). */
export function makeDay(year: number, month: number, dayOfMonth: number): IsoDay {
  return fromUtcMidnight(new Date(Date.UTC(year, month - 1, dayOfMonth)));
}

export function addDays(day: IsoDay, count: number): IsoDay {
  const date = toUtcMidnight(day);
  date.setUTCDate(date.getUTCDate() + count);
  return fromUtcMidnight(date);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: IsoDay): number {
  const weekday = toUtcMidnight(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function yearOf(day: IsoDay): number {
  return Number(day.slice(0, 4));
}

export function monthOf(day: IsoDay): number {
  return Number(day.slice(5, 7));
}

export function dayOfMonth(day: IsoDay): number {
  return Number(day.slice(8, 10));
}

/** Number of days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / 86_400_000);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: IsoDay, to: IsoDay): IsoDay[] {
  const days: IsoDay[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The first day on or after `day` that falls on `weekday` (1 = Monday). */
export function nextWeekdayOnOrAfter(day: IsoDay, weekday: number): IsoDay {
  return addDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

/** Monday of the week that contains `day`. */
export function mondayOf(day: IsoDay): IsoDay {
  return addDays(day, 1 - isoWeekday(day));
}

/** Last day of the month of `day`. */
export function lastDayOfMonth(day: IsoDay): IsoDay {
  return fromUtcMidnight(new Date(Date.UTC(yearOf(day), monthOf(day), 0)));
}

/** The calendar day that `now` falls on in `timeZone`. */
export function todayIn(now: Date, timeZone: string): IsoDay {
  const local = new TZDate(now.getTime(), timeZone);
  return makeDay(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The instant of a wall-clock time on `day` in `timeZone` (DST-aware). */
export function instantAt(day: IsoDay, hours: number, minutes: number, timeZone: string): Date {
  const local = new TZDate(yearOf(day), monthOf(day) - 1, dayOfMonth(day), hours, minutes, timeZone);
  return new Date(local.getTime());
}

/** Wall-clock 'HH:mm' of an instant in `timeZone`. */
export function wallClockTime(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
}
