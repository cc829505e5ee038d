/**
 * The pieces a reservation or a cancellation needs (which children, which days, until
 * when for an open recurrence), gathered one at a time from free French sentences.
 * Pure functions: the dialog asks, these decide what is still missing.
 */
import type { IsoDay } from '../src/domain/day';
import { normalise } from './frenchFormat';
import type { ChildRef, Intent, Interpretation } from './services';

export type ChangeMode = 'reserve' | 'cancel';
export type MissingPiece = 'child' | 'days' | 'until';

export interface BookingForm {
  mode: ChangeMode;
  /** The sentences given so far, joined: an open recurrence is understood again with its bound. */
  text: string;
  childIds: number[];
  days: IsoDay[];
  /** "tous les mardis" with no end: the days wait for "jusqu'à quand". */
  openRecurrence: boolean;
  /** A first name the parent gave that is not one of their children. */
  unknownName?: string;
  misunderstood: number;
}

/** Options the dialog starts with: the sentence and what the understanding made of it. */
export interface BookingFormOptions {
  text: string;
  interpretation: Interpretation;
}

const RECURRENCE = /\b(tous les|toutes les|chaque)\b|\b(lundi|mardi|mercredi|jeudi|vendredi)s\b/;
const NOT_A_NAME = new Set(
  'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre noel toussaint paques vacances demain aujourd hier la le les mon ma mes tous toutes lui elle eux cette ce semaine'.split(' '),
);

export function childIdsNamed(names: readonly string[], children: readonly ChildRef[]): number[] {
  const wanted = new Set(names.map(normalise));
  return children.filter((child) => wanted.has(normalise(child.firstName))).map((child) => child.id);
}

/** A capitalised first name after "pour"/"inscrire"… that is none of the family's children. */
export function unknownNameIn(text: string, children: readonly ChildRef[]): string | undefined {
  const known = new Set(children.map((child) => normalise(child.firstName)));
  const pattern = /\b(?:pour|inscrire|inscris|inscrivez|réserver|reserver|réserve|reserve|annuler|annule|de)\s+([A-ZÀ-Ý][a-zà-ÿ-]{1,30})/g;
  for (const match of text.matchAll(pattern)) {
    const name = normalise(match[1]);
    if (!known.has(name) && !NOT_A_NAME.has(name)) return match[1];
  }
  return undefined;
}

export function startForm(mode: ChangeMode, options: BookingFormOptions, children: readonly ChildRef[]): BookingForm {
  const form: BookingForm = { mode, text: '', childIds: [], days: [], openRecurrence: false, misunderstood: 0 };
  absorb(form, options.text, options.interpretation, children);
  if (form.childIds.length === 0 && children.length === 1 && !form.unknownName) form.childIds = [children[0].id];
  return form;
}

/**
 * Merges what one more sentence says into the form; returns whether it brought anything.
 * A sentence that names days replaces the days; one that names children replaces them.
 */
export function absorb(form: BookingForm, text: string, meaning: Interpretation, children: readonly ChildRef[]): boolean {
  let gained = false;
  const named = childIdsNamed(meaning.children, children);
  if (named.length > 0) {
    form.childIds = named;
    form.unknownName = undefined;
    gained = true;
  } else if (form.childIds.length === 0) {
    form.unknownName = unknownNameIn(text, children) ?? form.unknownName;
  }
  if (meaning.dates.length > 0) {
    form.days = [...meaning.dates];
    form.openRecurrence = false;
    gained = true;
  } else if (RECURRENCE.test(normalise(text))) {
    form.openRecurrence = true;
    gained = true;
  }
  form.text = form.text ? `${form.text} ${text}` : text;
  return gained;
}

export function missingPiece(form: BookingForm): MissingPiece | undefined {
  if (form.childIds.length === 0) return 'child';
  if (form.days.length === 0) return form.openRecurrence ? 'until' : 'days';
  return undefined;
}

const STRONG_REQUESTS: readonly Intent[] = ['reserve', 'cancel', 'check', 'deadline', 'faq', 'late_request'];

/**
 * True when an answer given at a prompt is in fact a new request ("en fait, annulez
 * vendredi"): a clear intent other than the current one, in a sentence rather than a
 * bare piece ("Léa", "mercredi"), which the classifier may read as anything.
 */
export function isNewRequest(meaning: Interpretation, text: string, current?: ChangeMode): boolean {
  if (meaning.intent === current) return false;
  const words = normalise(text).split(' ').filter(Boolean).length;
  if (meaning.intent !== 'ambiguous' && STRONG_REQUESTS.includes(meaning.intent)) return words >= 2;
  return meaning.intent === 'absence' && words >= 4;
}
