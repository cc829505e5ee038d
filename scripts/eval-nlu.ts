/**
 * npm run eval:nlu -- [FILE.jsonl …] [--baseline [--train DEV.jsonl]] [--errors N]
 * Prints a Rasa-like report of the understanding layer (or of the off-the-shelf
 * baseline) on JSON-lines sets; the last line of each report is its summary.
 */
import path from 'node:path';
import { runEvaluationCli } from '../src/understanding/evaluation/evaluationCli';
import { endQuietlyWhenOutputCloses } from './lib/closedPipe';

endQuietlyWhenOutputCloses();
runEvaluationCli(process.argv.slice(2), path.resolve(__dirname, '..')).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
