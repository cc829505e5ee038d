/** The understanding contract (../shared/specs/understanding.md): what one message means. */
import type { IsoDay } from '../domain/day';
import type { SchoolCalendar } from '../domain/schoolCalendar';

export const INTENTS = [
  'reserve',
  'cancel',
  'check',
  'deadline',
  'absence',
  'late_request',
  'handoff',
  'help',
  'faq',
  'smalltalk',
  'none',
] as const;

export type Intent = (typeof INTENTS)[number];

export interface Interpretation {
  intent: Intent;
  /** Opening days referred to, ISO, sorted, unique. */
  dates: IsoDay[];
  /** Children named, spelled as in the family list. */
  children: string[];
}

export interface UnderstandOptions {
  /** The reference instant (a Date, or ISO text; without offset it is Europe/Paris wall-clock time). */
  now: Date | string;
  /** The family's children, as spelled in the family list. */
  children: readonly string[];
  /** The school calendar (default: the town's, zone C). */
  calendar?: SchoolCalendar;
}
