/**
 * The intent of a prepared message: a softmax classifier trained on the sentences of
 * data/training/, rules where they are known to do better, and a confidence threshold
 * below which the answer is `none` so that the dialog asks rather than guesses.
 */
import type { Intent } from '../types';
import { INTENTS } from '../types';
import { featuresOf } from './features';
import { intentByRule } from './intentRules';
import { SoftmaxClassifier } from './softmaxClassifier';

export interface IntentResult {
  intent: Intent;
  confidence: number;
  source: 'rule' | 'classifier' | 'threshold';
}

export interface IntentRecognizerOptions {
  /** Below this probability the answer is `none` (default 0.35). */
  threshold?: number;
  /** Rules on (default) or off, to measure what they add. */
  useRules?: boolean;
}

export class IntentRecognizer {
  private readonly classifier = new SoftmaxClassifier<Intent>(INTENTS);
  private readonly threshold: number;
  private readonly useRules: boolean;

  /** `examples`: prepared (masked) sentences with their intent. */
  constructor(examples: readonly { prepared: string; intent: Intent }[], options: IntentRecognizerOptions = {}) {
    this.threshold = options.threshold ?? 0.35;
    this.useRules = options.useRules ?? true;
    this.classifier.train(examples.map((e) => ({ features: featuresOf(e.prepared), label: e.intent })));
  }

  /** Recognizes the intent of a prepared message. */
  recognize(prepared: string): IntentResult {
    const ruled = this.useRules ? intentByRule(prepared) : undefined;
    if (ruled) return { intent: ruled, confidence: 1, source: 'rule' };
    const prediction = this.classifier.predict(featuresOf(prepared));
    if (prediction.confidence < this.threshold) return { intent: 'none', confidence: prediction.confidence, source: 'threshold' };
    return { intent: prediction.label, confidence: prediction.confidence, source: 'classifier' };
  }
}
