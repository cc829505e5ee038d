/**
 * Scores interpretations against labelled cases, in the manner of Rasa's test report:
 * per-intent precision, recall and F1, confusion pairs, errors, and the summary figures.
 */
import type { Intent, Interpretation } from '../types';
import { INTENTS } from '../types';
import type { EvaluationCase } from './evaluationCase';

export interface IntentScore {
  intent: Intent;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationError {
  id: string;
  text: string;
  now: string;
  expected: Interpretation;
  got: Interpretation;
  wrong: ('intent' | 'dates' | 'children')[];
}

export interface EvaluationSummary {
  sentences: number;
  intentAccuracy: number;
  datesExact: number;
  childrenMatch: number;
  allThree: number;
  msPerSentence: number;
}

export interface EvaluationResult {
  summary: EvaluationSummary;
  intents: IntentScore[];
  confusions: { expected: Intent; got: Intent; count: number }[];
  errors: EvaluationError[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

/** Compares `got[i]` with `cases[i].expected`; `elapsedMs` is the time taken for all. */
export function evaluate(cases: readonly EvaluationCase[], got: readonly Interpretation[], elapsedMs: number): EvaluationResult {
  const errors: EvaluationError[] = [];
  const confusion = new Map<string, number>();
  let intents = 0;
  let dates = 0;
  let children = 0;
  let all = 0;
  cases.forEach((c, i) => {
    const g = got[i];
    const wrong: EvaluationError['wrong'] = [];
    if (g.intent === c.expected.intent) intents++;
    else {
      wrong.push('intent');
      const key = `${c.expected.intent}→${g.intent}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    if (sameSet(g.dates, c.expected.dates)) dates++;
    else wrong.push('dates');
    if (sameSet(g.children, c.expected.children)) children++;
    else wrong.push('children');
    if (wrong.length === 0) all++;
    else errors.push({ id: c.id ?? `#${i + 1}`, text: c.text, now: c.now, expected: c.expected as Interpretation, got: g, wrong });
  });
  const n = cases.length || 1;
  const scores: IntentScore[] = INTENTS.map((intent) => {
    const truePositives = cases.filter((c, i) => c.expected.intent === intent && got[i].intent === intent).length;
    const predicted = got.filter((g) => g.intent === intent).length;
    const support = cases.filter((c) => c.expected.intent === intent).length;
    const precision = predicted ? truePositives / predicted : 0;
    const recall = support ? truePositives / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, precision, recall, f1, support };
  }).filter((s) => s.support > 0 || got.some((g) => g.intent === s.intent));
  return {
    summary: {
      sentences: cases.length,
      intentAccuracy: intents / n,
      datesExact: dates / n,
      childrenMatch: children / n,
      allThree: all / n,
      msPerSentence: elapsedMs / n,
    },
    intents: scores,
    confusions: [...confusion.entries()]
      .map(([key, count]) => {
        const [expected, gotIntent] = key.split('→') as [Intent, Intent];
        return { expected, got: gotIntent, count };
      })
      .sort((a, b) => b.count - a.count),
    errors,
  };
}
