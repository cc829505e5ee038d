/**
 * Command line of the evaluation (scripts/eval-nlu.ts):
 *   eval:nlu -- [FILE.jsonl …] [--baseline [--train DEV.jsonl]] [--errors N]
 * Without a file it reads ../shared/nlu/dev.jsonl beside the repository. The errors of a
 * frozen set (a file under eval/frozen/) are counted, never printed: whoever tunes the
 * understanding must not read them (--show-frozen-errors, once a newer set is frozen).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Interpretation, UnderstandOptions } from '../types';
import { sharedUnderstander, townCalendar } from '../understand';
import { createBaseline } from './baseline';
import { evaluate } from './evaluate';
import { loadEvaluationCases } from './evaluationCase';
import { formatReport } from './formatReport';

type Interpreter = (text: string, options: UnderstandOptions) => Interpretation | Promise<Interpretation>;

/** The dev set: the shared one when present, else the copy kept with the tests. */
export function devSetPath(repoRoot: string): string {
  const shared = path.resolve(repoRoot, '../shared/nlu/dev.jsonl');
  return existsSync(shared) ? shared : path.resolve(repoRoot, 'test/understanding/fixtures/dev.jsonl');
}

/** Runs the report on each file argument; resolves to the process exit code. */
export async function runEvaluationCli(argv: readonly string[], repoRoot: string): Promise<number> {
  const files: string[] = [];
  let useBaseline = false;
  let maxErrors = Infinity;
  let showFrozenErrors = false;
  let trainFile = devSetPath(repoRoot);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--baseline') useBaseline = true;
    else if (argv[i] === '--errors') maxErrors = Number(argv[++i]);
    else if (argv[i] === '--train') trainFile = argv[++i];
    else if (argv[i] === '--show-frozen-errors') showFrozenErrors = true;
    else files.push(argv[i]);
  }
  if (files.length === 0) files.push(devSetPath(repoRoot));
  const started = performance.now();
  let interpret: Interpreter;
  if (useBaseline) {
    const training = loadEvaluationCases(trainFile).map((c) => ({ text: c.text, intent: c.expected.intent }));
    interpret = await createBaseline(training, townCalendar());
  } else {
    const understander = sharedUnderstander();
    townCalendar();
    interpret = (text, options) => understander.understand(text, options);
  }
  const startUpMs = performance.now() - started;
  for (const file of files) {
    const cases = loadEvaluationCases(file);
    const t0 = performance.now();
    const got: Interpretation[] = [];
    for (const c of cases) got.push(await interpret(c.text, { now: c.now, children: c.children }));
    const result = evaluate(cases, got, performance.now() - t0);
    const label = `${useBaseline ? `baseline(trained on ${path.basename(trainFile)}) ` : ''}${path.basename(file)}`;
    const frozen = path.resolve(file).split(path.sep).join('/').includes('/eval/frozen/');
    console.log(formatReport(label, result, frozen && !showFrozenErrors ? 0 : maxErrors));
    console.log(`(start-up ${startUpMs.toFixed(0)} ms, not counted in ms_per_sentence)`);
  }
  return 0;
}
