/** Dates and times as the console shows them: French words, Paris time. */
import { frenchDay } from '../../domain/frenchDates';
import type { IsoDay } from '../../domain/day';

export const TOWN_TIME_ZONE = 'Europe/Paris';

/** "01/12/2026 17:05", Paris time. */
export const parisDateTime = (date: Date) =>
  date.toLocaleString('fr-FR', { timeZone: TOWN_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' });

/** "mardi 1er décembre" */
export const dayLabel = (day: IsoDay) => frenchDay(day);

/** "Mardi 1er décembre 2026" (a heading). */
export const dayTitle = (day: IsoDay) => {
  const text = frenchDay(day, { withYear: true });
  return text.charAt(0).toUpperCase() + text.slice(1);
};
