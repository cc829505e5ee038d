/**
 * Days as a French parent reads them: "mercredi 11 mars", "mardi 10 mars 2026 à 23h59".
 * Written by hand rather than through Intl so the output never depends on the ICU data
 * of the machine.
 */
import type { IsoDay } from './day';
import { dayOfMonth, isoWeekday, monthOf, yearOf } from './day';

export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export const MONTH_NAMES = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

export interface FrenchDayOptions {
  /** Adds the year ("mercredi 11 mars 2026"). */
  withYear?: boolean;
  /** Leaves the weekday out ("11 mars"). */
  withoutWeekday?: boolean;
}

/** "mercredi 11 mars" (1er for the first of the month, as French writes it). */
export function frenchDay(day: IsoDay, options: FrenchDayOptions = {}): string {
  const date = dayOfMonth(day);
  const parts = [
    options.withoutWeekday ? undefined : WEEKDAY_NAMES[isoWeekday(day) - 1],
    date === 1 ? '1er' : String(date),
    MONTH_NAMES[monthOf(day) - 1],
    options.withYear ? String(yearOf(day)) : undefined,
  ];
  return parts.filter(Boolean).join(' ');
}

/** "23h59" from "23:59". */
export function frenchTime(clock: string): string {
  const [hours, minutes] = clock.split(':');
  return `${Number(hours)}h${minutes}`;
}

/** "mercredi 11 mars, jeudi 12 mars et vendredi 13 mars". */
export function frenchDayList(days: readonly IsoDay[], options: FrenchDayOptions = {}): string {
  const names = days.map((day) => frenchDay(day, options));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}
