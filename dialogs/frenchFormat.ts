/** How days, times and names are written for a French-speaking parent. */
import type { IsoDay } from '../src/domain/day';
import { frenchDay } from '../src/domain/frenchDates';

/** "mercredi 11 mars" ("1er" on the first), written by the domain's French formatter. */
export { frenchDay, frenchTime } from '../src/domain/frenchDates';

/** "mercredi 11 mars, jeudi 12 mars" (the wording: commas only). */
export function frenchDays(days: readonly IsoDay[]): string {
  return days.map((day) => frenchDay(day)).join(', ');
}

/** "Léa", "Léa et Hugo", "Léa, Hugo et Inès" */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** "Léa, Hugo ou Inès" */
export function frenchAlternatives(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}

/** Lower-cased, accents removed, apostrophes and spaces tidied: for matching short commands. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[!?.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
