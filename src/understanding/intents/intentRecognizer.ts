/**
 * The intent of a prepared message: a softmax classifier trained on the sentences of
 * data/training/, rules where they are known to do better, and two guards below which
 * the answer is `none` so that the dialog asks rather than guesses:
 * - evidence: a message without content words ("Léa", "mardi", "le 12 mars"; but "Léa
 *   mardi", a child and a day, is read as a request) or whose
 *   content words are mostly unknown to the training sentences ("asdfgh", "ma voiture
 *   est en panne") carries no intent, whatever the softmax says;
 * - confidence: a winner below the threshold, or a weak winner hardly ahead of the
 *   runner-up, is a guess.
 */
import type { Intent } from '../types';
import { INTENTS } from '../types';
import { evidenceOf } from './evidence';
import { featuresOf, stem } from './features';
import { intentByRule } from './intentRules';
import { SoftmaxClassifier } from './softmaxClassifier';

export interface IntentResult {
  intent: Intent;
  confidence: number;
  source: 'rule' | 'classifier' | 'threshold' | 'evidence';
}

export interface IntentRecognizerOptions {
  /** Below this probability the answer is `none` (default 0.35). */
  threshold?: number;
  /** A winner below `weakWinner` must lead the runner-up by this much (default 0.15). */
  margin?: number;
  /** See `margin` (default 0.5). */
  weakWinner?: number;
  /** Least share of a message's content words the training sentences know (default 0.5). */
  knownShare?: number;
  /** Rules on (default) or off, to measure what they add. */
  useRules?: boolean;
  /** Evidence guard on (default) or off, to measure what it adds. */
  useEvidence?: boolean;
}

export class IntentRecognizer {
  private readonly classifier = new SoftmaxClassifier<Intent>(INTENTS);
  private readonly threshold: number;
  private readonly margin: number;
  private readonly weakWinner: number;
  private readonly knownShare: number;
  private readonly useRules: boolean;
  private readonly useEvidence: boolean;

  /** `examples`: prepared (masked) sentences with their intent. */
  constructor(examples: readonly { prepared: string; intent: Intent }[], options: IntentRecognizerOptions = {}) {
    this.threshold = options.threshold ?? 0.35;
    this.margin = options.margin ?? 0.15;
    this.weakWinner = options.weakWinner ?? 0.5;
    this.knownShare = options.knownShare ?? 0.5;
    this.useRules = options.useRules ?? true;
    this.useEvidence = options.useEvidence ?? true;
    this.classifier.train(examples.map((e) => ({ features: featuresOf(e.prepared), label: e.intent })));
  }

  /** Recognizes the intent of a prepared message. */
  recognize(prepared: string): IntentResult {
    const ruled = this.useRules ? intentByRule(prepared) : undefined;
    if (ruled) return { intent: ruled, confidence: 1, source: 'rule' };
    const prediction = this.classifier.predict(featuresOf(prepared));
    if (this.useEvidence) {
      const { content, known, childAndDay } = evidenceOf(prepared, (token) => this.classifier.knows(stem(token)));
      if ((content === 0 && !childAndDay) || known < content * this.knownShare) return { intent: 'none', confidence: prediction.confidence, source: 'evidence' };
    }
    if (prediction.confidence < this.threshold) return { intent: 'none', confidence: prediction.confidence, source: 'threshold' };
    if (prediction.confidence < this.weakWinner && prediction.confidence - prediction.runnerUp < this.margin) {
      return { intent: 'none', confidence: prediction.confidence, source: 'threshold' };
    }
    return { intent: prediction.label, confidence: prediction.confidence, source: 'classifier' };
  }
}
