/**
 * Regression guard: the figures of the understanding layer on the dev set (a copy kept
 * here, so that the test never depends on the folder beside the repository) and on the
 * project's own test set must stay at or above those measured (minus a small margin).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '../../../src/understanding/evaluation/evaluate';
import { loadEvaluationCases } from '../../../src/understanding/evaluation/evaluationCase';
import { sharedUnderstander } from '../../../src/understanding/understand';

const repoRoot = path.resolve(__dirname, '../../..');

function score(file: string) {
  const understander = sharedUnderstander();
  const cases = loadEvaluationCases(file);
  const started = performance.now();
  const got = cases.map((c) => understander.understand(c.text, { now: c.now, children: c.children }));
  return evaluate(cases, got, performance.now() - started).summary;
}

// Measured after the leak audit removed every sentence shared with the training data
// or with another set (round 5, before its changes): own 0.984 / 0.979 / 1.000;
// holdout-2 0.979 / 1.000 / 1.000; holdout-3 0.976 / 1.000 / 0.984; lead-holdout
// 0.974 / 1.000 / 1.000. Floors are those figures minus MARGIN.
const MARGIN = 0.02;

describe('understanding figures', () => {
  it('holds on the dev set (fixture copy)', () => {
    const s = score(path.join(__dirname, '../fixtures/dev.jsonl'));
    expect(s.intentAccuracy).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(s.datesExact).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(s.childrenMatch).toBeGreaterThanOrEqual(1 - MARGIN);
  });

  const shared = path.resolve(repoRoot, '../shared/nlu/dev.jsonl');
  (existsSync(shared) ? it : it.skip)('holds on the shared dev set when it sits beside the repository', () => {
    const s = score(shared);
    expect(s.intentAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.datesExact).toBeGreaterThanOrEqual(0.95);
    expect(s.childrenMatch).toBeGreaterThanOrEqual(0.98);
  });

  it('holds on the own test set', () => {
    const s = score(path.join(repoRoot, 'eval/sets/own-test.jsonl'));
    expect(s.intentAccuracy).toBeGreaterThanOrEqual(0.984 - MARGIN);
    expect(s.datesExact).toBeGreaterThanOrEqual(0.979 - MARGIN);
    expect(s.childrenMatch).toBeGreaterThanOrEqual(1 - MARGIN);
  });

  it('holds on the held-out sets', () => {
    const second = score(path.join(repoRoot, 'eval/sets/holdout-2.jsonl'));
    expect(second.intentAccuracy).toBeGreaterThanOrEqual(0.979 - MARGIN);
    expect(second.datesExact).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(second.childrenMatch).toBeGreaterThanOrEqual(1 - MARGIN);
    const third = score(path.join(repoRoot, 'eval/sets/holdout-3.jsonl'));
    expect(third.intentAccuracy).toBeGreaterThanOrEqual(0.976 - MARGIN);
    expect(third.datesExact).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(third.childrenMatch).toBeGreaterThanOrEqual(0.984 - MARGIN);
  });

  it('holds on the lead holdout, never tuned on', () => {
    const s = score(path.join(repoRoot, 'eval/sets/lead-holdout.jsonl'));
    expect(s.intentAccuracy).toBeGreaterThanOrEqual(0.974 - MARGIN);
    expect(s.datesExact).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(s.childrenMatch).toBeGreaterThanOrEqual(1 - MARGIN);
  });
});
