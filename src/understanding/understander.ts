/**
 * The understanding layer: text + family + reference time → intent, days, children.
 * Pure (no botbuilder, no I/O after construction): dialogs call it.
 */
import { addDays } from '../domain/day';
import type { SchoolCalendar } from '../domain/schoolCalendar';
import { parseDates } from './dates/parseDates';
import { CALENDAR_WORDS } from './dates/dateLexicon';
import type { DateContext } from './dates/resolveDates';
import { resolveDates } from './dates/resolveDates';
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
  confidence: number;
  intentSource: IntentResult['source'];
  /** The prepared text the classifier read. */
  prepared: string;
}

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
    const dates = resolveDates(found.map((f) => f.expression), context);
    return { intent: intent.intent, dates, children, confidence: intent.confidence, intentSource: intent.source, prepared: masked };
  }

  /** Text prepared for the classifier, the date expressions found and the children named. */
  prepare(text: string, family: readonly string[]) {
    const prepared = prepareText(text, family, this.speller);
    const parsed = parseDates(prepared.text);
    return { masked: parsed.masked, found: parsed.found, children: prepared.children };
  }
}
