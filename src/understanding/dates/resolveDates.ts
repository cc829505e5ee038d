/**
 * Turns the expressions found in a message into the opening days it refers to,
 * following the contract: open starts, recurrences bounded by months, weeks, ranges or
 * holidays, weekdays read inside a named week, weekends and public holidays dropped.
 */
import type { IsoDay } from '../../domain/day';
import { addDays, eachDay, isoWeekday, mondayOf, monthOf, yearOf } from '../../domain/day';
import type { SchoolCalendar } from '../../domain/schoolCalendar';
import { firstMondayOf, lastDayOf } from '../../domain/schoolCalendar';
import type { DateExpression, DayRef } from './dateExpression';
import type { Direction } from './resolveDayRef';
import { monthBounds, resolveDayRef } from './resolveDayRef';

export interface DateContext {
  today: IsoDay;
  /** First day of anything whose start is not said: today (check, cancel) or tomorrow. */
  openStart: IsoDay;
  direction: Direction;
  calendar: SchoolCalendar;
}

type Span = [IsoDay, IsoDay];

function rangeSpan(from: DayRef | undefined, to: DayRef, ctx: DateContext): Span | undefined {
  if (!from) {
    const end = resolveDayRef(to, ctx.today, 'future');
    return end ? [ctx.openStart, end] : undefined;
  }
  if (from.type === 'weekday' && to.type === 'weekday' && ctx.direction === 'past') {
    const end = resolveDayRef(to, ctx.today, 'past');
    return end ? [addDays(end, -((isoWeekday(end) - from.weekday + 7) % 7)), end] : undefined;
  }
  if (to.type === 'date' && from.type === 'date') {
    const end = resolveDayRef(to, ctx.today, ctx.direction);
    if (!end) return undefined;
    const year = from.year ?? (from.month !== undefined && from.month > monthOf(end) ? yearOf(end) - 1 : yearOf(end));
    const start = resolveDayRef({ ...from, month: from.month ?? monthOf(end), year }, ctx.today, ctx.direction);
    return start ? [start, end] : undefined;
  }
  const start = resolveDayRef(from, ctx.today, ctx.direction);
  if (!start) return undefined;
  if (to.type === 'weekday') return [start, addDays(start, (to.weekday - isoWeekday(start) + 7) % 7)];
  const end = resolveDayRef(to, ctx.today, ctx.direction);
  return end ? [start, end] : undefined;
}

function monthSpan(e: Extract<DateExpression, { kind: 'month' }>, ctx: DateContext): Span {
  const thisMonth = yearOf(ctx.today) * 12 + monthOf(ctx.today) - 1;
  let index: number;
  if (e.relative !== undefined) index = thisMonth + e.relative;
  else if (e.year !== undefined) index = e.year * 12 + (e.month ?? 1) - 1;
  else {
    const offset = (e.month ?? 1) - 1 - (thisMonth % 12);
    index = thisMonth + (ctx.direction === 'past' ? (offset > 0 ? offset - 12 : offset) : offset < 0 ? offset + 12 : offset);
  }
  const [first, last] = monthBounds(Math.floor(index / 12), (index % 12) + 1);
  if (ctx.direction === 'past') return [first, last < ctx.today ? last : addDays(ctx.today, -1)];
  return [first > ctx.openStart ? first : ctx.openStart, last];
}

function holidaySpan(e: Extract<DateExpression, { kind: 'holiday' }>, ctx: DateContext): Span | undefined {
  const period = ctx.calendar.nextPeriod(ctx.today, e.holiday);
  if (!period) return undefined;
  const first = firstMondayOf(period);
  const last = lastDayOf(period);
  if (e.week !== undefined) {
    const start = e.week < 0 ? mondayOf(last) : addDays(first, 7 * (e.week - 1));
    return [start, addDays(start, 4) < last ? addDays(start, 4) : last];
  }
  return [first > ctx.openStart ? first : ctx.openStart, last];
}

function untilHolidaysSpan(e: Extract<DateExpression, { kind: 'untilHolidays' }>, ctx: DateContext): Span | undefined {
  const period = e.holiday
    ? ctx.calendar.periods.find((p) => p.kind === e.holiday && p.firstDay > ctx.today)
    : ctx.calendar.nextPeriodStartingAfter(ctx.today);
  return period ? [ctx.openStart, addDays(period.firstDay, -1)] : undefined;
}

function weekSpan(which: 'this' | 'next' | 'last', ctx: DateContext): Span {
  const monday = mondayOf(ctx.today);
  if (which === 'next') return [addDays(monday, 7), addDays(monday, 11)];
  if (which === 'last') return [addDays(monday, -7), addDays(monday, -3)];
  return ctx.direction === 'past' ? [monday, ctx.today] : [ctx.today, addDays(monday, 4)];
}

/** The span of days an expression covers (a single day is a span of one). */
export function spanOf(e: DateExpression, ctx: DateContext): Span | undefined {
  switch (e.kind) {
    case 'day': {
      const day = resolveDayRef(e.ref, ctx.today, ctx.direction);
      return day ? [day, day] : undefined;
    }
    case 'range':
      return rangeSpan(e.from, e.to, ctx);
    case 'untilHolidays':
      return untilHolidaysSpan(e, ctx);
    case 'untilEndOf':
      return [ctx.openStart, e.unit === 'month' ? monthBounds(yearOf(ctx.today), monthOf(ctx.today))[1] : addDays(mondayOf(ctx.today), 4)];
    case 'week':
      return weekSpan(e.which, ctx);
    case 'weekOf': {
      const day = resolveDayRef(e.ref, ctx.today, ctx.direction);
      return day ? [mondayOf(day), addDays(mondayOf(day), 4)] : undefined;
    }
    case 'month':
      return monthSpan(e, ctx);
    case 'holiday':
      return holidaySpan(e, ctx);
    case 'recurrence':
      return undefined;
  }
}

const isWeekdayMention = (e: DateExpression) =>
  (e.kind === 'day' && e.ref.type === 'weekday' && e.ref.when !== 'last') ||
  (e.kind === 'range' && e.from?.type === 'weekday' && e.to.type === 'weekday');

/** Weekdays named with a week ("mercredi de la semaine prochaine") fall inside that week. */
function insideWeek(e: DateExpression, week: Span): IsoDay[] {
  const at = (weekday: number) => addDays(week[0], weekday - isoWeekday(week[0]));
  if (e.kind === 'day' && e.ref.type === 'weekday') return [at(e.ref.weekday)];
  if (e.kind === 'range' && e.from?.type === 'weekday' && e.to.type === 'weekday') {
    return eachDay(at(e.from.weekday), at(e.to.weekday));
  }
  return [];
}

/**
 * "cet été du 5 au 16 juillet": a holiday period or a month that only frames explicit
 * dates is context, not more days.
 */
function withoutEnclosingPeriods(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  const isBroad = (e: DateExpression) => (e.kind === 'holiday' && e.week === undefined) || e.kind === 'month';
  const isExplicit = (e: DateExpression) =>
    (e.kind === 'day' && e.ref.type === 'date') || (e.kind === 'range' && e.from?.type === 'date' && e.to.type === 'date');
  const explicit = expressions.filter(isExplicit).map((e) => spanOf(e, ctx)).filter((s): s is Span => s !== undefined);
  const broad = expressions.filter(isBroad);
  if (explicit.length === 0 || broad.length === 0) return [...expressions];
  const spans = broad.map((e) => spanOf(e, ctx)).filter((s): s is Span => s !== undefined);
  const framed = explicit.every(([from, to]) => spans.some(([start, end]) => start <= from && to <= addDays(end, 7)));
  return framed ? expressions.filter((e) => !isBroad(e)) : [...expressions];
}

/** Every opening day the expressions of one message refer to, sorted and unique. */
export function resolveDates(expressions: readonly DateExpression[], ctx: DateContext): IsoDay[] {
  const days = new Set<IsoDay>();
  const add = (span: Span | undefined, weekdays?: readonly number[]) => {
    if (!span) return;
    for (const day of eachDay(span[0], span[1])) if (!weekdays || weekdays.includes(isoWeekday(day))) days.add(day);
  };
  const weeks = expressions.filter((e) => e.kind === 'week' || e.kind === 'weekOf');
  const mentions = expressions.filter(isWeekdayMention);
  const recurrences = expressions.filter((e): e is Extract<DateExpression, { kind: 'recurrence' }> => e.kind === 'recurrence');
  const isBound = (e: DateExpression) => ['month', 'holiday', 'untilHolidays', 'untilEndOf', 'range', 'week', 'weekOf'].includes(e.kind);

  if (recurrences.length > 0) {
    const weekdays = recurrences.flatMap((r) => r.weekdays);
    for (const bound of expressions.filter(isBound)) add(spanOf(bound, ctx), weekdays);
    for (const e of expressions) if (!isBound(e) && e.kind !== 'recurrence' && !isWeekdayMention(e)) add(spanOf(e, ctx));
  } else if (weeks.length > 0 && mentions.length > 0) {
    const week = spanOf(weeks[0], ctx);
    for (const e of expressions) {
      if (week && isWeekdayMention(e)) for (const day of insideWeek(e, [mondayOf(week[0]), addDays(mondayOf(week[0]), 4)])) days.add(day);
      else if (e.kind !== 'week' && e.kind !== 'weekOf') add(spanOf(e, ctx));
    }
  } else {
    for (const e of withoutEnclosingPeriods(expressions, ctx)) add(spanOf(e, ctx));
  }
  const calendar = ctx.calendar;
  return [...days].filter((day) => !calendar.isWeekend(day) && calendar.publicHolidayName(day) === undefined).sort();
}
