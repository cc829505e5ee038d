/**
 * Turns the expressions found in a message into the opening days it refers to,
 * following the contract: open starts, recurrences bounded by months, weeks, ranges or
 * holidays, weekdays read inside a named week, weekends and public holidays dropped.
 */
import type { IsoDay } from '../../domain/day';
import { addDays, eachDay, isIsoDay, isoWeekday, mondayOf, monthOf, yearOf } from '../../domain/day';
import type { SchoolCalendar } from '../../domain/schoolCalendar';
import { firstMondayOf, lastDayOf } from '../../domain/schoolCalendar';
import type { DateExpression, DayRef } from './dateExpression';
import { isWeekdayMention } from './dateExpression';
import type { Direction } from './resolveDayRef';
import { dateRefOf, dayOfMonthAhead, monthBounds, resolveDayRef, weekdayAfter } from './resolveDayRef';

export interface DateContext {
  today: IsoDay;
  /** First day of anything whose start is not said: today (check, cancel) or tomorrow. */
  openStart: IsoDay;
  direction: Direction;
  calendar: SchoolCalendar;
  /** "à partir du lundi 8 mars jusqu'à la fin du mois": a first day said in so many words (its month ends "fin du mois"). */
  namedStart?: IsoDay;
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
  if (to.type === 'date' && from.type === 'date' && to.month === undefined && from.month !== undefined) {
    // "du 12 juillet au 30": the end takes the start's month (the next one when its day comes first).
    const start = resolveDayRef(from, ctx.today, ctx.direction);
    if (!start) return undefined;
    const sameMonth = resolveDayRef({ type: 'date', day: to.day, month: monthOf(start), year: yearOf(start) }, ctx.today, ctx.direction);
    const nextMonth = monthOf(start) === 12 ? { month: 1, year: yearOf(start) + 1 } : { month: monthOf(start) + 1, year: yearOf(start) };
    const end = sameMonth && sameMonth >= start ? sameMonth : resolveDayRef({ type: 'date', day: to.day, ...nextMonth }, ctx.today, ctx.direction);
    return end ? [start, end] : undefined;
  }
  if (to.type === 'date' && from.type === 'date' && from.month === undefined && to.month === undefined && (from.weekday !== undefined || to.weekday !== undefined) && ctx.direction === 'future') {
    // "du lundi 24 au vendredi 28" said on 12 April, "du 22 au jeudi 25" said in January: the month where the days fall
    // on the weekdays named, within three months.
    const fits = (day: IsoDay, weekday: number | undefined) => weekday === undefined || isoWeekday(day) === weekday;
    for (let k = 0; k <= 3; k++) {
      const start = dayOfMonthAhead(ctx.today, k, from.day);
      const end = dayOfMonthAhead(ctx.today, to.day >= from.day ? k : k + 1, to.day);
      if (start && end && start > ctx.today && fits(start, from.weekday) && fits(end, to.weekday)) return [start, end];
    }
  }
  if (to.type === 'date' && from.type === 'date') {
    const end = resolveDayRef(to, ctx.today, ctx.direction);
    if (!end) return undefined;
    const year = from.year ?? (from.month !== undefined && from.month > monthOf(end) ? yearOf(end) - 1 : yearOf(end));
    const start = resolveDayRef({ ...from, month: from.month ?? monthOf(end), year }, ctx.today, ctx.direction);
    // "à partir du lundi 24 jusqu'au 2 juillet" said in April: not the 24th of June, a Thursday, but the next Monday 24th.
    if (start && from.weekday !== undefined && isoWeekday(start) !== from.weekday) {
      const named = resolveDayRef({ type: 'date', day: from.day, weekday: from.weekday }, ctx.today, ctx.direction);
      if (named && isoWeekday(named) === from.weekday && named <= end) return [named, end];
    }
    return start ? [start, end] : undefined;
  }
  const start = resolveDayRef(from, ctx.today, ctx.direction);
  if (!start) return undefined;
  if (to.type === 'weekday') return [start, addDays(start, (to.weekday - isoWeekday(start) + 7) % 7)];
  const end = resolveDayRef(to, ctx.today, ctx.direction);
  return end ? [start, end] : undefined;
}

/** A day the accueil never opens: a weekend or a public holiday. */
const isClosedDay = (calendar: DateContext['calendar'], day: IsoDay) => calendar.isWeekend(day) || calendar.publicHolidayName(day) !== undefined;

/** "les deux premiers jours de …", "le dernier jour de …": the first `count` opening days of a span (the last ones when negative). */
function firstOrLastOpeningDays(span: Span, count: number, ctx: DateContext): Span | undefined {
  const open = eachDay(span[0], span[1]).filter((day) => !isClosedDay(ctx.calendar, day));
  const taken = count > 0 ? open.slice(0, count) : open.slice(count);
  return taken.length > 0 ? [taken[0], taken[taken.length - 1]] : undefined;
}

/**
 * "les deux dernières semaines de juillet": the first (last, when negative) weeks of a month, Monday to Friday. A week
 * mostly in the month before or after is not one of its own ("la première semaine de juillet" 2027 starts on Monday 5).
 */
function firstOrLastWeeks([first, last]: Span, count: number): Span {
  if (count > 0) {
    const start = isoWeekday(first) >= 4 ? addDays(mondayOf(first), 7) : first;
    const end = addDays(mondayOf(start), 7 * count - 3);
    return [start, end < last ? end : last];
  }
  const end = isoWeekday(last) <= 2 ? addDays(mondayOf(last), -3) : last;
  const start = addDays(mondayOf(end), 7 * (count + 1));
  return [start > first ? start : first, end];
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
  if (e.days !== undefined) return firstOrLastOpeningDays([first, last], e.days, ctx) ?? [first, first];
  if (e.weeks !== undefined) return firstOrLastWeeks([first, last], e.weeks);
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
  if (e.days !== undefined) return firstOrLastOpeningDays([first, last], e.days, ctx);
  return [first > ctx.openStart ? first : ctx.openStart, last];
}

function untilHolidaysSpan(e: Extract<DateExpression, { kind: 'untilHolidays' }>, ctx: DateContext): Span | undefined {
  // ("à partir du 8 mars … jusqu'aux vacances", said in February: the holidays after the 8th.)
  const after = ctx.openStart > ctx.today ? addDays(ctx.openStart, -1) : ctx.today;
  const period = e.holiday
    ? ctx.calendar.periods.find((p) => p.kind === e.holiday && p.firstDay > after)
    : ctx.calendar.nextPeriodStartingAfter(after);
  return period ? [ctx.openStart, addDays(period.firstDay, -1)] : undefined;
}

function weekSpan(which: 'this' | 'next' | 'last' | 'after' | 'afterNext', ctx: DateContext): Span {
  const monday = mondayOf(ctx.today);
  if (which === 'afterNext') return [addDays(monday, 14), addDays(monday, 18)];
  if (which === 'next' || which === 'after') return [addDays(monday, 7), addDays(monday, 11)];
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
    case 'weekRank':
    case 'afterHolidays':
      return undefined;
    case 'range':
      return rangeSpan(e.from, e.to, ctx);
    case 'untilHolidays':
      return untilHolidaysSpan(e, ctx);
    case 'untilEndOf':
    {
      const from = ctx.namedStart ?? ctx.today;
      return [ctx.openStart, e.unit === 'month' ? monthBounds(yearOf(from), monthOf(from))[1] : addDays(mondayOf(from), 4)];
    }
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
    case 'from': {
      const start = spanOf(e.start, ctx);
      return start ? [start[0], start[0]] : undefined;
    }
  }
}

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
    (e.kind === 'day' && e.ref.type === 'date') || (e.kind === 'range' && e.from?.type === 'date' && e.to.type === 'date') || (e.kind === 'weekOf' && e.ref.type === 'date');
  // ("au mois de février ? Le 14 février c'est mon anniversaire": a closed day frames nothing; the month is asked.)
  const closedDay = (span: Span) => span[0] === span[1] && isClosedDay(ctx.calendar, span[0]);
  const explicit = expressions.filter(isExplicit).map((e) => spanOf(e, ctx)).filter((s): s is Span => s !== undefined && !closedDay(s));
  const broad = expressions.filter(isBroad);
  // "cet été, en juillet, tout le mois": the month says which part of the holidays.
  const months = expressions.filter((e) => e.kind === 'month').map((e) => spanOf(e, ctx)).filter((s): s is Span => s !== undefined);
  const wholeHoliday = (e: DateExpression) => e.kind === 'holiday' && e.week === undefined;
  if (explicit.length === 0 && months.length > 0 && expressions.some(wholeHoliday)) {
    const overlaps = expressions.filter(wholeHoliday).every((e) => {
      const span = spanOf(e, ctx);
      return span !== undefined && months.some(([from, to]) => from <= span[1] && span[0] <= to);
    });
    return overlaps ? expressions.filter((e) => !wholeHoliday(e)) : [...expressions];
  }
  // "pour la semaine prochaine : … le mercredi 14, … le vendredi 16": the week heads days of its own.
  // ("demain et après-demain …, il travaille tard cette semaine": days said relative to today are heads too,
  // and so is "cette semaine, à partir de demain jusqu'à vendredi".)
  const isWeek = (e: DateExpression) => e.kind === 'week' && e.which !== 'after';
  const fromToday = (ref: DayRef | undefined) => ref?.type === 'relative' && ref.offset > 0 && !ref.anaphoric;
  const ahead = expressions
    .filter((e) => (e.kind === 'day' && fromToday(e.ref)) || (e.kind === 'range' && fromToday(e.from)))
    .map((e) => spanOf(e, ctx))
    .filter((s): s is Span => s !== undefined);
  const heads = [...explicit, ...ahead];
  const inOneWeek = heads.length > 0 && expressions.filter(isWeek).some((e) => {
    const span = spanOf(e, ctx);
    return span !== undefined && heads.every(([from, to]) => span[0] <= from && to <= span[1]);
  });
  if (inOneWeek) return withoutEnclosingPeriods(expressions.filter((e) => !isWeek(e)), ctx);
  // ("demain et après-demain, elle s'ennuie à la maison pendant les vacances", said during the holidays: those days
  // frame-checked like dated ones, against the holidays only: "demain et tout le mois de décembre" asks the month.)
  // ("c'est dans quinze jours à peu près": a time from now, told loosely, frames nothing.)
  const soon = expressions
    .filter((e) => (e.kind === 'day' && fromToday(e.ref) && e.ref.type === 'relative' && e.ref.offset <= 2) || (e.kind === 'range' && fromToday(e.from) && e.from?.type === 'relative' && e.from.offset <= 2))
    .map((e) => spanOf(e, ctx))
    .filter((s): s is Span => s !== undefined);
  const holidayFramed = explicit.length === 0 && soon.length > 0 && soon.length === ahead.length && broad.length > 0 && broad.every(wholeHoliday);
  if ((explicit.length === 0 && !holidayFramed) || broad.length === 0) return [...expressions];
  const spans = broad.map((e) => spanOf(e, ctx)).filter((s): s is Span => s !== undefined);
  const framed = (holidayFramed ? soon : explicit).every(([from, to]) => spans.some(([start, end]) => start <= from && to <= addDays(end, 7)));
  return framed ? expressions.filter((e) => !isBroad(e)) : [...expressions];
}

/**
 * "le mercredi 9 décembre … seulement le mercredi j'ai mon club": a weekday said with
 * "le" that a dated day of the message already is adds no other day.
 */
function withoutEchoedWeekdays(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  // ("du mardi 5 au vendredi 8 janvier, et le mercredi aussi": the Wednesday of that range, a dated range of a week or less.)
  const datedRange = (e: DateExpression) => e.kind === 'range' && e.from?.type === 'date' && e.to.type === 'date';
  const dated = new Set(
    expressions
      .filter((e) => (e.kind === 'day' && e.ref.type === 'date') || datedRange(e))
      .map((e) => spanOf(e, ctx))
      .filter((s): s is Span => s !== undefined && eachDay(s[0], s[1]).length <= 7)
      .flatMap((span) => eachDay(span[0], span[1]).map(isoWeekday)),
  );
  if (dated.size === 0) return [...expressions];
  return expressions.filter((e) => !(e.kind === 'day' && e.habitual && e.ref.type === 'weekday' && e.ref.when === 'bare' && !e.weeksAfter && dated.has(e.ref.weekday)));
}

/**
 * An unbounded reference: "tous les mardis" (no bound), "à partir de lundi" (no end).
 * It lists no day; the dialog asks until when (see completeOpenEnded).
 */
export interface OpenEnded {
  /** ISO weekdays (1 = Monday) of the recurrence; empty = every opening day. */
  weekdays: number[];
  /** Its first possible day: the explicit start, else the open start. */
  from: IsoDay;
}

export interface ResolvedDates {
  dates: IsoDay[];
  /** Days named one by one that are never open (weekends, public holidays), left out of `dates`. */
  closedDates?: IsoDay[];
  openEnded?: OpenEnded;
}

type Recurrence = Extract<DateExpression, { kind: 'recurrence' }>;

/** Bounds a recurrence reads its days inside. */
const isBound = (e: DateExpression) => ['month', 'holiday', 'untilHolidays', 'untilEndOf', 'range', 'week', 'weekOf'].includes(e.kind);
/** Bounds that end what an explicit start ("à partir de lundi") opens. */
const isEnd = (e: DateExpression) =>
  (e.kind === 'range' && e.from === undefined) || e.kind === 'untilHolidays' || e.kind === 'untilEndOf' || e.kind === 'month' || e.kind === 'holiday';

/**
 * "la semaine prochaine et la semaine d'après": a week said "after" follows the week (or
 * day) named before it, else the current week; it becomes that week, as "la semaine du …".
 */
function anchorFollowingWeeks(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  let lastMonday: IsoDay | undefined;
  let lastDay: IsoDay | undefined;
  /** Weekdays said alone just before a week ("le mardi et le jeudi de la semaine …"). */
  let weekdaysBefore: number[] = [];
  const bareWeekday = (e: DateExpression | undefined) => e?.kind === 'day' && e.ref.type === 'weekday' && e.ref.when === 'bare' && !e.ref.afterPrevious;
  // "le 5 juillet, ainsi que le lundi et le mardi de la semaine suivante": the weekdays of the week after do not anchor it.
  const weekdaysOfWeekAfter = (i: number) => {
    let k = i;
    while (bareWeekday(expressions[k])) k++;
    return k > i && expressions[k]?.kind === 'week' && (expressions[k] as { which?: string }).which === 'after';
  };
  /** Days named by their date ("du vendredi 26 au mardi 30 mars"), for a bare weekday said after them. */
  const datedDays: IsoDay[] = [];
  const noWeek = !expressions.some((e) => e.kind === 'week' || e.kind === 'weekOf' || e.kind === 'recurrence');
  const anchored = expressions.map((e, i): DateExpression | undefined => {
    let out = e;
    // "…du vendredi 26 au mardi 30 mars, elle ne rentrera que le mardi soir": the Tuesday already named.
    if (noWeek && bareWeekday(e) && e.kind === 'day' && e.ref.type === 'weekday' && e.ref.weeksLater === undefined) {
      const weekday = e.ref.weekday;
      const same = datedDays.find((day) => isoWeekday(day) === weekday);
      if (same) return { kind: 'day', ref: dateRefOf(same) };
      // "mercredi 16 au centre et aussi jeudi soir": a later weekday said just after a dated day is in that day's week.
      const previous = expressions[i - 1];
      const dayBefore = previous?.kind === 'day' && previous.ref.type === 'date' ? spanOf(previous, ctx)?.[0] : undefined;
      if (dayBefore && weekday > isoWeekday(dayBefore) && weekday <= 5) {
        const inWeek = addDays(dayBefore, weekday - isoWeekday(dayBefore));
        return { kind: 'day', ref: dateRefOf(inWeek) };
      }
    }
    const dated = (e.kind === 'day' && e.ref.type === 'date') || (e.kind === 'range' && e.from?.type === 'date' && e.to.type === 'date') ? spanOf(e, ctx) : undefined;
    if (dated) datedDays.push(dated[0], dated[1]);
    // "le 10 juin … et aussi le lendemain": the day after the day named before ("ni le soir ni le lendemain" alone names none).
    if (e.kind === 'day' && e.ref.type === 'relative' && e.ref.anaphoric) {
      if (!lastDay) return undefined;
      const after = addDays(lastDay, e.ref.offset);
      out = { kind: 'day', ref: dateRefOf(after) };
    }
    // "mardi en huit et le jeudi d'après": the first Thursday after the day named before.
    if (e.kind === 'day' && e.ref.type === 'weekday' && e.ref.afterPrevious) {
      const { afterPrevious: _, ...ref } = e.ref;
      // ("le mardi et le jeudi de la semaine de la rentrée et puis le lundi d'après": after the week named before.)
      const before = lastDay ?? (lastMonday ? addDays(lastMonday, 4) : undefined);
      if (before) {
        const after = addDays(before, ((e.ref.weekday - isoWeekday(before) + 6) % 7) + 1);
        out = { kind: 'day', ref: dateRefOf(after) };
      } else out = { ...e, ref };
    }
    if (e.kind === 'week' && e.which === 'after') {
      const monday = addDays(lastMonday ?? mondayOf(ctx.today), 7);
      out = { kind: 'weekOf', ref: dateRefOf(monday), following: true };
    }
    if ((out.kind === 'week' || out.kind === 'weekOf' || (out.kind === 'holiday' && out.week !== undefined) || (out.kind === 'afterHolidays' && out.weekAfter) || out.kind === 'day') && !weekdaysOfWeekAfter(i)) {
      const span = spanOf(out, ctx);
      if (span) lastMonday = mondayOf(span[0]);
      // (A week named after weekdays holds them: "le mardi et le jeudi de la semaine de la rentrée et puis le lundi d'après"
      // is after that Thursday, "lundi de la semaine prochaine et aussi le mardi après" after that Monday.)
      if (span && out.kind === 'day') {
        lastDay = span[1];
        if (bareWeekday(e)) weekdaysBefore.push(isoWeekday(span[1]));
        else weekdaysBefore = [];
      } else if (span) {
        lastDay = weekdaysBefore.length > 0 ? addDays(mondayOf(span[0]), Math.max(...weekdaysBefore) - 1) : undefined;
        weekdaysBefore = [];
      }
    }
    return out;
  });
  return anchored.filter((e): e is DateExpression => e !== undefined);
}

/** "tous les mercredis de janvier à partir du 13": a day number without a month falls in the month named. */
function inNamedMonth(e: DateExpression, expressions: readonly DateExpression[], ctx: DateContext): DateExpression {
  const month = expressions.find((m) => m.kind === 'month');
  if (e.kind !== 'day' || e.ref.type !== 'date' || e.ref.month !== undefined || !month) return e;
  const span = spanOf(month, ctx);
  if (!span) return e;
  return { kind: 'day', ref: { ...e.ref, month: monthOf(span[0]), year: yearOf(span[0]) } };
}

/**
 * "la première semaine des vacances, genre du lundi au vendredi": a range of weekdays
 * beside a period is which days of that period, not the days of this week.
 */
function weekdayRangesInPeriods(expressions: readonly DateExpression[]): DateExpression[] {
  const period = expressions.some((e) => e.kind === 'holiday' || e.kind === 'week' || e.kind === 'weekOf' || e.kind === 'month');
  if (!period) return [...expressions];
  return expressions.map((e) => {
    // ("du mardi au vendredi de la première semaine": the days of the week said with it.)
    if (e.kind !== 'range' || e.from?.type !== 'weekday' || e.to.type !== 'weekday' || e.from.when !== 'bare' || e.to.when !== 'bare' || e.from.weekday > e.to.weekday || e.ofNextWeek) return e;
    const weekdays: number[] = [];
    for (let day = e.from.weekday; day <= e.to.weekday; day++) weekdays.push(day);
    return { kind: 'recurrence', weekdays };
  });
}

/** "en juillet, du 12 au 23", "tout juillet, même le 2": day numbers without a month fall in the one month named. */
function rangesInNamedMonth(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  const months = expressions.filter((e) => e.kind === 'month');
  if (months.length !== 1) return [...expressions];
  const span = spanOf(months[0], ctx);
  if (!span) return [...expressions];
  const month = monthOf(span[0]);
  const year = yearOf(span[0]);
  const inMonth = (ref: DayRef): DayRef => (ref.type === 'date' && ref.month === undefined ? { ...ref, month, year } : ref);
  return expressions.map((e) => {
    if (e.kind === 'range' && e.from?.type === 'date' && e.from.month === undefined && e.to.type === 'date' && e.to.month === undefined && e.from.day <= e.to.day) {
      return { kind: 'range', from: inMonth(e.from), to: inMonth(e.to) };
    }
    // "tout juillet, même les 1er et 2": a day number alone falls in the month named too.
    return e.kind === 'day' && e.ref.type === 'date' && e.ref.month === undefined ? { ...e, ref: inMonth(e.ref) } : e;
  });
}

/**
 * "la première semaine des vacances de février, du 22 au 26": day numbers without a month that fall inside the one
 * holiday period (or holiday week) named are its days, not the next 22nd to come.
 */
function rangesInNamedHoliday(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  const holidays = expressions.filter((e) => e.kind === 'holiday');
  if (holidays.length !== 1) return [...expressions];
  const span = spanOf(holidays[0], ctx);
  if (!span) return [...expressions];
  const inside = (ref: DayRef): DayRef | undefined => {
    if (ref.type !== 'date' || ref.month !== undefined) return undefined;
    for (const first of [span[0], span[1]]) {
      const day = `${first.slice(0, 8)}${String(ref.day).padStart(2, '0')}` as IsoDay;
      if (isIsoDay(day) && span[0] <= day && day <= span[1]) return { ...ref, month: monthOf(first), year: yearOf(first) };
    }
    return undefined;
  };
  return expressions.map((e) => {
    if (e.kind === 'range' && e.from) {
      const [from, to] = [inside(e.from), inside(e.to)];
      return from && to ? { kind: 'range', from, to } : e;
    }
    const ref = e.kind === 'day' ? inside(e.ref) : undefined;
    return e.kind === 'day' && ref ? { ...e, ref } : e;
  });
}

/** The explicit first day of "à partir de …", a weekday read inside a week named with it. */
function explicitStart(
  froms: readonly Extract<DateExpression, { kind: 'from' }>[],
  expressions: readonly DateExpression[],
  ctx: DateContext,
): { day?: IsoDay; spentWeek?: DateExpression } {
  const week = expressions.find((e) => e.kind === 'week' || e.kind === 'weekOf');
  const days: IsoDay[] = [];
  let spentWeek: DateExpression | undefined;
  for (const f of froms) {
    const weekSpanned = week && isWeekdayMention(f.start) ? spanOf(week, ctx) : undefined;
    if (weekSpanned) {
      days.push(...insideWeek(f.start, [mondayOf(weekSpanned[0]), addDays(mondayOf(weekSpanned[0]), 4)]));
      // ("à partir du mardi de la semaine prochaine": the week places the day; "cette semaine à partir de jeudi", said
      // before, also bounds the days asked.)
      if (expressions.indexOf(week!) > expressions.indexOf(f)) spentWeek = week;
    } else {
      const span = spanOf(inNamedMonth(f.start, expressions, ctx), ctx);
      if (span) days.push(span[0]);
    }
  }
  return { day: days.sort()[0], spentWeek };
}

/**
 * "les trois premiers jours des vacances de la Toussaint euh lundi mardi mercredi": weekdays said right after a week (or
 * the first days) of the holidays that they fall in are its days; the holidays only framed them.
 */
function weekdaysOfHolidayBefore(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  const out: DateExpression[] = [];
  const framing = new Set<DateExpression>();
  let holiday: { expression: DateExpression; span: Span } | undefined;
  for (const e of expressions) {
    if (e.kind === 'holiday') {
      const span = spanOf(e, ctx);
      holiday = span ? { expression: e, span } : undefined;
    }
    const day = e.kind === 'day' && e.ofHolidayBefore && e.ref.type === 'weekday' && holiday ? eachDay(holiday.span[0], holiday.span[1]).find((d) => isoWeekday(d) === (e.ref as { weekday: number }).weekday) : undefined;
    if (day && holiday) {
      framing.add(holiday.expression);
      out.push({ kind: 'day', ref: dateRefOf(day) });
    } else out.push(e);
  }
  return out.filter((e) => !framing.has(e));
}

/** "après les vacances": from the day classes resume after the next such holidays. */
function afterHolidaysAsStarts(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  return expressions.map((e) => {
    if (e.kind !== 'afterHolidays') return e;
    const period = ctx.calendar.nextPeriod(ctx.today, e.holiday);
    if (!period) return e;
    const day = period.classesResume;
    const ref = dateRefOf(day);
    if (e.weekAfter) return { kind: 'weekOf', ref };
    if (e.weekday !== undefined) {
      const first = e.weekday === 0 ? day : weekdayAfter(addDays(day, -1), e.weekday);
      return { kind: 'day', ref: dateRefOf(first) };
    }
    return { kind: 'from', start: { kind: 'day', ref } };
  });
}

/** "les vacances de Noël, la deuxième semaine": the rank goes to the holidays named. */
function rankedHolidayWeeks(input: readonly DateExpression[]): DateExpression[] {
  // "les vacances commencent demain… la deuxième semaine des vacances": the week ranked says which part.
  const ranked = input.filter((e) => e.kind === 'holiday' && e.week !== undefined) as Extract<DateExpression, { kind: 'holiday' }>[];
  const expressions = input.filter(
    (e) => !(e.kind === 'holiday' && e.week === undefined && !e.all && ranked.some((r) => r.holiday === undefined || e.holiday === undefined || r.holiday === e.holiday)),
  );
  const ranks = expressions.filter((e): e is Extract<DateExpression, { kind: 'weekRank' }> => e.kind === 'weekRank');
  const holidays = expressions.filter((e): e is Extract<DateExpression, { kind: 'holiday' }> => e.kind === 'holiday' && e.week === undefined && !e.all);
  if (ranks.length === 0 || holidays.length !== 1) return expressions.filter((e) => e.kind !== 'weekRank');
  // ("vacances d'hiver : la première semaine tout, la deuxième seulement lundi et mardi": each week where it is said.)
  if (ranks.length > 1 && expressions.some(isWeekdayMention)) {
    return expressions.filter((e) => e !== holidays[0]).map((e) => (e.kind === 'weekRank' ? { ...holidays[0], week: e.rank, withNextWeek: e.withNextWeek } : e));
  }
  return expressions.filter((e) => e.kind !== 'weekRank').map((e) => (e.kind === 'holiday' && e.week === undefined ? { ...e, week: ranks[0].rank } : e));
}

/**
 * "cette semaine-là" ("ce soir-là") is the week (the day) named elsewhere in the message
 * when there is one, or the week of a day named elsewhere ("à partir du lundi 15 septembre … cette semaine-là").
 */
function withoutAnaphoricWeeks(input: readonly DateExpression[]): DateExpression[] {
  // "le vendredi 4 … ce soir-là": that Friday; "ce soir-là" alone names no day (the one spoken of before).
  const sameDay = (e: DateExpression) => e.kind === 'day' && e.ref.type === 'relative' && e.ref.anaphoric === true && e.ref.offset === 0;
  const expressions = input.filter((e) => !sameDay(e));
  const dated = expressions
    .map((e) => (e.kind === 'from' ? e.start : e))
    .find((e): e is Extract<DateExpression, { kind: 'day' }> => e.kind === 'day' && e.ref.type === 'date');
  const named = expressions.some((e) => (e.kind === 'week' && !e.anaphoric) || e.kind === 'weekOf' || (e.kind === 'holiday' && e.week !== undefined) || e.kind === 'range');
  if (named) return expressions.filter((e) => !(e.kind === 'week' && e.anaphoric));
  return expressions.map((e) => (e.kind === 'week' && e.anaphoric && dated ? { kind: 'weekOf', ref: dated.ref } : e));
}

/**
 * "le mardi et le jeudi pendant tout le mois de mars", "lundi, mardi, jeudi, vendredi
 * jusqu'aux vacances": weekdays said with "le", or several bare weekdays, inside a period
 * longer than a week are a recurrence over that period.
 */
function habitsAsRecurrences(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  if (expressions.some((e) => e.kind === 'recurrence')) return [...expressions];
  const bare = expressions.filter((e): e is Extract<DateExpression, { kind: 'day' }> => e.kind === 'day' && e.ref.type === 'weekday' && e.ref.when === 'bare');
  if (bare.length === 0 || (bare.length < 2 && !bare.some((e) => e.habitual))) return [...expressions];
  // ("à partir du 3 jusqu'à la fin du mois, seulement mardi et vendredi": the end counted from the first day said.)
  const froms = expressions.filter((e): e is Extract<DateExpression, { kind: 'from' }> => e.kind === 'from');
  const first = froms.length > 0 ? explicitStart(froms, expressions, ctx).day : undefined;
  const from: DateContext = first ? { ...ctx, openStart: first, namedStart: first } : ctx;
  const wide = expressions.some((e) => {
    if (!['month', 'holiday', 'untilHolidays', 'untilEndOf', 'range'].includes(e.kind)) return false;
    const span = spanOf(e, from);
    return span !== undefined && eachDay(span[0], span[1]).length > 7;
  });
  // ("à partir du 8 mars, Léa viendra le mercredi": a habit from a day on, with no end, is open; the dialog asks until when.)
  const openFrom = first !== undefined && bare.some((e) => e.habitual) && !expressions.some(isEnd);
  if (!wide && !openFrom) return [...expressions];
  const weekdays = bare.map((e) => (e.ref as { weekday: number }).weekday);
  return [...expressions.filter((e) => !bare.includes(e as Extract<DateExpression, { kind: 'day' }>)), { kind: 'recurrence', weekdays }];
}

/** A month said whole with the end that cuts it, nothing else: "en avril jusqu'aux vacances". */
function monthCutByEnd(expressions: readonly DateExpression[]): boolean {
  const isUntil = (e: DateExpression) => e.kind === 'untilHolidays' || e.kind === 'untilEndOf' || (e.kind === 'range' && e.from === undefined);
  const isWholeMonth = (e: DateExpression) => e.kind === 'month' && e.days === undefined && e.weeks === undefined;
  return expressions.some(isUntil) && expressions.some(isWholeMonth) && expressions.every((e) => isUntil(e) || isWholeMonth(e));
}

/**
 * The periods a recurrence runs in: the months, holidays, ranges and weeks named (each
 * one), cut at the end an "until" bound gives when there is one too: "tous les mercredis
 * d'avril jusqu'aux vacances" are April's Wednesdays before the holidays, not both.
 */
function recurrenceSpans(bounds: readonly DateExpression[], ctx: DateContext): Span[] {
  const spans = (list: readonly DateExpression[], at = ctx) => list.map((b) => spanOf(b, at)).filter((span): span is Span => span !== undefined);
  // ("tous les mardis de mai jusqu'au 25": May's Tuesdays up to the 25th, not every Tuesday from today.)
  const untils: DateExpression[] = bounds.filter((b) => b.kind === 'untilHolidays' || b.kind === 'untilEndOf' || (b.kind === 'range' && b.from === undefined));
  const periods = bounds.filter((b) => !untils.includes(b));
  if (untils.length === 0 || periods.length === 0) return spans(bounds);
  return spans(periods).flatMap((span): Span[] => {
    // "jusqu'aux vacances" from the period's own start (April's are the spring holidays).
    const from = span[0] > ctx.today ? { ...ctx, today: span[0] } : ctx;
    const end = spans(untils, from).map((until) => until[1]).sort()[0];
    if (end === undefined) return [span];
    const cut: Span = [span[0], span[1] < end ? span[1] : end];
    return cut[0] <= cut[1] ? [cut] : [];
  });
}

/**
 * The weeks each weekday falls in. A weekday said with the week after it ("mercredi cette
 * semaine et mercredi la semaine prochaine", "le lundi et le mardi de la seconde") falls in that
 * week; otherwise in the week said before it when a week opens the message ("la première semaine
 * tout, la deuxième seulement lundi et mardi"), else in the week after it. Weeks said together
 * ("le mardi et le jeudi de cette semaine et de la semaine prochaine") take the same weekdays.
 */
function weeksOfMentions(
  expressions: readonly DateExpression[],
  weeks: readonly DateExpression[],
  isMention: (e: DateExpression) => boolean,
): (e: DateExpression) => DateExpression[] {
  // ("vendredi et toute la semaine prochaine": the Friday is not of the week said whole.)
  const apart = (e: DateExpression, week: DateExpression) => week.whole === true && !e.ofNextWeek;
  if (weeks.length === 1) return (e) => (apart(e, weeks[0]) ? [] : [weeks[0]]);
  const order = expressions.filter((e) => weeks.includes(e) || isMention(e));
  const groupOf = (week: DateExpression): DateExpression[] => {
    const at = weeks.indexOf(week);
    let first = at;
    while (first > 0 && weeks[first - 1].withNextWeek && order.indexOf(weeks[first]) === order.indexOf(weeks[first - 1]) + 1) first--;
    let last = at;
    while (last + 1 < weeks.length && weeks[last].withNextWeek && order.indexOf(weeks[last + 1]) === order.indexOf(weeks[last]) + 1) last++;
    return weeks.slice(first, last + 1);
  };
  const weekFirst = weeks.includes(order[0]);
  return (e) => {
    const i = order.indexOf(e);
    const after = order.slice(i + 1).find((w) => weeks.includes(w));
    const before = order.slice(0, i).reverse().find((w) => weeks.includes(w));
    const week = e.ofNextWeek ? (after ?? before) : weekFirst ? (before ?? after) : (after ?? before);
    if (apart(e, week ?? weeks[0])) return [];
    return week ? groupOf(week) : [weeks[0]];
  };
}

/** "le deuxième et le quatrième mercredi de mars": those days, each named. */
function nthWeekdaysAsDays(expressions: readonly DateExpression[], ctx: DateContext): DateExpression[] {
  return expressions.flatMap((e): DateExpression[] => {
    if (e.kind !== 'nthWeekday') return [e];
    // The whole month, even when it has begun: "le premier mercredi de ce mois" may be gone.
    const [first, last] = monthSpan(e.month, { ...ctx, openStart: '0000-01-01' as IsoDay, direction: 'future' });
    const days = eachDay(first, last).filter((day) => isoWeekday(day) === e.weekday);
    return e.ranks.flatMap((rank) => {
      const day = rank === -1 ? days[days.length - 1] : days[rank - 1];
      return day ? [{ kind: 'day', ref: dateRefOf(day) }] : [];
    });
  });
}

/** Every opening day the expressions of one message refer to, and what is left open. */
export function resolveDatesInDetail(input: readonly DateExpression[], ctx: DateContext): ResolvedDates {
  // An absence is read backwards: "absente à partir de lundi" reports that day, as before.
  const feast = (e: DateExpression) => e.kind === 'holiday' && e.feast === true;
  // "on annule jeudi et vendredi, on part plus tôt pour Noël": the days named, Noël is the story.
  const framed = input.some((e) => !feast(e)) ? input.filter((e) => !feast(e)) : input;
  const unwrapped = ctx.direction === 'past' ? framed.map((e) => (e.kind === 'from' ? e.start : e)) : framed;
  let expressions = anchorFollowingWeeks(habitsAsRecurrences(withoutAnaphoricWeeks(weekdaysOfHolidayBefore(rankedHolidayWeeks(afterHolidaysAsStarts(rangesInNamedHoliday(rangesInNamedMonth(weekdayRangesInPeriods(nthWeekdaysAsDays(unwrapped, ctx)), ctx), ctx), ctx)), ctx)), ctx), ctx);
  const froms = expressions.filter((e): e is Extract<DateExpression, { kind: 'from' }> => e.kind === 'from');
  const start = froms.length > 0 ? explicitStart(froms, expressions, ctx) : {};
  expressions = expressions.filter((e) => e.kind !== 'from' && e !== start.spentWeek);
  const context: DateContext = start.day ? { ...ctx, openStart: start.day, namedStart: start.day } : ctx;

  const days = new Set<IsoDay>();
  /** Days named one by one ("samedi", "lundi 6 avril"): a closed one is reported, not silently dropped. */
  const named = new Set<IsoDay>();
  const add = (span: Span | undefined, weekdays?: readonly number[]) => {
    if (!span) return;
    for (const day of eachDay(span[0], span[1])) if (!weekdays || weekdays.includes(isoWeekday(day))) days.add(day);
  };
  // "mardi, mercredi et jeudi dans la première semaine des vacances": one week of the holidays is a week too.
  // ("le lundi et le mardi de la deuxième semaine des vacances d'hiver", "la première semaine tout, la deuxième seulement lundi
  // et mardi": a ranked week of the holidays frames weekdays said with it, or weekdays beside several ranked weeks.)
  const holidayWeeks = expressions.filter((e) => e.kind === 'holiday' && e.week !== undefined);
  const framingHolidays = holidayWeeks.length > 1 || expressions.some((e) => isWeekdayMention(e) && e.ofNextWeek);
  const isWeekSpan = (e: DateExpression) =>
    e.kind === 'week' || e.kind === 'weekOf' || (e.kind === 'holiday' && e.week !== undefined && (e.within === true || framingHolidays));
  const weeks = expressions.filter(isWeekSpan);
  // "ils partent dimanche et ne reviendront que samedi, donc pas du tout la semaine prochaine": weekend days told beside a
  // week are when the family leaves and comes back, not days of that week.
  // (Both ends told: "samedi de la semaine prochaine" alone is that Saturday, closed.)
  const weekendDay = (e: DateExpression) => e.kind === 'day' && e.ref.type === 'weekday' && e.ref.weekday >= 6;
  const weekendDated = (e: DateExpression) => {
    const span = e.kind === 'day' && e.ref.type === 'date' ? spanOf(e, context) : undefined;
    return span !== undefined && isoWeekday(span[0]) >= 6;
  };
  const bothEnds = expressions.filter((e) => weekendDay(e) || weekendDated(e)).length >= 2;
  if (weeks.length > 0 && bothEnds && expressions.some(weekendDay) && expressions.filter(isWeekdayMention).every(weekendDay)) {
    expressions = expressions.filter((e) => !weekendDay(e));
  }
  const mentions = expressions.filter(isWeekdayMention);
  const recurrences = expressions.filter((e): e is Recurrence => e.kind === 'recurrence');
  const weekdays = [...new Set(recurrences.flatMap((r) => r.weekdays))].sort();
  const bounded = expressions.some(isBound);

  if (recurrences.length > 0) {
    // "les jeudis de juin, tous les jeudis jusqu'à la fin juin": an end that closes a month named is that month said again.
    const monthEnds = expressions.filter((e) => e.kind === 'month' && e.days === undefined && e.weeks === undefined).map((e) => spanOf(e, context)?.[1]);
    const saidAgain = (e: DateExpression) => e.kind === 'range' && e.from === undefined && monthEnds.includes(spanOf(e, context)?.[1]);
    // ("pour juillet : Anaïde tous les jours du 5 au 9": a month heading days that fall inside it frames them, it is not asked whole.)
    // ("Pour les grandes vacances, … la semaine du 12 juillet, tous les jours": so do the holidays heading a week of theirs.)
    const narrower = (e: DateExpression) => (e.kind === 'range' && e.from !== undefined) || e.kind === 'weekOf' || (e.kind === 'holiday' && e.week !== undefined);
    const ranges = expressions.filter(narrower).map((e) => spanOf(e, context)).filter((span): span is Span => span !== undefined);
    const heading = (e: DateExpression) => {
      const broad = (e.kind === 'month' && e.days === undefined && e.weeks === undefined) || (e.kind === 'holiday' && e.week === undefined) ? spanOf(e, context) : undefined;
      return broad !== undefined && ranges.some((range) => broad[0] <= range[0] && range[1] <= broad[1] && (broad[0] < range[0] || range[1] < broad[1]));
    };
    for (const span of recurrenceSpans(expressions.filter((e) => isBound(e) && !saidAgain(e) && !heading(e)), context)) add(span, weekdays);
    for (const e of expressions) if (!isBound(e) && e.kind !== 'recurrence' && !isWeekdayMention(e)) add(spanOf(e, context));
  } else if (weeks.length > 0 && mentions.length > 0) {
    const weekOfMention = weeksOfMentions(expressions, weeks, isWeekdayMention);
    const weeksOf = new Map(mentions.map((e) => [e, weekOfMention(e)]));
    // ("la première semaine tout, la deuxième seulement lundi et mardi": a week of the holidays no weekday falls in is asked whole.)
    const framing = new Set([...weeksOf.values()].flat());
    for (const week of holidayWeeks) if (isWeekSpan(week) && !framing.has(week)) add(spanOf(week, context));
    for (const week of weeks) if (week.whole) add(spanOf(week, context));
    for (const e of expressions) {
      for (const week of (weeksOf.get(e) ?? []).map((w) => spanOf(w, context))) {
        if (!week) continue;
        const inside = insideWeek(e, [mondayOf(week[0]), addDays(mondayOf(week[0]), 4)]);
        for (const day of inside) days.add(day);
        if (e.kind === 'day') inside.forEach((day) => named.add(day));
      }
      // (A weekday said apart from a week said whole, "vendredi et toute la semaine prochaine", is a day of its own.)
      if ((!isWeekdayMention(e) || weeksOf.get(e)?.length === 0) && !isWeekSpan(e)) {
        const span = spanOf(e, context);
        add(span);
        if (e.kind === 'day' && span) named.add(span[0]);
      }
    }
  } else if (!start.day && monthCutByEnd(expressions)) {
    // ("l'accueil du mercredi chaque semaine du mois d'avril, jusqu'aux vacances de printemps": April up to its holidays.)
    for (const span of recurrenceSpans(expressions, context)) add(span);
  } else {
    for (const e of withoutEnclosingPeriods(withoutEchoedWeekdays(expressions, context), context)) {
      const span = spanOf(e, context);
      add(span);
      if (e.kind === 'day' && span) named.add(span[0]);
    }
  }
  // "plus besoin cette semaine à partir de demain": the week from that day on.
  if (start.day) {
    for (const week of weeks) {
      const span = spanOf(week, context);
      if (span) for (const day of eachDay(span[0], span[1])) if (day < start.day) days.delete(day);
    }
  }
  // "ce jeudi et le suivant", "les 3 prochains mercredis": the same weekday in the weeks after too.
  for (const e of expressions) {
    if (e.kind !== 'day' || !e.weeksAfter) continue;
    const span = spanOf(e, context);
    for (let week = 1; span && week <= e.weeksAfter; week++) days.add(addDays(span[0], 7 * week));
  }
  const calendar = ctx.calendar;
  const isClosed = (day: IsoDay) => isClosedDay(calendar, day);
  let dates = [...days].filter((day) => !isClosed(day)).sort();
  // "opéré hier, il restera à la maison jusqu'au 28": a change concerns the days to come, the past is the story.
  if (ctx.direction === 'future' && dates.some((day) => day >= ctx.today)) dates = dates.filter((day) => day >= ctx.today);
  const closedDates = [...named].filter(isClosed).sort();

  let openEnded: OpenEnded | undefined;
  if (ctx.direction === 'future') {
    const every = weekdays.length === 0 || [1, 2, 3, 4, 5].every((w) => weekdays.includes(w));
    const open = { weekdays: every ? [] : weekdays, from: context.openStart };
    if (start.day && !expressions.some(isEnd) && !(recurrences.length > 0 && bounded)) openEnded = open;
    else if (recurrences.length > 0 && !bounded) openEnded = open;
  }
  const resolved: ResolvedDates = { dates };
  if (closedDates.length > 0) resolved.closedDates = closedDates;
  if (openEnded) resolved.openEnded = openEnded;
  return resolved;
}

/** Every opening day the expressions of one message refer to, sorted and unique. */
export function resolveDates(expressions: readonly DateExpression[], ctx: DateContext): IsoDay[] {
  return resolveDatesInDetail(expressions, ctx).dates;
}
