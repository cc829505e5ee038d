/**
 * Scores interpretations against labelled cases, in the manner of Rasa's test report:
 * per-intent precision, recall and F1, confusion pairs, errors, and the summary figures.
 *
 * An `ambiguous` answer counts as right when the expected intent is among its
 * alternatives (the dialog then asks, with buttons); its share is reported apart. A
 * reservation read as a cancellation, or the reverse, is the worst error: its rate is
 * reported apart too, over the sentences expected to reserve or cancel.
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
  expected: EvaluationCase['expected'];
  got: Interpretation;
  wrong: ('intent' | 'dates' | 'children' | 'actions')[];
}

export interface EvaluationSummary {
  sentences: number;
  intentAccuracy: number;
  datesExact: number;
  childrenMatch: number;
  allThree: number;
  /** Share of sentences answered `ambiguous`. */
  ambiguousShare: number;
  /** Reserve read as cancel or cancel as reserve, over the sentences expected to reserve or cancel. */
  swapRate: number;
  swaps: number;
  /** Sentences labelled with several actions, and those whose actions were all right. */
  multiAction: number;
  multiActionExact: number;
  msPerSentence: number;
}

export interface EvaluationResult {
  summary: EvaluationSummary;
  intents: IntentScore[];
  confusions: { expected: Intent; got: string; count: number }[];
  /** Intent accuracy per voice, when the set labels voices. */
  voices: { voice: string; sentences: number; intentAccuracy: number; allThree: number }[];
  errors: EvaluationError[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

/** Right intent: the same, or `ambiguous` with the expected one among the alternatives. */
export function intentRight(expected: Intent, got: Interpretation): boolean {
  if (got.intent === expected) return true;
  return got.intent === 'ambiguous' && (got.alternatives ?? []).includes(expected);
}

const isSwap = (expected: Intent, got: string) =>
  (expected === 'reserve' && got === 'cancel') || (expected === 'cancel' && got === 'reserve');

function actionsRight(c: EvaluationCase, g: Interpretation): boolean {
  const expected = c.expected.actions;
  if (!expected) return true;
  const got = g.actions ?? [];
  return (
    got.length === expected.length &&
    expected.every((e, i) => got[i].intent === e.intent && sameSet(got[i].dates, e.dates) && sameSet(got[i].children, e.children))
  );
}

/** Compares `got[i]` with `cases[i].expected`; `elapsedMs` is the time taken for all. */
export function evaluate(cases: readonly EvaluationCase[], got: readonly Interpretation[], elapsedMs: number): EvaluationResult {
  const errors: EvaluationError[] = [];
  const confusion = new Map<string, number>();
  const voices = new Map<string, { sentences: number; intents: number; all: number }>();
  let intents = 0;
  let dates = 0;
  let children = 0;
  let all = 0;
  let ambiguous = 0;
  let swaps = 0;
  let reserveOrCancel = 0;
  let multiAction = 0;
  let multiActionExact = 0;
  cases.forEach((c, i) => {
    const g = got[i];
    const wrong: EvaluationError['wrong'] = [];
    if (g.intent === 'ambiguous') ambiguous++;
    if (c.expected.intent === 'reserve' || c.expected.intent === 'cancel') reserveOrCancel++;
    if (intentRight(c.expected.intent, g)) intents++;
    else {
      wrong.push('intent');
      if (isSwap(c.expected.intent, g.intent)) swaps++;
      const key = `${c.expected.intent}→${g.intent}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    if (sameSet(g.dates, c.expected.dates)) dates++;
    else wrong.push('dates');
    if (sameSet(g.children, c.expected.children)) children++;
    else wrong.push('children');
    if (c.expected.actions) {
      multiAction++;
      if (actionsRight(c, g)) multiActionExact++;
      else wrong.push('actions');
    }
    const three = !wrong.includes('intent') && !wrong.includes('dates') && !wrong.includes('children');
    if (three) all++;
    if (c.voice) {
      const v = voices.get(c.voice) ?? { sentences: 0, intents: 0, all: 0 };
      v.sentences++;
      if (!wrong.includes('intent')) v.intents++;
      if (three) v.all++;
      voices.set(c.voice, v);
    }
    if (wrong.length > 0) errors.push({ id: c.id ?? `#${i + 1}`, text: c.text, now: c.now, expected: c.expected, got: g, wrong });
  });
  const n = cases.length || 1;
  const scores: IntentScore[] = INTENTS.map((intent) => {
    const truePositives = cases.filter((c, i) => c.expected.intent === intent && intentRight(intent, got[i])).length;
    const predicted = got.filter((g, i) => g.intent === intent || (g.intent === 'ambiguous' && cases[i].expected.intent === intent && intentRight(intent, g))).length;
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
      ambiguousShare: ambiguous / n,
      swapRate: reserveOrCancel ? swaps / reserveOrCancel : 0,
      swaps,
      multiAction,
      multiActionExact,
      msPerSentence: elapsedMs / n,
    },
    intents: scores,
    confusions: [...confusion.entries()]
      .map(([key, count]) => {
        const [expected, gotIntent] = key.split('→') as [Intent, string];
        return { expected, got: gotIntent, count };
      })
      .sort((a, b) => b.count - a.count),
    voices: [...voices.entries()]
      .map(([voice, v]) => ({ voice, sentences: v.sentences, intentAccuracy: v.intents / v.sentences, allThree: v.all / v.sentences }))
      .sort((a, b) => a.voice.localeCompare(b.voice)),
    errors,
  };
}
