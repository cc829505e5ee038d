/** Reads one day reference ("le lundi 16 mars", "16/03/2027", "vendredi prochain", "demain"). */
import type { DayRef } from './dateExpression';
import { monthNumber, weekdayNumber } from './dateLexicon';
import { MONTH, WD } from './datePatterns';

const SLASH = /(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?/;
const ISO = /(20\d\d)\/(\d{1,2})\/(\d{1,2})/;
const NUMBER_MONTH = new RegExp(`\\b(\\d{1,2})(?:er|e)?(?:\\s+(${MONTH})(?:\\s+(20\\d\\d))?)?\\b`);
const WEEKDAY = new RegExp(`\\b(${WD})s?\\b(?:.*\\b(prochain|qui vient|dernier|passe)\\b)?`);

/** The day reference a folded phrase names, or undefined when it names none. */
export function parseDayRef(phrase: string): DayRef | undefined {
  if (/\bavant hier\b/.test(phrase)) return { type: 'relative', offset: -2 };
  if (/\bapres demain\b/.test(phrase)) return { type: 'relative', offset: 2 };
  if (/\bdemain\b/.test(phrase)) return { type: 'relative', offset: 1 };
  if (/\bhier\b/.test(phrase)) return { type: 'relative', offset: -1 };
  if (/\baujourd' hui\b|\bce (?:soir|matin|midi)\b|\bcet apres midi\b|\bce jour\b/.test(phrase)) {
    return { type: 'relative', offset: 0 };
  }
  const iso = ISO.exec(phrase);
  if (iso) return { type: 'date', year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const slash = SLASH.exec(phrase);
  if (slash) {
    const ref: DayRef = { type: 'date', day: Number(slash[1]), month: Number(slash[2]) };
    if (slash[3]) ref.year = slash[3].length === 2 ? 2000 + Number(slash[3]) : Number(slash[3]);
    return ref;
  }
  const numbered = NUMBER_MONTH.exec(phrase);
  if (numbered) {
    const ref: DayRef = { type: 'date', day: Number(numbered[1]) };
    if (numbered[2]) ref.month = monthNumber(numbered[2]);
    if (numbered[3]) ref.year = Number(numbered[3]);
    // ("le lundi 24" without its month: the 24th that is a Monday.)
    const named = WEEKDAY.exec(phrase);
    if (!numbered[2] && named) ref.weekday = weekdayNumber(named[1]);
    return ref;
  }
  const weekday = WEEKDAY.exec(phrase);
  if (weekday) {
    const qualifier = weekday[2];
    const when = qualifier === 'dernier' || qualifier === 'passe' ? 'last' : qualifier ? 'next' : 'bare';
    return { type: 'weekday', weekday: weekdayNumber(weekday[1]), when };
  }
  return undefined;
}
