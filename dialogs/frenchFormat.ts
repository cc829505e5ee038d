/** How days, times and names are written for a French-speaking parent. */
import type { IsoDay } from '../src/domain/day';
import { addDays, daysBetween, isoWeekday, monthOf, yearOf } from '../src/domain/day';
import { frenchDay, WEEKDAY_NAMES } from '../src/domain/frenchDates';
import { plainSpaces } from '../src/domain/frenchTypography';

/** "mercredi 11 mars" ("1er" on the first), written by the domain's French formatter. */
export { frenchDay, frenchTime } from '../src/domain/frenchDates';

/** "Léa", "Léa et Hugo", "Léa, Hugo et Inès" */
export function frenchList(items: readonly string[], and = 'et'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "Léa, Hugo ou Inès" */
export function frenchAlternatives(items: readonly string[]): string {
  return frenchList(items, 'ou');
}

/** Runs of consecutive days, a weekend in between not breaking a run (Friday → Monday). */
export function dayRuns(days: readonly IsoDay[]): IsoDay[][] {
  const sorted = [...new Set(days)].sort();
  const runs: IsoDay[][] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    const gap = previous ? daysBetween(previous, day) : 0;
    const weekendOnly = previous !== undefined && gap > 1 && Array.from({ length: gap - 1 }, (_, i) => isoWeekday(addDays(previous, i + 1))).every((w) => w >= 6);
    if (run && (gap === 1 || weekendOnly)) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

/** "du lundi 9 au vendredi 13 mars", "du lundi 30 mars au vendredi 3 avril". */
export function frenchSpan(first: IsoDay, last: IsoDay, options: { withoutWeekday?: boolean } = {}): string {
  if (first === last) return frenchDay(first, options);
  const sameMonth = monthOf(first) === monthOf(last) && yearOf(first) === yearOf(last);
  const words = frenchDay(first, options).split(' ');
  const start = sameMonth ? words.slice(0, options.withoutWeekday ? 1 : 2).join(' ') : words.join(' ');
  return `du ${start} au ${frenchDay(last, options)}`;
}

/**
 * Every day, three or more in a row written as a range: "mercredi 11 mars",
 * "mardi 10 mars et jeudi 12 mars", "du lundi 9 au vendredi 13 mars et mercredi 18 mars".
 */
export function frenchDays(days: readonly IsoDay[]): string {
  const items = dayRuns(days).flatMap((run) => (run.length >= 3 ? [frenchSpan(run[0], run[run.length - 1])] : run.map((day) => frenchDay(day))));
  return frenchList(items);
}

/** Items above which a list of days is told in short (the detail stays available). */
export const SHORT_LIST_ITEMS = 6;

/**
 * A list of days a parent can read at a glance: as frenchDays when short; else by
 * weekday ("les mardis et jeudis du mardi 10 mars au jeudi 16 avril, 12 jours") or as a
 * count and a span ("23 jours du lundi 9 mars au vendredi 17 avril"). `shortened` says
 * whether the day-by-day detail was left out.
 */
export function frenchDaysShort(days: readonly IsoDay[]): { text: string; shortened: boolean } {
  const sorted = [...new Set(days)].sort();
  const runs = dayRuns(sorted);
  const items = runs.reduce((count, run) => count + (run.length >= 3 ? 1 : run.length), 0);
  if (items <= SHORT_LIST_ITEMS) return { text: frenchDays(sorted), shortened: false };
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const count = `${sorted.length} jours`;
  const weekdays = [...new Set(sorted.map(isoWeekday))].sort();
  if (weekdays.length <= 3) {
    const names = weekdays.map((weekday) => `${WEEKDAY_NAMES[weekday - 1]}s`);
    return { text: `les ${frenchList(names)} ${frenchSpan(first, last, { withoutWeekday: true })} (${count})`, shortened: true };
  }
  return { text: `${count} ${frenchSpan(first, last)}`, shortened: true };
}

/** Lower-cased, accents removed, apostrophes and spaces tidied: for matching short commands. */
export function normalise(text: string): string {
  return plainSpaces(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[!?.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
