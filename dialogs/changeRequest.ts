/**
 * A request to reserve or cancel days, possibly several changes at once ("annule Léa
 * vendredi et inscris-la jeudi"): its steps, gathered from free French sentences one
 * piece at a time, and corrected at the confirmation ("non, plutôt jeudi", "et Hugo
 * aussi", "sans Léa", "pas le 12", "sauf le mercredi"). Pure functions: the dialog asks, these decide.
 */
import type { IsoDay } from '../src/domain/day';
import { addDays, isoWeekday } from '../src/domain/day';
import { CHANGE_VERBS } from '../src/understanding/text/changeVerbs';
import { normalise } from './frenchFormat';
import type { ChildRef, Intent, Interpretation, OpenEnded } from './services';

/*
 * The words of a correction, read by the main dialog (just after a change) and the late request (at its offer and its word).
 */

/** « non », « pardon », « en fait », « plutôt » opening a message: what follows corrects the last request. */
export const CORRECTION_OPENING = /^(?:(?:ah|oh|euh|oups|zut|mince|pardon|non|nan|en fait|enfait|finalement|plutot|attends?|attention|excusez moi|desolee?)\s+)*(?:non|nan|pardon|oups|en fait|enfait|finalement|plutot|excusez moi|desolee?)\b/;

/** Words anywhere in a message that correct what was just asked: "finalement", "plutôt", "en fait", "enlève". */
export const CORRECTION_WORD = /\b(?:finalement|plutot|en fait|enfin non|enleve|enlevez|enlever|retire|retirez|retirer|oublie|oubliez)\b/;

/** "pardon", "je voulais dire", "je me suis trompé": a slip owned. */
export const SLIP_OWNED = /\b(?:pardon|je voulais dire|je veux dire|je me suis trompee?|erreur de ma part|oups)\b/;

/** « c'est vendredi 18 », « c vendredi », « je voulais dire le 18 »: the day said instead. */
export const DAY_SAID_INSTEAD = /\b(?:c'est|c est|cest|c|c'etait|ce sera|je voulais dire|je veux dire)\s+(?:le\s+|pour\s+|plutot\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|\d)/;

export type ChangeMode = 'reserve' | 'cancel';
export type MissingPiece = 'child' | 'days' | 'until';

/** One change of the request: a mode, children and days. */
export interface ChangeStep {
  mode: ChangeMode;
  childIds: number[];
  days: IsoDay[];
  /** Its days start on a day or are weekdays, with no end yet: "jusqu'à quand ?" gives them. */
  open?: OpenEnded;
}

export interface ChangeRequest {
  /** In the order the parent wrote them; most requests have one. */
  steps: ChangeStep[];
  /** The sentences given so far, joined: an open recurrence is understood again with its bound. */
  text: string;
  /** "tous les mardis" with no end: the days wait for "jusqu'à quand". */
  openRecurrence: boolean;
  /** Days named that never open (a Saturday, a public holiday): told, never silently dropped. */
  closedDays: IsoDay[];
  /** First names the parent gave that are none of their children. */
  unknownNames: string[];
  /** Said before the next question: why the days asked are not there (closed by the service…). */
  notice?: string[];
  misunderstood: number;
}

/** Options the dialogs start with: the sentence and what the understanding made of it. */
export interface RequestOptions {
  text: string;
  interpretation: Interpretation;
}

const RECURRENCE = /\b(tous les|toutes les|chaque)\b|\b(lundi|mardi|mercredi|jeudi|vendredi)s\b/;
const NOT_A_NAME = new Set(
  'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre noel toussaint paques ascension pentecote vacances demain aujourd hier la le les mon ma mes tous toutes lui elle eux cette ce semaine bonjour bonsoir merci madame monsieur svp oui non'.split(
    ' ',
  ),
);
const TRIGGER = /\b(?:pour|inscrire|inscris|inscrivez|réserver|reserver|réserve|reserve|réservez|annuler|annule|annulez|sans|avec|mettre|mets|enlever|enlève|retirer|retire)\s+$/i;
const CAPITALISED = /\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?/gu;

export function childIdsNamed(names: readonly string[], children: readonly ChildRef[]): number[] {
  const wanted = new Set(names.map(normalise));
  return children.filter((child) => wanted.has(normalise(child.firstName))).map((child) => child.id);
}

/**
 * First names in the message that are none of the family's children: a capitalised word
 * after "pour", "inscrire", "et"… or in a list with one of the children ("Léa, Hugo et
 * Nathan"). Names of other families are never looked up: only the parent's words are echoed.
 */
export function unknownNamesIn(text: string, children: readonly ChildRef[]): string[] {
  const known = new Set(children.map((child) => normalise(child.firstName)));
  const words = [...text.matchAll(CAPITALISED)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const isName = (word: string) => !NOT_A_NAME.has(normalise(word));
  // Words joined by "," / "et" / "ou": a list of names when one of them is a child's.
  const linked = (a: { end: number }, b: { start: number }) => /^\s*(?:,|et|ou|&)\s*$/i.test(text.slice(a.end, b.start));
  const inListWithAChild = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j + 1 < words.length && linked(words[j], words[j + 1])) j += 1;
    const list = words.slice(i, j + 1);
    if (list.length > 1 && list.some((w) => known.has(normalise(w.word)))) list.forEach((w) => inListWithAChild.add(w.word));
    i = j + 1;
  }
  const unknown = words
    .filter((w) => !known.has(normalise(w.word)) && isName(w.word))
    .filter((w) => inListWithAChild.has(w.word) || (w.start > 0 && TRIGGER.test(text.slice(0, w.start))))
    .map((w) => w.word);
  return [...new Set(unknown)];
}

/** A request started from the first sentence: one step, or one per change the message asks. */
export function startRequest(mode: ChangeMode, options: RequestOptions, children: readonly ChildRef[]): ChangeRequest {
  const meaning = options.interpretation;
  const changes = (meaning.actions ?? []).filter((action) => action.intent === 'reserve' || action.intent === 'cancel');
  const steps: ChangeStep[] =
    changes.length > 1
      ? changes.map((action) => ({ mode: action.intent as ChangeMode, childIds: childIdsNamed(action.children, children), days: [...action.dates], ...(action.openEnded ? { open: action.openEnded } : {}) }))
      : [{ mode, childIds: [], days: [] }];
  const request: ChangeRequest = { steps, text: '', openRecurrence: false, closedDays: [], unknownNames: [], misunderstood: 0 };
  absorb(request, options.text, changes.length > 1 ? { ...meaning, children: [], dates: [] } : meaning, children);
  // One child in the family: no need to ask which one (unless another name was given).
  for (const step of request.steps) {
    if (step.childIds.length === 0 && children.length === 1 && request.unknownNames.length === 0) step.childIds = [children[0].id];
  }
  return request;
}

/**
 * Merges what one more sentence says into the request while its pieces are gathered;
 * returns whether it brought anything. Children and days named go to the steps that
 * lack them (every step when a single one).
 */
export function absorb(request: ChangeRequest, text: string, meaning: Interpretation, children: readonly ChildRef[]): boolean {
  let gained = false;
  const named = childIdsNamed(meaning.children, children);
  const unknown = unknownNamesIn(text, children);
  if (unknown.length > 0) request.unknownNames = unknown;
  const single = request.steps.length === 1;
  if (named.length > 0) {
    for (const step of request.steps) if (single || step.childIds.length === 0) step.childIds = [...named];
    if (unknown.length === 0) request.unknownNames = [];
    gained = true;
  }
  if (meaning.closedDates && meaning.closedDates.length > 0) {
    request.closedDays = [...meaning.closedDates];
    gained = true;
  } else if (meaning.dates.length > 0) {
    request.closedDays = [];
  }
  if (meaning.dates.length > 0 || (meaning.closedDates?.length ?? 0) > 0) request.notice = undefined;
  if (meaning.dates.length > 0) {
    for (const step of request.steps) if (single || step.days.length === 0) step.days = [...meaning.dates];
    request.openRecurrence = false;
    gained = true;
  } else if (meaning.openEnded || RECURRENCE.test(normalise(text))) {
    request.openRecurrence = true;
    if (single && meaning.openEnded) request.steps[0].open = meaning.openEnded;
    gained = true;
  }
  if (unknown.length > 0) gained = true;
  request.text = request.text ? `${request.text} ${text}` : text;
  return gained;
}

/** Weekdays said as a habit: "tous les jeudis", "les mardis". */
export function saysSeries(text: string): boolean {
  const said = normalise(text);
  return RECURRENCE.test(said) && weekdaysNamedIn(said).length > 0;
}

/**
 * "non, tous les jeudis" at the confirmation of one change: the days become that series,
 * from today on, and wait for "jusqu'à quand ?" like any open recurrence. Returns whether
 * the sentence was such a series (weekdays as a habit, no date and no end of its own).
 */
export function reopenAsSeries(request: ChangeRequest, text: string, meaning: Interpretation): boolean {
  if (request.steps.length !== 1 || meaning.dates.length > 0 || meaning.edit || !saysSeries(text)) return false;
  request.steps[0].days = [];
  request.openRecurrence = true;
  request.text = text;
  return true;
}

/** The first piece still missing, in the order asked: which children, which days, until when. */
export function missingPiece(request: ChangeRequest): MissingPiece | undefined {
  if (request.steps.some((step) => step.childIds.length === 0)) return 'child';
  if (request.steps.some((step) => step.days.length === 0)) return request.openRecurrence ? 'until' : 'days';
  return undefined;
}

/**
 * A correction at the confirmation: "plutôt jeudi" (other days), "non, Inès" (other
 * child), "et Hugo aussi" (added), "sans Léa", "pas le 12" (taken out). Returns whether
 * the request changed; the dialog then confirms it again.
 */
export function correct(request: ChangeRequest, text: string, meaning: Interpretation, children: readonly ChildRef[]): boolean {
  const before = JSON.stringify(request.steps);
  const edit = meaning.edit;
  const removedChildren = childIdsNamed(edit?.removeChildren ?? [], children);
  const removedDays = new Set((edit?.removeDates ?? []).map((day) => sameDayOfMonthIn(request, day)));
  // "pas Inès le 16": that child on that day only; the others keep the 16th, Inès her other days.
  // ("non pas le 23 pour Inès" at the confirmation of Léa's and Inès's days: the same, Inès named with « pour ».)
  const namedFor = childIdsNamed(meaning.children, children);
  const withoutDayFor = removedChildren.length === 0 && namedFor.length > 0 && request.steps.some((step) => namedFor.every((id) => step.childIds.includes(id)) && step.childIds.length > namedFor.length);
  const leftOut = withoutDayFor ? namedFor : removedChildren;
  // ("ah non pas hugo vendredi" at the confirmation of Léa's and Hugo's Wednesday and Friday: Hugo on the Friday only.)
  const weekdaysOut = new Set(edit?.removeWeekdays ?? []);
  const onWeekdaysOut = request.steps.flatMap((step) => step.days).filter((day) => weekdaysOut.has(isoWeekday(day)));
  const pairDays = removedDays.size > 0 ? (edit?.removeWeekdays ? new Set<IsoDay>() : removedDays) : new Set(onWeekdaysOut);
  const onlyDaysOut = meaning.dates.every((day) => pairDays.has(day)) && (meaning.dates.length === 0 || removedDays.size === 0);
  if (leftOut.length > 0 && pairDays.size > 0 && onlyDaysOut && (withoutDayFor || namedFor.length === 0)) {
    const next: ChangeStep[] = [];
    for (const step of request.steps) {
      const hit = step.childIds.some((id) => leftOut.includes(id)) && step.days.some((day) => pairDays.has(day));
      if (!hit) {
        next.push(step);
        continue;
      }
      const others = step.childIds.filter((id) => !leftOut.includes(id));
      const theirs = step.childIds.filter((id) => leftOut.includes(id));
      const left = step.days.filter((day) => !pairDays.has(day));
      if (others.length > 0) next.push({ ...step, childIds: others });
      if (left.length > 0) next.push({ ...step, childIds: theirs, days: left });
    }
    if (next.length > 0 && JSON.stringify(next) !== JSON.stringify(request.steps)) {
      request.steps = next;
      request.text = `${request.text} ${text}`;
      return true;
    }
  }
  const removedWeekdays = new Set(edit?.removeWeekdays ?? []);
  const kept = (day: IsoDay) => !removedDays.has(day) && !removedWeekdays.has(isoWeekday(day));
  const named = childIdsNamed(meaning.children, children).filter((id) => !removedChildren.includes(id));
  // A closed day read the wrong month ("et le 13 aussi" read as Sunday 13 December) is a day of the request's month.
  const closedDays = (meaning.closedDates ?? []).filter((day) => inMonthOfRequest(request, day, text) === day);
  const movedFromClosed = (meaning.closedDates ?? []).filter((day) => !closedDays.includes(day));
  let days = [...new Set([...meaning.dates, ...movedFromClosed].map((day) => inWeekOfRequest(request, inMonthOfRequest(request, day, text), text)))].sort().filter(kept);
  const [only] = request.steps;
  // "non pardon jeudi c'est Inès pas Hugo" at the confirmation of Hugo's Wednesday and Thursday: Inès takes Hugo's Thursday,
  // Hugo keeps his Wednesday.
  if (request.steps.length === 1 && !edit?.add && removedChildren.length > 0 && named.length > 0 && removedChildren.every((id) => only.childIds.includes(id)) && named.every((id) => !only.childIds.includes(id)) && days.length > 0 && days.length < only.days.length && days.every((day) => only.days.includes(day))) {
    const others = only.childIds.filter((id) => !removedChildren.includes(id));
    request.steps = [
      { ...only, childIds: [...removedChildren], days: only.days.filter((day) => !days.includes(day)) },
      ...(others.length > 0 ? [{ ...only, childIds: others }] : []),
      { ...only, childIds: [...named], days: [...days] },
    ];
    request.text = `${request.text} ${text}`;
    return true;
  }
  // "ah et Hugo aussi le jeudi" at the confirmation of Léa's Wednesday and Thursday: Hugo on the Thursday alone, a change of his own.
  if (edit?.add && request.steps.length === 1 && named.length > 0 && named.every((id) => !only.childIds.includes(id)) && days.length > 0 && days.length < only.days.length && days.every((day) => only.days.includes(day))) {
    request.steps.push({ ...only, childIds: [...named], days: [...days] });
    request.text = `${request.text} ${text}`;
    return true;
  }
  // "et Hugo le vendredi 18 aussi" at the confirmation of Léa's Thursday 17: Hugo on the Friday alone, Léa's day kept.
  if (edit?.add && request.steps.length === 1 && named.length > 0 && named.every((id) => !only.childIds.includes(id)) && days.length > 0 && days.every((day) => !only.days.includes(day))) {
    request.steps.push({ ...only, childIds: [...named], days: [...days] });
    request.text = `${request.text} ${text}`;
    return true;
  }
  // "et pour Hugo le 28 aussi" at the confirmation of three children's days: that day for Hugo alone, the others' days kept.
  if (edit?.add && request.steps.length === 1 && named.length > 0 && named.length < only.childIds.length && named.every((id) => only.childIds.includes(id)) && days.length > 0 && days.every((day) => !only.days.includes(day))) {
    request.steps.push({ ...only, childIds: [...named], days: [...days] });
    request.text = `${request.text} ${text}`;
    return true;
  }
  // "Hugo et Inès jeudi et vendredi, Léa non", then "ah et Léa le vendredi aussi": Léa joins the others' change on that day, her own no longer holds it.
  if (edit?.add && named.length > 0 && days.length > 0) {
    const theirs = request.steps.filter((step) => named.every((id) => step.childIds.includes(id)));
    const others = request.steps.filter((step) => !step.childIds.some((id) => named.includes(id)) && days.every((day) => step.days.includes(day)));
    const [own] = theirs;
    if (theirs.length === 1 && others.length === 1 && others[0].mode !== own.mode) {
      const next: ChangeStep[] = [];
      for (const step of request.steps) {
        if (step !== own) next.push(step);
        else {
          const rest = step.childIds.filter((id) => !named.includes(id));
          const left = step.days.filter((day) => !days.includes(day));
          if (rest.length > 0) next.push({ ...step, childIds: rest });
          if (left.length > 0) next.push({ ...step, childIds: [...named], days: left });
        }
      }
      next.push({ mode: others[0].mode, childIds: [...named], days: [...days] });
      request.steps = next;
      request.text = `${request.text} ${text}`;
      return true;
    }
  }
  // "Léa non" for Wednesday, then "et pour Léa le jeudi 17 par contre": the opposite change on that other day, Wednesday's stays.
  const opposite = meaning.intent === 'reserve' || meaning.intent === 'cancel' ? meaning.intent : undefined;
  if (opposite && CONTRAST.test(normalise(text)) && named.length > 0 && days.length > 0) {
    const ofNamed = request.steps.filter((step) => named.every((id) => step.childIds.includes(id)));
    if (ofNamed.length > 0 && ofNamed.every((step) => step.mode !== opposite && !days.some((day) => step.days.includes(day)))) {
      request.steps.push({ mode: opposite, childIds: [...named], days: [...days] });
      request.text = `${request.text} ${text}`;
      return true;
    }
  }
  // "non plutôt jeudi 17 pour Inès" at the confirmation of Inès's and Hugo's Wednesday: Inès's day only, Hugo keeps his
  // (a child named with other days, nothing added: the others are not said to move).
  // (Among several changes, the one change holding that child: "non plutôt le mercredi 23 pour Inès" after Inès's and Hugo's
  // Wednesday and Léa's Friday moves Inès alone.)
  const ofNamedOnly = named.length > 0 ? request.steps.filter((step) => named.some((id) => step.childIds.includes(id))) : [];
  const [split] = ofNamedOnly;
  if (ofNamedOnly.length === 1 && !edit?.add && removedChildren.length === 0 && named.length < split.childIds.length && named.every((id) => split.childIds.includes(id)) && days.length > 0 && !days.some((day) => split.days.includes(day))) {
    const at = request.steps.indexOf(split);
    request.steps.splice(at, 1, { ...split, childIds: split.childIds.filter((id) => !named.includes(id)) }, { ...split, childIds: [...named], days: [...days] });
    request.text = `${request.text} ${text}`;
    return true;
  }
  // "plutôt jeudi 17 que vendredi", "jeudi au lieu de vendredi": that one day changes, the others stay.
  const swap = daySwapIn(text, request.steps.flatMap((step) => step.days), days);
  if (swap) {
    for (const step of request.steps) {
      if (!step.days.some((day) => swap.out.includes(day))) continue;
      step.days = [...new Set([...step.days.filter((day) => !swap.out.includes(day)), ...swap.in])].sort();
    }
    days = [];
  }
  // "pas le lundi, le jeudi 17": a day taken out and another named, the other days stay (a swap).
  const swapped = days.length > 0 && request.steps.some((step) => step.days.some((day) => !kept(day)));
  const last = request.steps[request.steps.length - 1];
  // "non, Hugo plutôt mercredi" among several changes: the change of that child takes the new days.
  const holding = request.steps.length > 1 && named.length > 0 && days.length > 0 && !edit?.add ? request.steps.filter((step) => named.every((id) => step.childIds.includes(id))) : [];
  const namedInOneStep = request.steps.length > 1 && named.length > 0 && request.steps.some((step) => named.every((id) => step.childIds.includes(id)));
  // ("c'est Léa qu'il faut enlever, pas Inès" among a booking for Hugo and a cancellation for Inès: Léa in Inès's change only.)
  const replacing = request.steps.length > 1 && named.length > 0 && removedChildren.length > 0 ? request.steps.filter((step) => step.childIds.some((id) => removedChildren.includes(id))) : [];
  // ("non pas jeudi, mercredi 16" among Inès's Tuesday and Thursday and Hugo's cancelled Friday: the day said instead goes to
  // the change that held the day taken out.)
  const heldDayOut = swapped ? request.steps.filter((step) => step.days.some((day) => !kept(day))) : [];
  for (const step of request.steps) {
    const hadRemoved = replacing.includes(step);
    step.childIds = step.childIds.filter((id) => !removedChildren.includes(id));
    step.days = step.days.filter(kept);
    if (replacing.length > 0 && !hadRemoved) continue;
    // ("pas lundi, mardi pour Hugo" among a cancellation for Léa and a booking for Hugo: Hugo's change only, Léa's stays hers.)
    if (named.length > 0 && holding.length === 0 && !(edit?.add && namedInOneStep)) step.childIds = edit?.add ? union(step.childIds, named) : [...named];
  }
  // New days replace those of the last change (the one a parent corrects when they say "plutôt jeudi"),
  // and of every change on the very same days ("Inès vendredi, Hugo non" then "plutôt jeudi": both move).
  const sameDaysAsLast = request.steps.filter((step) => step.days.length === last.days.length && step.days.every((day) => last.days.includes(day)));
  // A move ("du jeudi 17 au vendredi 18") then "mettre plutôt lundi 21": the day booked changes, the day freed stays.
  const moving = new Set(request.steps.map((step) => step.mode)).size > 1 && sameDaysAsLast.length < request.steps.length;
  const ofThatMode = moving ? request.steps.filter((step) => step.mode === meaning.intent) : [];
  for (const step of holding.length > 0 ? holding : heldDayOut.length > 0 ? heldDayOut : days.length > 0 ? (ofThatMode.length > 0 ? ofThatMode : sameDaysAsLast) : []) step.days = edit?.add || swapped ? union(step.days, days).sort() : [...days];
  const unknown = unknownNamesIn(text, children);
  if (unknown.length > 0 || named.length > 0) request.unknownNames = unknown;
  if (closedDays.length > 0) request.closedDays = closedDays;
  else if (days.length > 0) request.closedDays = [];
  request.text = `${request.text} ${text}`;
  return JSON.stringify(request.steps) !== before || unknown.length > 0 || closedDays.length > 0;
}

const CONTRAST = /\b(?:par contre|en revanche)\b/;

/** "au lieu de", "à la place de", or "que" after "plutôt" or after a day alone: the day after it is the one taken back. */
// ("plutôt" may already be cut off the correction: "jeudi 17 que vendredi".)
const INSTEAD_OF = /\b(?:au lieu d[eu']?|a la place d[eu']?)|(?<=\bplutot\b.*)\bque\b|(?<=^(?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi)?(?: ?(?:[1-9]|[12]\d|3[01])(?:er)?)? )que\b/;

/** The weekdays and day numbers a part of a sentence names. */
function dayNamesIn(part: string): { weekdays: number[]; numbers: number[] } {
  return {
    weekdays: weekdaysNamedIn(part),
    numbers: [...part.matchAll(/\b([1-9]|[12]\d|3[01])(?:er)?\b/g)].map((m) => Number(m[1])),
  };
}

const namedBy = (day: IsoDay, names: { weekdays: number[]; numbers: number[] }) =>
  names.numbers.length > 0 ? names.numbers.includes(Number(day.slice(8, 10))) : names.weekdays.includes(isoWeekday(day));

/**
 * A correction that swaps one day of the request for another ("plutôt jeudi 17 que
 * vendredi", "jeudi au lieu de vendredi"): the request's days named after the marker go,
 * the days read that were named before it come; undefined when the sentence is no such swap.
 */
function daySwapIn(text: string, requestDays: readonly IsoDay[], read: readonly IsoDay[]): { out: IsoDay[]; in: IsoDay[] } | undefined {
  const said = normalise(text);
  const marker = INSTEAD_OF.exec(said);
  if (!marker) return undefined;
  const before = dayNamesIn(said.slice(0, marker.index));
  const after = dayNamesIn(said.slice(marker.index + marker[0].length));
  if (after.weekdays.length + after.numbers.length === 0 || before.weekdays.length + before.numbers.length === 0) return undefined;
  const out = requestDays.filter((day) => namedBy(day, after));
  const added = read.filter((day) => !requestDays.includes(day) && namedBy(day, before));
  return out.length > 0 && added.length > 0 ? { out: [...new Set(out)], in: added } : undefined;
}

/**
 * "sauf le 20" at the confirmation of the Wednesdays of January: the 20th of those days,
 * not the next 20th of the calendar (the understanding reads "le 20" alone as the next one).
 */
function sameDayOfMonthIn(request: ChangeRequest, day: IsoDay): IsoDay {
  const days = new Set(request.steps.flatMap((step) => step.days));
  if (days.has(day)) return day;
  const same = [...days].filter((own) => own.slice(8, 10) === day.slice(8, 10));
  return same.length === 1 ? same[0] : day;
}

/** A correction naming a day by its number alone ("le 13", "le 20 aussi"): no month, weekday or relative word. */
const DAY_NUMBER_ALONE = /\b(?:le|du|au|et)\s+(?:[1-9]|[12]\d|3[01])(?:er)?\b/;
/** Months and words of time other than weekdays ("demain", "semaine prochaine", "vacances"). */
const MONTHS_AND_RELATIVE = 'janv\\w*|fevr\\w*|mars|avril|avr|mai|juin|juil\\w*|aout|sept\\w*|oct\\w*|nov\\w*|dec\\w*|demain|aujourd\\w*|semaine|prochaine?|suivante?|vacances';
const TIME_WORDS = new RegExp(`\\b(?:${MONTHS_AND_RELATIVE}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b`);

/**
 * "et le 13 aussi", "plutôt le 27" at the confirmation of days in January: a day of that
 * month, not the next 13th of the calendar, which falls before the days asked.
 */
function inMonthOfRequest(request: ChangeRequest, day: IsoDay, text: string): IsoDay {
  const days = request.steps.flatMap((step) => step.days).sort();
  const said = normalise(text);
  if (days.length === 0 || day >= days[0] || !DAY_NUMBER_ALONE.test(said) || TIME_WORDS.test(said)) return day;
  const month = days[0].slice(0, 7);
  if (!days.every((own) => own.startsWith(month))) return day;
  const candidate = `${month}-${day.slice(8, 10)}`;
  return new Date(`${candidate}T12:00:00Z`).toISOString().slice(0, 10) === candidate ? candidate : day;
}

/** A correction naming weekdays alone ("et le vendredi aussi", "plutôt jeudi"): no number, month or relative word. */
const WEEKDAY_ALONE = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|lun|mar|mer|merc|jeu|ven)\b/;
const OTHER_TIME_WORDS = new RegExp(`\\b(?:[1-9]|[12]\\d|3[01])(?:er)?\\b|\\b(?:${MONTHS_AND_RELATIVE}|tous|toutes|chaque)\\b|\\b(?:lundi|mardi|mercredi|jeudi|vendredi)s\\b`);

/**
 * "et le vendredi aussi" at the confirmation of days in the week of the 14th: the Friday
 * of that week, not the next Friday of the calendar; among days of several weeks, the
 * one day of the request on that weekday. Never a day before the one read (it would be past).
 */
function inWeekOfRequest(request: ChangeRequest, day: IsoDay, text: string): IsoDay {
  const days = [...new Set(request.steps.flatMap((step) => step.days))].sort();
  const said = normalise(text);
  if (days.length === 0 || days.includes(day) || !WEEKDAY_ALONE.test(said) || OTHER_TIME_WORDS.test(said)) return day;
  const monday = (of: IsoDay) => addDays(of, 1 - isoWeekday(of));
  const weeks = new Set(days.map(monday));
  const same = days.filter((own) => isoWeekday(own) === isoWeekday(day));
  const inRequest = weeks.size === 1 ? addDays([...weeks][0], isoWeekday(day) - 1) : same.length === 1 ? same[0] : day;
  // (The day read is the next one on that weekday: a day before it would be past.)
  return inRequest > day ? inRequest : day;
}

/** "non, c'est l'inverse", "le contraire": the two children trade their changes. */
const THE_OTHER_WAY_ROUND = /\b(?:l' ?inverse|le contraire|inversement|dans l' ?autre sens|a l' ?envers)\b/;

/**
 * "non c'est l'inverse, Inès mercredi et Hugo jeudi" at the confirmation of Hugo's
 * cancellation and Inès's booking: each child takes the other's change, modes and days kept.
 * Returns false (nothing touched) unless the request is two changes of different children.
 */
export function swapChildren(request: ChangeRequest, text: string): boolean {
  if (!THE_OTHER_WAY_ROUND.test(normalise(text)) || request.steps.length !== 2) return false;
  const [first, second] = request.steps;
  if (first.childIds.some((id) => second.childIds.includes(id))) return false;
  [first.childIds, second.childIds] = [second.childIds, first.childIds];
  request.text = `${request.text} ${text}`;
  return true;
}

/**
 * "non, juste enlever Hugo" at the confirmation of several changes: only the changes of
 * that kind are kept, narrowed to the children and days named. Returns false (nothing
 * touched) when the sentence names a child or a day none of them holds: a new request.
 */
export function keepOnly(request: ChangeRequest, text: string, meaning: Interpretation, children: readonly ChildRef[]): boolean {
  const mode = meaning.intent;
  if (request.steps.length < 2 || (mode !== 'reserve' && mode !== 'cancel')) return false;
  const named = childIdsNamed(meaning.children, children);
  const kept = request.steps
    .filter((step) => step.mode === mode)
    .map((step) => ({
      ...step,
      childIds: named.length > 0 ? step.childIds.filter((id) => named.includes(id)) : step.childIds,
      days: meaning.dates.length > 0 ? step.days.filter((day) => meaning.dates.includes(day)) : step.days,
    }))
    .filter((step) => step.childIds.length > 0 && step.days.length > 0);
  const holds = (id: number) => kept.some((step) => step.childIds.includes(id));
  const holdsDay = (day: IsoDay) => kept.some((step) => step.days.includes(day));
  if (kept.length === 0 || !named.every(holds) || !meaning.dates.every(holdsDay)) return false;
  request.steps = kept;
  request.text = `${request.text} ${text}`;
  return true;
}

/** "la deuxième semaine" with no period named. */
export const RANKED_WEEK = /\b(?:premiere|1ere|1re|deuxieme|2e|2eme|seconde|troisieme|3e|3eme|derniere) semaine\b(?! (?:de|des|du|d'))/;
/** "la deuxième", "plutôt la dernière" alone: a week of the holidays just spoken of, « semaine » left unsaid. */
export const ELLIPTIC_RANKED_WEEK = /^((?:(?:plutot|et|alors|ok|donc)\s+)*(?:pour\s+)?la\s+(?:premiere|1ere|1re|deuxieme|2e|2eme|seconde|troisieme|3e|3eme|derniere))(?=\s*(?:alors|svp|stp|plutot|pour \S+)?\s*\??$)/;

/** "plutôt les deux derniers", "juste le premier jour": how many of the days, counted from the first (positive) or the last (negative). */
const COUNTED_DAYS = /^(?:(?:plutot|juste|seulement|uniquement|que|finalement|en fait)\s+)*(?:le|les|l')\s*(?:(deux|trois|quatre|cinq|2|3|4|5)\s+)?(premier|premiere|premiers|premieres|dernier|derniere|derniers|dernieres)(?:\s+(?:jours?|journees?|soirs?|mercredis?))?(?:\s+(?:seulement|uniquement|alors|svp|stp|s'il vous plait|merci))*$/;
const COUNT_WORDS: Readonly<Record<string, number>> = { deux: 2, trois: 3, quatre: 4, cinq: 5 };

/** Whether an answer only counts days among those asked: "plutôt les deux derniers". */
export function saysCounted(text: string): boolean {
  return COUNTED_DAYS.test(normalise(afterLeadingNo(text) ?? text).trim());
}

/**
 * "non, plutôt les deux derniers" at the confirmation (or at the late request offer) of
 * one series of days: only its first or last days are kept. Returns false (nothing
 * touched) when the sentence says something else, or counts as many days as there are.
 */
export function keepCounted(request: ChangeRequest, text: string): boolean {
  const match = COUNTED_DAYS.exec(normalise(text).trim());
  if (!match) return false;
  const count = match[1] ? (COUNT_WORDS[match[1]] ?? Number(match[1])) : 1;
  const fromEnd = match[2].startsWith('dernier');
  const days = union([], request.steps.flatMap((step) => step.days)).sort();
  if (count >= days.length) return false;
  const kept = fromEnd ? days.slice(days.length - count) : days.slice(0, count);
  request.steps = request.steps.map((step) => ({ ...step, days: step.days.filter((day) => kept.includes(day)) })).filter((step) => step.days.length > 0);
  request.text = `${request.text} ${text}`;
  return true;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** "non", "ah non pardon", "non merci, plutôt…" at the start of an answer, and what follows. */
const LEADING_NO = /^(?:(?:ah|oh|euh|bah|ben|mais|et)\s+)?(?:non|nan|pas du tout)\b[\s,;:!.…-]*(?:(?:pardon|merci|désolée?|desolee?|excusez[- ]moi|en fait|plutôt|plutot|je me suis trompée?|erreur)\b[\s,;:!.…-]*)*/i;

/** "non pardon, vendredi 20 mars" → "vendredi 20 mars"; undefined when the answer does not start with "non". */
export function afterLeadingNo(text: string): string | undefined {
  const match = LEADING_NO.exec(text.trim());
  return match ? text.trim().slice(match[0].length).trim() : undefined;
}

// A person asked for, or an urgent story told, at a prompt: the main dialog hands over.
const STRONG_REQUESTS: readonly Intent[] = ['reserve', 'cancel', 'check', 'deadline', 'faq', 'late_request', 'handoff'];

/**
 * True when an answer given at a prompt is in fact a new request ("en fait, annulez
 * vendredi"): a clear intent other than the current one, in a sentence rather than a
 * bare piece ("Léa", "mercredi"), which the classifier may read as anything.
 */
export function isNewRequest(meaning: Interpretation, text: string, current?: ChangeMode | readonly ChangeMode[]): boolean {
  if (meaning.intent === current) return false;
  // "non juste le lundi pour lui" at the confirmation of Hugo's Monday and Tuesday: the same change, fewer days (no verb of
  // its own, its weak reading as a booking is no new request).
  if (typeof current === 'string' && restrictsOnly(text)) return false;
  // "mettre plutôt lundi 21" at the confirmation of a move: one of its changes, corrected.
  if (Array.isArray(current) && current.includes(meaning.intent as ChangeMode) && CORRECTING.test(normalise(text))) return false;
  const words = normalise(text).split(' ').filter(Boolean).length;
  // ("non attends, c'est mercredi qu'il a le rdv" at the confirmation of Friday: a day said instead corrects the request.)
  if (meaning.intent !== 'ambiguous' && STRONG_REQUESTS.includes(meaning.intent)) return words >= 2 && !(current !== undefined && daysSaidWeakly(meaning, text));
  return meaning.intent === 'absence' && words >= 4;
}

/** Days said with no verb of change of their own, the sentence read only weakly ("c'est mercredi le rdv"): days said instead. */
export function daysSaidWeakly(meaning: Interpretation, text: string): boolean {
  return meaning.confidence < 0.5 && meaning.dates.length > 0 && !OWN_CHANGE_VERB.test(normalise(text));
}

/** A correction that only keeps part of what was said: "juste le lundi", "seulement pour elle". */
const RESTRICTION = /^(?:(?:ok|bon|alors|euh|en fait|finalement|ah|pardon|plutot)\s+)*(?:juste|seulement|uniquement)\b/;
/** A verb of change of the message's own: « annule », « mettez », « inscrire »… */
export const OWN_CHANGE_VERB = new RegExp(String.raw`\b(?:${CHANGE_VERBS})\b`);

/** "non juste le lundi pour lui": part of the change just spoken of kept, with no verb of change of its own. */
export function restrictsOnly(text: string): boolean {
  const said = normalise(text);
  return RESTRICTION.test(said) && !OWN_CHANGE_VERB.test(said);
}

/** Words that correct what was just said rather than ask something new. */
const CORRECTING = /\b(?:plutot|finalement|en fait|a la place)\b/;

/** The children and days of every step, each once. */
export function childIdsOf(request: ChangeRequest): number[] {
  return union([], request.steps.flatMap((step) => step.childIds));
}

/** ISO weekdays by their French names (opening days only). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5 };

/** The ISO weekdays named in a normalised sentence, in the order said (repeats kept). */
export function weekdaysNamedIn(said: string): number[] {
  return [...said.matchAll(/\b(lundi|mardi|mercredi|jeudi|vendredi)s?\b/g)].map((m) => WEEKDAY_NUMBERS[m[1]]);
}

/**
 * The weekdays a correction names when it names nothing else of time ("juste le jeudi",
 * "plutôt mardi et jeudi"); undefined when it names a date, a week or "prochain". With
 * `series`, weekdays said as a habit count too ("plutôt les jeudis" after the Tuesdays of
 * a month: the Thursdays of those weeks).
 */
export function weekdaysOnly(text: string, series = false): number[] | undefined {
  if (/\d|\b(?:prochain|prochaine|dernier|derniere|d' ?apres|suivant|suivante|semaine|mois|vacances|demain|aujourd)\b/.test(text)) return undefined;
  if (!series && /\b(?:tous|toutes|chaque|les (?:lundi|mardi|mercredi|jeudi|vendredi)s)\b/.test(text)) return undefined;
  const named = weekdaysNamedIn(text);
  // "plutôt du mardi au jeudi", "mardi à jeudi": every weekday between.
  const range = /\b(lundi|mardi|mercredi|jeudi|vendredi) (?:au|a|jusqu' ?au|jusqu' ?a) (lundi|mardi|mercredi|jeudi|vendredi)\b/.exec(text);
  if (range && WEEKDAY_NUMBERS[range[1]] < WEEKDAY_NUMBERS[range[2]]) {
    for (let weekday = WEEKDAY_NUMBERS[range[1]] + 1; weekday < WEEKDAY_NUMBERS[range[2]]; weekday++) named.push(weekday);
  }
  return named.length > 0 ? [...new Set(named)].sort((a, b) => a - b) : undefined;
}
