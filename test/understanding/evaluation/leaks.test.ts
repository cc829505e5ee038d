/**
 * No evaluation sentence in the training data, and none shared by two evaluation sets
 * (exactly, or nearly: see leakAudit.ts). Frozen sets (eval/frozen/) are named by id
 * only in a failure, so that nobody tuning the understanding reads them.
 */
import { findLeaks } from '../../../src/understanding/evaluation/leakAudit';
import type { AuditedSentence } from '../../../src/understanding/evaluation/leakAudit';
import { auditedCases, evaluationFiles } from '../../../src/understanding/evaluation/evaluationSets';
import { trainingForAudit } from '../../../src/understanding/intents/trainingData';

const files = evaluationFiles();
const training = trainingForAudit();
const sets = new Map(files.map((file) => [file, auditedCases(file)]));
const shown = (s: AuditedSentence) => (s.source.startsWith('eval/frozen/') ? s.source : `${s.source} "${s.text}"`);
const described = (leaks: ReturnType<typeof findLeaks>) => leaks.map((l) => `[${l.kind}] ${shown(l.left)} ~ ${shown(l.right)}`);

test('the evaluation sets include the frozen sets and the dev set', () => {
  expect(files).toContain('test/understanding/fixtures/dev.jsonl');
  expect(files).toContain('eval/sets/lead-holdout.jsonl');
});

test.each(files)('no training sentence is in %s', (file) => {
  expect(described(findLeaks(training, sets.get(file)!))).toEqual([]);
});

test.each(files)('%s repeats no sentence, of its own or of another set', (file) => {
  const own = sets.get(file)!;
  const leaks = [own, ...files.filter((other) => other > file).map((other) => sets.get(other)!)].flatMap((other) => findLeaks(own, other));
  expect(described(leaks)).toEqual([]);
});

describe('the audit itself', () => {
  const sentence = (text: string, source = 'x', children: string[] = ['Léa', 'Hugo']) => ({ source, text, children });
  test('finds a copy whatever the case, accents, punctuation and child', () => {
    expect(findLeaks([sentence('Léa ne viendra pas vendredi !')], [sentence('lea ne viendra pas Vendredi', 'y', ['Lea'])])).toHaveLength(1);
    expect(findLeaks([sentence('Emma ne viendra pas vendredi')], [sentence('Hugo ne viendra pas vendredi')])).toHaveLength(1);
  });
  test('finds a near copy of a longer sentence, not two short requests of the same shape', () => {
    expect(findLeaks([sentence('est-ce que Léa est bien inscrite mercredi ?')], [sentence('est-ce que Hugo est bien inscrit mercredi ?')])[0]?.kind).toBe('near');
    expect(findLeaks([sentence('annuler Léa mardi')], [sentence('annuler Hugo jeudi')])).toEqual([]);
  });
  test('inside one set, a sentence is not its own copy', () => {
    const one = [sentence('réserver Léa mardi'), sentence('réserver Hugo mardi')];
    expect(findLeaks(one, one)).toHaveLength(1);
  });
});
