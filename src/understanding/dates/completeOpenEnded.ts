/**
 * The end a parent gives when the bot asks "jusqu'à quand ?" after an open-ended
 * request ("tous les mardis à partir du 12", "à partir de lundi"), and the opening days
 * from the request's first day to that end.
 */
import type { IsoDay } from '../../domain/day';
import { addDays, eachDay, isoWeekday, makeDay, yearOf } from '../../domain/day';
import type { DateExpression } from './dateExpression';
import { monthNumber } from './dateLexicon';
import { MONTH } from './datePatterns';
import type { DateContext, OpenEnded } from './resolveDates';
import { spanOf } from './resolveDates';

/** "toute l'année", "jusqu'à la fin de l'année scolaire", "jusqu'à l'été": until the summer holidays. */
const WHOLE_YEAR =
  /\b(?:toute l' annee|(?:l'|cette) annee scolaire|fin de l' annee|jusqu' (?:a|au|aux) (?:l' ete|grandes vacances)|tout le temps|jusqu' aux grandes vacances)\b/;
/** "début février": the end is the day before that month begins. */
const MONTH_START = new RegExp(`\\bdebut\\s+(?:du mois\\s+(?:de|d')\\s*|de\\s+|d'\\s*)?(${MONTH})\\b`);
/** "mi-janvier": the 15th. */
const MID_MONTH = new RegExp(`\\bmi\\s+(${MONTH})\\b`);

/** The first occurrence of day `dayNumber` of `month` on or after `from`. */
function onOrAfter(from: IsoDay, month: number, dayNumber: number): IsoDay {
  const thisYear = makeDay(yearOf(from), month, dayNumber);
  return thisYear >= from ? thisYear : makeDay(yearOf(from) + 1, month, dayNumber);
}

/**
 * Days said with their month ("jusqu'au 10 mars") are read from today: an end before the
 * request's first day is no end, rather than the same day a year later. Weekdays and
 * bare day numbers ("jusqu'à vendredi", "jusqu'au 18") are read from the first day.
 */
function namesMonth(e: DateExpression): boolean {
  const ref = e.kind === 'day' || e.kind === 'weekOf' ? e.ref : e.kind === 'range' ? e.to : undefined;
  return (ref?.type === 'date' && ref.month !== undefined) || ref?.type === 'endOfMonth';
}

/** The real reference day kept by answerContext. */
function todayOf(ctx: DateContext): IsoDay {
  return (ctx as AnswerContext).realToday ?? ctx.today;
}

type AnswerContext = DateContext & { realToday?: IsoDay };

/** The last day an expression of the answer reaches, seen from the open request's first day. */
function endOf(e: DateExpression, ctx: DateContext): IsoDay | undefined {
  switch (e.kind) {
    case 'recurrence':
    case 'from':
      return undefined;
    case 'holiday': {
      // "jusqu'à Noël", "(jusqu'aux) vacances de printemps": the day before they begin.
      const period = ctx.calendar.periods.find((p) => p.kind !== 'pont' && (!e.holiday || p.kind === e.holiday) && p.firstDay > ctx.today);
      return period ? addDays(period.firstDay, -1) : undefined;
    }
    default:
      return spanOf(e, ctx)?.[1];
  }
}

/**
 * The last day named by an answer to "jusqu'à quand ?" (folded text and the expressions
 * the date grammar found in it), or undefined when it names no end.
 */
export function answerEnd(folded: string, expressions: readonly DateExpression[], ctx: DateContext): IsoDay | undefined {
  const ends: IsoDay[] = [];
  if (WHOLE_YEAR.test(folded)) {
    const summer = ctx.calendar.periods.find((p) => p.kind === 'ete' && p.firstDay > ctx.today);
    if (summer) ends.push(addDays(summer.firstDay, -1));
  }
  const monthStart = MONTH_START.exec(folded);
  const midMonth = MID_MONTH.exec(folded);
  if (monthStart) ends.push(addDays(onOrAfter(ctx.openStart, monthNumber(monthStart[1]), 1), -1));
  else if (midMonth) ends.push(onOrAfter(ctx.openStart, monthNumber(midMonth[1]), 15));
  else {
    for (const e of expressions) {
      const end = endOf(e, namesMonth(e) ? { ...ctx, today: todayOf(ctx) } : ctx);
      if (end) ends.push(end);
    }
  }
  return ends.sort().pop();
}

/** The opening days of an open-ended request from its first day to `end`, weekdays kept. */
export function openEndedDays(openEnded: OpenEnded, end: IsoDay | undefined, ctx: DateContext): IsoDay[] {
  if (!end || end < openEnded.from) return [];
  const calendar = ctx.calendar;
  return eachDay(openEnded.from, end).filter(
    (day) =>
      (openEnded.weekdays.length === 0 || openEnded.weekdays.includes(isoWeekday(day))) &&
      !calendar.isWeekend(day) &&
      calendar.publicHolidayName(day) === undefined,
  );
}

/** The reference day an answer is read from: the request's first day, if later than today. */
export function answerContext(openEnded: OpenEnded, today: IsoDay, base: Omit<DateContext, 'today' | 'openStart'>): DateContext {
  const dayBefore = addDays(openEnded.from, -1);
  const context: AnswerContext = { ...base, today: dayBefore > today ? dayBefore : today, openStart: openEnded.from, realToday: today };
  return context;
}
