/**
 * The school calendar of the town's zone: holiday periods as data (config/calendar/),
 * plus public holidays. Answers "which holiday period is this day in" and "which is
 * the next such period".
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { IsoDay } from './day';
import { addDays, isIsoDay, isoWeekday, nextWeekdayOnOrAfter } from './day';
import type { PublicHolidays } from './publicHolidays';

export const holidayKindSchema = z.enum(['toussaint', 'noel', 'hiver', 'printemps', 'ete', 'pont']);
export type HolidayKind = z.infer<typeof holidayKindSchema>;

const isoDay = z.string().refine(isIsoDay, 'doit être une date AAAA-MM-JJ valide');

export const holidayPeriodSchema = z
  .object({
    kind: holidayKindSchema,
    schoolYear: z.string().regex(/^\d{4}-\d{4}$/),
    /** First day without class (official start "après la classe" of the day before). */
    firstDay: isoDay,
    /** Morning classes resume: the period's last day is the day before. */
    classesResume: isoDay,
    provisional: z.boolean().optional(),
    description: z.string().optional(),
  })
  .refine((period) => period.firstDay < period.classesResume, {
    message: 'classesResume doit suivre firstDay',
    path: ['classesResume'],
  });

export type HolidayPeriod = z.infer<typeof holidayPeriodSchema>;

export const schoolCalendarFileSchema = z.object({
  zone: z.enum(['A', 'B', 'C']),
  periods: z.array(holidayPeriodSchema),
});
export type SchoolCalendarFile = z.infer<typeof schoolCalendarFileSchema>;

/** French names of the periods, as a parent reads them. */
export const HOLIDAY_LABELS: Record<HolidayKind, string> = {
  toussaint: 'vacances de la Toussaint',
  noel: 'vacances de Noël',
  hiver: "vacances d'hiver",
  printemps: 'vacances de printemps',
  ete: "vacances d'été",
  pont: "pont de l'Ascension",
};

/** Short holidays of the flyer's rule 2 (automne, fin d'année, hiver, printemps). */
export const SHORT_HOLIDAY_KINDS: readonly HolidayKind[] = ['toussaint', 'noel', 'hiver', 'printemps'];

/** Last day of a period (the day before classes resume). */
export function lastDayOf(period: HolidayPeriod): IsoDay {
  return addDays(period.classesResume, -1);
}

/** The Monday on which the period's accueil de loisirs starts (first Monday on or after its first day). */
export function firstMondayOf(period: HolidayPeriod): IsoDay {
  return nextWeekdayOnOrAfter(period.firstDay, 1);
}

export class SchoolCalendar {
  private readonly sorted: readonly HolidayPeriod[];

  constructor(
    periods: readonly HolidayPeriod[],
    readonly publicHolidays: PublicHolidays,
    readonly zone: string = 'C',
  ) {
    this.sorted = [...periods].sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
  }

  get periods(): readonly HolidayPeriod[] {
    return this.sorted;
  }

  /** The holiday period `day` falls in, if any (bridge days included). */
  periodContaining(day: IsoDay): HolidayPeriod | undefined {
    return this.sorted.find((period) => period.firstDay <= day && day < period.classesResume);
  }

  /**
   * The next period of `kind` (any kind but bridges when omitted) that has not ended
   * on `day`: the one in progress, or the next to begin.
   */
  nextPeriod(day: IsoDay, kind?: HolidayKind): HolidayPeriod | undefined {
    return this.sorted.find(
      (period) => (kind ? period.kind === kind : period.kind !== 'pont') && day < period.classesResume,
    );
  }

  /** The next period (not a bridge) that begins strictly after `day`. */
  nextPeriodStartingAfter(day: IsoDay): HolidayPeriod | undefined {
    return this.sorted.find((period) => period.kind !== 'pont' && period.firstDay > day);
  }

  publicHolidayName(day: IsoDay): string | undefined {
    return this.publicHolidays.nameOf(day);
  }

  isWeekend(day: IsoDay): boolean {
    return isoWeekday(day) >= 6;
  }
}

/** Reads and validates a calendar file (see config/calendar/). */
export function loadSchoolCalendarFile(filePath: string): SchoolCalendarFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new Error(`Calendrier scolaire illisible : ${filePath} : ${(error as Error).message}`);
  }
  const result = schoolCalendarFileSchema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.map((i) => `  - ${i.path.join('.')} : ${i.message}`).join('\n');
    throw new Error(`Calendrier scolaire invalide (${filePath}) :\n${details}`);
  }
  return result.data;
}
