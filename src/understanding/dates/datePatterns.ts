/**
 * Regular-expression building blocks of the French date grammar, over folded text
 * (see foldText: no accents, apostrophes followed by a space, no punctuation).
 */
import type { HolidayKind } from '../../domain/schoolCalendar';
import { MONTHS, WEEKDAYS } from './dateLexicon';

export const WD = `(?:${WEEKDAYS.join('|')})`;
export const WDS = `(?:${WEEKDAYS.join('|')})s?`;
export const MONTH = `(?:${MONTHS.join('|')})`;
export const YEAR = `(?:20\\d\\d)`;
/** A day number not followed by a time, a slash, a unit or a street ("18h", "3 enfants", "au 23 rue de Paris"). */
export const DAY_NUMBER = `(?:[12]\\d|3[01]|0?[1-9])(?:er|e)?(?![\\d/:h])(?!\\s+(?:h|heures?|enfants?|jours?|semaines?|fois|mois|ans?|euros?|minutes?|min|places?|personnes?|rue|avenue|av|boulevard|bd|allee|impasse|chemin|quai|route|bis|ter)\\b)`;
export const SLASH_DATE = `(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)`;
/** One point in time inside a range: "le lundi 16 mars", "16/03", "lundi", "demain". */
export const POINT = `(?:(?:(?:le|l')\\s+)?(?:${WD}\\s+)?(?:${SLASH_DATE}|${DAY_NUMBER}(?:\\s+${MONTH}\\b(?:\\s+${YEAR})?)?)|${WD}|apres demain|demain|aujourd' hui)`;

export const HOLIDAY_NAME = `(?:toussaint|automne|noel|fetes de fin d' annee|fin d' annee|fetes|hiver|fevrier|ski|printemps|paques|ete)`;
/** "vacances de la Toussaint", "congés d'hiver", "grandes vacances". */
export const NAMED_HOLIDAYS = `(?:grandes vacances|(?:vacances|conges)\\s+(?:scolaires\\s+)?(?:(?:de la|de l'|de|d'|du|des)\\s*)?${HOLIDAY_NAME}|(?:vacances|conges)\\s+(?:(?:de|d')\\s*)?(?:octobre|decembre|avril))`;

/** The holiday kind a folded holiday phrase names, if any. */
export function holidayKindOf(phrase: string): HolidayKind | undefined {
  if (/grandes vacances|\bete\b/.test(phrase)) return 'ete';
  if (/toussaint|automne|octobre/.test(phrase)) return 'toussaint';
  if (/noel|fin d' annee|fetes|decembre/.test(phrase)) return 'noel';
  if (/hiver|fevrier|ski/.test(phrase)) return 'hiver';
  if (/printemps|paques|avril/.test(phrase)) return 'printemps';
  return undefined;
}
