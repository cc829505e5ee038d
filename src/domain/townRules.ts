/**
 * The town's booking rules as pure functions of a day: which accueil it offers,
 * whether it is open, and until when it can be reserved, modified or cancelled.
 * Nothing here knows of botbuilder, restify or Prisma.
 */
import type { ActivityCode, ActivityConfig, DeadlineRuleConfig, TownConfig } from '../config/townConfig';
import type { IsoDay } from './day';
import { addDays, eachDay, instantAt, isoWeekday } from './day';
import type { HolidayPeriod } from './schoolCalendar';
import { SchoolCalendar, firstMondayOf, lastDayOf } from './schoolCalendar';

export type ClosedReason = 'weekend' | 'public_holiday' | 'no_activity' | 'outside_calendar';

export type DayOffer =
  | { open: true; day: IsoDay; activity: ActivityCode; period?: HolidayPeriod }
  | { open: false; day: IsoDay; reason: ClosedReason; publicHolidayName?: string };

export type DeadlineRuleName = 'school_period' | 'short_holidays' | 'summer_holidays';

export interface Deadline {
  /** The day being booked. */
  day: IsoDay;
  /** The last day on which a change is accepted (until `closingTime`, town time). */
  lastDay: IsoDay;
  /** Wall-clock closing time on `lastDay`, e.g. "23:59". */
  closingTime: string;
  /** First instant at which changes are refused (the minute after closingTime). */
  closesAt: Date;
  rule: DeadlineRuleName;
  /** The holiday period whose common deadline applies (rules 2 and 3). */
  period?: HolidayPeriod;
}

export class TownRules {
  private readonly firstCoveredDay: IsoDay;
  private readonly lastCoveredDay: IsoDay;

  constructor(
    readonly config: TownConfig,
    readonly calendar: SchoolCalendar,
  ) {
    const periods = calendar.periods;
    if (periods.length === 0) throw new Error('Le calendrier scolaire ne contient aucune période de vacances.');
    this.firstCoveredDay = `${periods[0].schoolYear.slice(0, 4)}-09-01`;
    this.lastCoveredDay = lastDayOf(periods[periods.length - 1]);
  }

  get timeZone(): string {
    return this.config.timeZone;
  }

  /** True when the calendar of the day is known (its school year is in the calendar data). */
  isCovered(day: IsoDay): boolean {
    return day >= this.firstCoveredDay && day <= this.lastCoveredDay;
  }

  /** Weekends and public holidays: days the accueil never opens, whatever the calendar. */
  isNeverOpen(day: IsoDay): boolean {
    return isoWeekday(day) >= 6 || this.calendar.publicHolidayName(day) !== undefined;
  }

  /** Which accueil `day` offers, or why it is closed. */
  activityOn(day: IsoDay): DayOffer {
    const weekday = isoWeekday(day);
    if (weekday >= 6) return { open: false, day, reason: 'weekend' };
    const holidayName = this.calendar.publicHolidayName(day);
    if (holidayName) return { open: false, day, reason: 'public_holiday', publicHolidayName: holidayName };
    if (!this.isCovered(day)) return { open: false, day, reason: 'outside_calendar' };

    const period = this.calendar.periodContaining(day);
    if (period?.kind === 'pont') {
      return { open: true, day, activity: this.config.bridgeDays.activity, period };
    }
    const wanted = period ? 'holidays' : 'school';
    const activity = this.config.activities.find((a) => a.period === wanted && a.weekdays.includes(weekday));
    if (!activity) return { open: false, day, reason: 'no_activity' };
    return period ? { open: true, day, activity: activity.code, period } : { open: true, day, activity: activity.code };
  }

  /** The opening days between two days, both included. */
  openingDays(from: IsoDay, to: IsoDay): IsoDay[] {
    return eachDay(from, to).filter((day) => this.activityOn(day).open);
  }

  activity(code: ActivityCode): ActivityConfig {
    const activity = this.config.activities.find((a) => a.code === code);
    if (!activity) throw new Error(`Activité inconnue dans la configuration : ${code}`);
    return activity;
  }

  /** The deadline to reserve, modify or cancel `day` (the flyer gives the same one for all three). */
  deadlineFor(day: IsoDay): Deadline {
    const rules = this.ruleSetFor(day);
    const period = this.calendar.periodContaining(day);
    const usesHolidayRule =
      period !== undefined && !(period.kind === 'pont' && this.config.bridgeDays.deadlineRule === 'schoolPeriod');

    let lastDay: IsoDay;
    let rule: DeadlineRuleName;
    if (usesHolidayRule && period) {
      // Flyer: "jusqu'au dimanche 23h59, 2 (3 pour l'été) semaines avant le début des vacances":
      // the Sunday before the first Monday of the holidays, minus that many weeks.
      const summer = period.kind === 'ete';
      const weeks = summer ? rules.summerHolidays.weeksBefore : rules.shortHolidays.weeksBefore;
      lastDay = addDays(firstMondayOf(period), -1 - 7 * weeks);
      rule = summer ? 'summer_holidays' : 'short_holidays';
    } else {
      // Flyer: "jusqu'à 2 jours avant (3 jours pour le lundi)": Friday → Tuesday, Monday → Thursday.
      const before =
        isoWeekday(day) === 1 ? rules.schoolPeriod.closesDaysBeforeMonday : rules.schoolPeriod.closesDaysBefore;
      lastDay = addDays(day, -before);
      rule = 'school_period';
    }
    const [hours, minutes] = rules.closingTime.split(':').map(Number);
    const closesAt = new Date(instantAt(lastDay, hours, minutes, this.config.timeZone).getTime() + 60_000);
    return usesHolidayRule && period
      ? { day, lastDay, closingTime: rules.closingTime, closesAt, rule, period }
      : { day, lastDay, closingTime: rules.closingTime, closesAt, rule };
  }

  /** True while `day` can still be reserved, modified or cancelled by the parent at `now`. */
  isChangeAllowed(day: IsoDay, now: Date): boolean {
    return now.getTime() < this.deadlineFor(day).closesAt.getTime();
  }

  /** The rule set in force for a day: the latest whose effective date is not after it. */
  private ruleSetFor(day: IsoDay): DeadlineRuleConfig {
    const sorted = [...this.config.deadlineRules].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    let chosen = sorted[0];
    for (const rules of sorted) if (rules.effectiveFrom <= day) chosen = rules;
    return chosen;
  }
}
