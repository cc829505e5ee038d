/** The understanding contract (../shared/specs/understanding.md): what one message means. */
import type { IsoDay } from '../domain/day';
import type { SchoolCalendar } from '../domain/schoolCalendar';
import type { OpenEnded } from './dates/resolveDates';

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

/** `intent` of an Interpretation: one of INTENTS, or `ambiguous` when the layer cannot tell. */
export type InterpretedIntent = Intent | 'ambiguous';

/** One change of a message that asks for several ("annule Léa vendredi et inscris-la jeudi"). */
export interface Action {
  intent: Intent;
  dates: IsoDay[];
  children: string[];
  /** This change's days have a start or weekdays and no end: `dates` is empty (see `Interpretation.openEnded`). */
  openEnded?: OpenEnded;
}

/**
 * What a `faq` (or `check`) message is about, for the features that answer it beyond
 * the general FAQ: prices and the simulator, monthly statements, the payment
 * attestation, the quotient familial, the family's records, its documents, the month at
 * a glance, the calendar feed, reminders, opening hours and contacts.
 */
export const TOPICS = [
  'tariffs',
  'statement',
  'attestation',
  'quotient',
  'dossier',
  'documents',
  'planning',
  'calendar_feed',
  'reminders',
  'hours',
  'contact',
  'account',
  // The family's own space (issue 14): its data and rights, the privacy notice.
  'my_data',
  'privacy',
  // Not the periscolaire's: another town service, an errand.
  'other_service',
] as const;

export type Topic = (typeof TOPICS)[number];

export type Courtesy = 'thanks' | 'goodbye' | 'good_evening' | 'misdirected';

export interface Interpretation {
  intent: InterpretedIntent;
  /** Opening days referred to, ISO, sorted, unique. */
  dates: IsoDay[];
  /**
   * Days the message names one by one that the accueil never opens (a Saturday, a public
   * holiday: "lundi 6 avril", "samedi 25 avril"), left out of `dates`; present only when
   * there is one, so that the dialog can say why the day is not there.
   */
  closedDates?: IsoDay[];
  /** Children named, spelled as in the family list. */
  children: string[];
  /** How sure the layer is of `intent` (0–1). */
  confidence: number;
  /** With `intent: "ambiguous"`: the two or three likeliest intents, likeliest first. */
  alternatives?: Intent[];
  /** Present when the message asks for several changes, in the order written; the top-level fields describe the first. */
  actions?: Action[];
  /** The message tells of an urgent or sensitive situation (intent `handoff`). */
  sensitive?: true;
  /**
   * With `late_request` naming children or days ("je sais que c'est tard, mais Léa
   * demain"): the change asked late, so that the dialog can check it and offer to send it.
   */
  change?: 'reserve' | 'cancel';
  /** What a question is about, when a feature answers it (see TOPICS). */
  topic?: Topic;
  /**
   * With intent `smalltalk`: thanks or a goodbye ("obrigada, tchau", "bonne soirée"); absent for a greeting.
   * With intent `none`: `misdirected` when the message says it was sent here by mistake ("oups, c'était pour ma sœur").
   */
  courtesy?: Courtesy;
  /**
   * The message only makes sense with the previous request ("et pour Hugo ?", "et
   * mercredi ?", "même chose pour Inès", "la semaine d'après aussi"): the dialog completes
   * it from the conversation's last request.
   */
  followUp?: true;
  /**
   * The days have a start or weekdays but no end ("tous les mardis", "à partir du 8 mars,
   * Léa ne viendra plus le mercredi"): `dates` is empty and the dialog asks until when,
   * then turns the answer into days with `completeOpenEnded`.
   */
  openEnded?: OpenEnded;
  /**
   * Edits of a request being confirmed or just made: children or days taken out ("sans
   * Léa", "pas le 12"), or added to it ("et Hugo aussi", "mercredi en plus").
   */
  edit?: RequestEdit;
}

export interface RequestEdit {
  /** "aussi", "en plus", "également": add to the request rather than replace it. */
  add?: true;
  /** "sans Léa", "pas Hugo", "sauf Inès". */
  removeChildren?: string[];
  /** "pas le 12", "sauf le 3 avril": days taken out. */
  removeDates?: IsoDay[];
  /** "sauf mercredi", "pas les vendredis": weekdays taken out of the request's days (ISO, 1 = Monday). */
  removeWeekdays?: number[];
}

export interface UnderstandOptions {
  /** The reference instant (a Date, or ISO text; without offset it is Europe/Paris wall-clock time). */
  now: Date | string;
  /** The family's children, as spelled in the family list. */
  children: readonly string[];
  /** The school calendar (default: the town's, zone C). */
  calendar?: SchoolCalendar;
}
