/**
 * The town's configuration: every rule of the flyer that another town could set
 * differently lives in one JSON file, validated here at start-up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isIsoDay } from '../domain/day';
import { tariffsSchema } from './tariffsConfig';

const isoDay = z.string().refine(isIsoDay, 'doit être une date AAAA-MM-JJ valide');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'doit être une heure HH:MM');
const weekday = z.number().int().min(1).max(7);

export const activityCodeSchema = z.enum(['soir', 'mercredi', 'vacances']);
export type ActivityCode = z.infer<typeof activityCodeSchema>;

const activitySchema = z.object({
  code: activityCodeSchema,
  label: z.string().min(1),
  weekdays: z.array(weekday).min(1),
  period: z.enum(['school', 'holidays']),
  hours: z.object({ from: clockTime, to: clockTime }),
  defaultCapacityPerSite: z.number().int().positive(),
});

const siteSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/, 'code en minuscules sans espace'),
  name: z.string().min(1),
  schools: z.array(z.string().min(1)).min(1),
  capacities: z.partialRecord(activityCodeSchema, z.number().int().positive()).default({}),
});

const deadlineRuleSchema = z.object({
  effectiveFrom: isoDay,
  closingTime: clockTime,
  schoolPeriod: z.object({
    /** Flyer "2 jours avant": the deadline day is D − 3 at closingTime. */
    closesDaysBefore: z.number().int().min(0),
    /** Flyer "3 jours pour le lundi": D − 4. */
    closesDaysBeforeMonday: z.number().int().min(0),
  }),
  shortHolidays: z.object({ weeksBefore: z.number().int().min(0) }),
  summerHolidays: z.object({ weeksBefore: z.number().int().min(0) }),
});

export const townConfigSchema = z.object({
  town: z.object({ name: z.string().min(1), serviceName: z.string().min(1) }),
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'fuseau horaire inconnu'),
  schoolZone: z.enum(['A', 'B', 'C']),
  calendarFile: z.string().min(1),
  publicHolidaysCountry: z.string().length(2),
  activities: z
    .array(activitySchema)
    .min(1)
    .refine((list) => new Set(list.map((a) => a.code)).size === list.length, 'codes d’activité en double'),
  bridgeDays: z.object({
    activity: activityCodeSchema,
    deadlineRule: z.enum(['schoolPeriod', 'shortHolidays']),
  }),
  sites: z.array(siteSchema).min(1),
  deadlineRules: z.array(deadlineRuleSchema).min(1),
  absenceJustificationDays: z.number().int().positive(),
  contacts: z.object({
    mailbox: z.email(),
    phone: z.string().min(1),
    address: z.string().min(1),
    portalUrl: z.url(),
  }),
  serviceHours: z.object({ weekdays: z.array(weekday).min(1), from: clockTime, to: clockTime }),
  handoff: z.object({
    /** Subjects that go to a person at once (health, a child's safety…), matched without accents or case. */
    sensitiveTopics: z.array(z.string().min(2)).min(1),
    /** Words of an upset parent, likewise. */
    upsetExpressions: z.array(z.string().min(2)),
  }),
  /** Prices by quotient familial and billing rules (src/config/tariffsConfig.ts); absent, the assistant gives the contacts instead. */
  tariffs: tariffsSchema.optional(),
});

export type TownConfig = z.infer<typeof townConfigSchema>;
export type ActivityConfig = TownConfig['activities'][number];
export type SiteConfig = TownConfig['sites'][number];
export type DeadlineRuleConfig = TownConfig['deadlineRules'][number];

/** Thrown when the town file is missing or invalid; the message names the field. */
export class TownConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TownConfigError';
  }
}

export const DEFAULT_TOWN_CONFIG_PATH = path.resolve(__dirname, '../../config/joinville-le-pont.json');

/** Validates an already-parsed configuration object; `source` names it in errors. */
export function parseTownConfig(raw: unknown, source = 'configuration'): TownConfig {
  const result = townConfigSchema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `  - ${issue.path.join('.') || '(racine)'} : ${issue.message}`)
      .join('\n');
    throw new TownConfigError(`Configuration de la ville invalide (${source}) :\n${details}`);
  }
  return result.data;
}

/** Reads and validates the town file (default: TOWN_CONFIG or config/joinville-le-pont.json). */
export function loadTownConfig(filePath = process.env.TOWN_CONFIG || DEFAULT_TOWN_CONFIG_PATH): TownConfig {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new TownConfigError(`Configuration de la ville introuvable : ${filePath} (${(error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new TownConfigError(`Configuration de la ville illisible (JSON) : ${filePath} : ${(error as Error).message}`);
  }
  return parseTownConfig(raw, filePath);
}

/** Absolute path of the calendar file named by the configuration (relative to the config file). */
export function calendarPathOf(config: TownConfig, configPath = process.env.TOWN_CONFIG || DEFAULT_TOWN_CONFIG_PATH): string {
  return path.resolve(path.dirname(configPath), config.calendarFile);
}
