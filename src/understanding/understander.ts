/**
 * The understanding layer: text + family + reference time → intent, days, children.
 * Pure (no botbuilder, no I/O after construction): dialogs call it.
 */
import type { IsoDay } from '../domain/day';
import { addDays } from '../domain/day';
import type { SchoolCalendar } from '../domain/schoolCalendar';
import { parseDates } from './dates/parseDates';
import { CALENDAR_WORDS } from './dates/dateLexicon';
import type { DateContext, OpenEnded } from './dates/resolveDates';
import { resolveDatesInDetail } from './dates/resolveDates';
import { answerContext, answerEnd, openEndedDays } from './dates/completeOpenEnded';
import type { IntentRecognizerOptions, IntentResult } from './intents/intentRecognizer';
import { IntentRecognizer } from './intents/intentRecognizer';
import type { TrainingSentence } from './intents/trainingData';
import { TRAINING_FAMILY } from './intents/trainingData';
import { referenceDay } from './referenceDay';
import { foldAndExpand, prepareText } from './text/prepareText';
import { COMMON_WORDS } from './text/commonWords';
import { SpellingCorrector } from './text/spellingCorrector';
import type { Intent, Interpretation, UnderstandOptions } from './types';

/** An interpretation with what led to it, for evaluation and logs. */
export interface DetailedInterpretation extends Interpretation {
  intentSource: IntentResult['source'];
  /** The prepared text the classifier read. */
  prepared: string;
  /**
   * Set when the message holds an unbounded recurrence ("tous les mardis") or an open
   * range ("à partir de lundi"): those list no day, and the dialog asks "jusqu'à quand ?"
   * (then `completeOpenEnded` turns the answer into days). Read it for the intents that
   * act on days (reserve, cancel, check); it is set whatever the intent.
   */
  openEnded?: OpenEnded;
}

/** The contract's fields of a detailed interpretation (what the dialogs and the CLI read). */
export function interpretationOf(detailed: DetailedInterpretation): Interpretation {
  const { intent, dates, closedDates, children, confidence, alternatives, actions, sensitive, topic, followUp, edit } = detailed;
  const interpretation: Interpretation = { intent, dates, children, confidence: Math.round(confidence * 1000) / 1000 };
  if (closedDates) interpretation.closedDates = closedDates;
  if (alternatives) interpretation.alternatives = alternatives;
  if (actions) interpretation.actions = actions;
  if (sensitive) interpretation.sensitive = sensitive;
  if (topic) interpretation.topic = topic;
  if (followUp) interpretation.followUp = followUp;
  if (edit) interpretation.edit = edit;
  return interpretation;
}

/** What `completeOpenEnded` needs: the options of `understand`, children optional. */
export type CompleteOpenEndedOptions = Omit<UnderstandOptions, 'children'> & { children?: readonly string[] };

/** Contract: open starts are today for check and cancel, tomorrow for every other intent. */
const STARTS_TODAY: readonly Intent[] = ['check', 'cancel'];

export class Understander {
  private readonly speller: SpellingCorrector;
  private readonly intents: IntentRecognizer;

  constructor(
    training: readonly TrainingSentence[],
    private readonly defaultCalendar: () => SchoolCalendar,
    options: IntentRecognizerOptions = {},
  ) {
    const vocabulary = training.flatMap((s) => foldAndExpand(s.text));
    this.speller = new SpellingCorrector([...vocabulary, ...CALENDAR_WORDS, ...COMMON_WORDS]);
    this.intents = new IntentRecognizer(
      training.map((s) => ({ prepared: this.prepare(s.text, TRAINING_FAMILY).masked, intent: s.intent })),
      options,
    );
  }

  /** Interprets one message (see the contract). */
  understand(text: string, options: UnderstandOptions): DetailedInterpretation {
    const today = referenceDay(options.now);
    const { masked, found, children } = this.prepare(text, options.children);
    const intent = this.intents.recognize(masked);
    const context: DateContext = {
      today,
      openStart: STARTS_TODAY.includes(intent.intent) ? today : addDays(today, 1),
      direction: intent.intent === 'absence' ? 'past' : 'future',
      calendar: options.calendar ?? this.defaultCalendar(),
    };
    const { dates, closedDates, openEnded } = resolveDatesInDetail(found.map((f) => f.expression), context);
    const detailed: DetailedInterpretation = {
      intent: intent.intent, dates, children, confidence: intent.confidence, intentSource: intent.source, prepared: masked,
    };
    if (closedDates) detailed.closedDates = closedDates;
    if (openEnded) detailed.openEnded = openEnded;
    return detailed;
  }

  /**
   * The days an open-ended request covers once the parent has said until when
   * ("jusqu'aux vacances", "jusqu'au 18 décembre", "fin janvier", "toute l'année"), or
   * [] when the answer names no end.
   */
  completeOpenEnded(openEnded: OpenEnded, answer: string, options: CompleteOpenEndedOptions): IsoDay[] {
    const prepared = prepareText(answer, options.children ?? [], this.speller).text;
    const { found } = parseDates(prepared);
    const ctx = answerContext(openEnded, referenceDay(options.now), {
      direction: 'future',
      calendar: options.calendar ?? this.defaultCalendar(),
    });
    return openEndedDays(openEnded, answerEnd(prepared, found.map((f) => f.expression), ctx), ctx);
  }

  /** Text prepared for the classifier, the date expressions found and the children named. */
  prepare(text: string, family: readonly string[]) {
    const prepared = prepareText(text, family, this.speller);
    const parsed = parseDates(prepared.text);
    return { masked: parsed.masked, found: parsed.found, children: prepared.children };
  }
}
