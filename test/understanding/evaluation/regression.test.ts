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

// Measured: dev 1.000 / 1.000 / 1.000; own set (written before tuning) 0.986 / 0.981 / 1.000;
// holdout-2 0.987 / 1.000 / 1.000; holdout-3 (written before the round that added the
// evidence guard) 0.956 / 0.985 / 0.985. Round 4 (negative lists, past absences without
// "malade", polite requests, missed deadlines, practical questions, chat goodbyes): own
// 0.991 / 0.981 / 1.000; holdout-2 0.993 / 1.000 / 1.000; holdout-3 1.000 / 1.000 / 0.985.
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
    const s = score(path.join(repoRoot, 'src/understanding/data/eval/own-test.jsonl'));
    expect(s.intentAccuracy).toBeGreaterThanOrEqual(0.991 - MARGIN);
    expect(s.datesExact).toBeGreaterThanOrEqual(0.981 - MARGIN);
    expect(s.childrenMatch).toBeGreaterThanOrEqual(1 - MARGIN);
  });

  it('holds on the held-out sets', () => {
    const second = score(path.join(repoRoot, 'src/understanding/data/eval/holdout-2.jsonl'));
    expect(second.intentAccuracy).toBeGreaterThanOrEqual(0.993 - MARGIN);
    expect(second.datesExact).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(second.childrenMatch).toBeGreaterThanOrEqual(1 - MARGIN);
    const third = score(path.join(repoRoot, 'src/understanding/data/eval/holdout-3.jsonl'));
    expect(third.intentAccuracy).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(third.datesExact).toBeGreaterThanOrEqual(1 - MARGIN);
    expect(third.childrenMatch).toBeGreaterThanOrEqual(0.985 - MARGIN);
  });

  it('answers a warm sentence in well under 5 ms at the median', () => {
    const understander = sharedUnderstander();
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      understander.understand('je voudrais inscrire Léa et Hugo mercredi de la semaine prochaine svp', { now: '2026-03-09T10:00', children: ['Léa', 'Hugo', 'Inès'] });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[100]).toBeLessThan(5);
  });
});
