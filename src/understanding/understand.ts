/**
 * Entry point of the understanding layer: `understand(text, { now, children, calendar })`
 * and `warmUp()`, which the bot calls at start-up so that the first parent does not
 * wait for the classifier's training and the calendar's loading.
 */
import { createTownRules } from '../domain/createTownRules';
import type { SchoolCalendar } from '../domain/schoolCalendar';
import { loadTrainingSentences } from './intents/trainingData';
import { isFrenchWord } from './text/frenchDictionary';
import type { Interpretation, UnderstandOptions } from './types';
import type { IsoDay } from '../domain/day';
import type { OpenEnded } from './dates/resolveDates';
import type { CompleteOpenEndedOptions, DetailedInterpretation } from './understander';
import { interpretationOf, Understander } from './understander';

let defaultCalendar: SchoolCalendar | undefined;
let shared: Understander | undefined;

/** The town's school calendar (zone C), loaded once. */
export function townCalendar(): SchoolCalendar {
  defaultCalendar ??= createTownRules().calendar;
  return defaultCalendar;
}

/** The shared understander, built on first use from the training files. */
export function sharedUnderstander(): Understander {
  shared ??= new Understander(loadTrainingSentences(), townCalendar);
  return shared;
}

/** Builds everything `understand` needs (classifier, calendar) ahead of the first message. */
export function warmUp(): void {
  sharedUnderstander();
  townCalendar();
  isFrenchWord('bonjour');
}

/** What one French message means: intent, opening days and children (see the contract). */
export function understand(text: string, options: UnderstandOptions): Interpretation {
  return interpretationOf(sharedUnderstander().understand(text, options));
}

/** `understand` with the classifier's confidence and the prepared text, for evaluation. */
export function understandInDetail(text: string, options: UnderstandOptions): DetailedInterpretation {
  return sharedUnderstander().understand(text, options);
}

/**
 * The opening days of an open-ended request (`DetailedInterpretation.openEnded`) once the
 * parent has answered "jusqu'à quand ?": from its first day to the end the answer names
 * ("jusqu'aux vacances", "jusqu'au 18 décembre", "fin janvier", "jusqu'à vendredi",
 * "toute l'année" = until the summer holidays), weekends and public holidays dropped,
 * only its weekdays when it has some. [] when the answer names no end.
 */
export function completeOpenEnded(openEnded: OpenEnded, answerText: string, options: CompleteOpenEndedOptions): IsoDay[] {
  return sharedUnderstander().completeOpenEnded(openEnded, answerText, options);
}
