/**
 * Guards that bind: the rules, the concepts, the evidence guard and the confidence
 * threshold each earn their place on the project's evaluation sets (never the frozen
 * ones, which nobody tunes on). Each test fails when its part is switched off or its
 * code removed: the figure with it must beat the figure without it.
 */
import path from 'node:path';
import { createTownRules } from '../../../src/domain/createTownRules';
import { evaluate } from '../../../src/understanding/evaluation/evaluate';
import { loadEvaluationCases } from '../../../src/understanding/evaluation/evaluationCase';
import type { IntentRecognizerOptions } from '../../../src/understanding/intents/intentRecognizer';
import { loadTrainingSentences } from '../../../src/understanding/intents/trainingData';
import { Understander } from '../../../src/understanding/understander';

const root = path.resolve(__dirname, '../../..');
const cases = ['eval/sets/own-test.jsonl', 'eval/sets/holdout-2.jsonl', 'eval/sets/holdout-3.jsonl', 'eval/sets/lead-holdout.jsonl', 'eval/sets/independent-b.jsonl', 'eval/sets/tune.jsonl', 'test/understanding/fixtures/dev.jsonl'].flatMap(
  (file) => loadEvaluationCases(path.join(root, file)),
);
const training = loadTrainingSentences();
const calendar = createTownRules().calendar;

function summary(options: IntentRecognizerOptions) {
  const understander = new Understander(training, () => calendar, options);
  return evaluate(cases, cases.map((c) => understander.understand(c.text, { now: c.now, children: c.children })), 0).summary;
}

const full = summary({});

test('the rules add accuracy', () => {
  expect(full.intentAccuracy).toBeGreaterThan(summary({ useRules: false }).intentAccuracy);
});

test('the concepts add accuracy', () => {
  expect(full.intentAccuracy).toBeGreaterThan(summary({ useConcepts: false }).intentAccuracy);
});

test('the evidence guard turns what the classifier never learnt into "none" rather than a guess', () => {
  expect(full.intentAccuracy).toBeGreaterThan(summary({ useEvidence: false }).intentAccuracy);
});

test('the confidence threshold turns a weak winner into "none" or a question rather than a wrong guess', () => {
  expect(full.intentAccuracy).toBeGreaterThan(summary({ threshold: 0, weakWinner: 0 }).intentAccuracy);
});
