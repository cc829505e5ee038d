/**
 * npm run bench:nlu -- [N]
 * Runs N sentences (default 1,000, cycled from every evaluation set) through the batch
 * command line in a child process, start-up included, then measures warm sentences in
 * this process (median, p95, p99, max). Targets: 1,000 sentences under 10 s with
 * start-up; p99 under 10 ms warm.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadEvaluationCases } from '../src/understanding/evaluation/evaluationCase';
import { evaluationFiles } from '../src/understanding/evaluation/evaluationSets';
import { sharedUnderstander, warmUp } from '../src/understanding/understand';

const repoRoot = path.resolve(__dirname, '..');
const count = Number(process.argv[2] ?? 1000);
const cases = evaluationFiles().flatMap((file) => loadEvaluationCases(path.join(repoRoot, file)));
const lines = Array.from({ length: count }, (_, i) => {
  const c = cases[i % cases.length];
  return JSON.stringify({ text: c.text, now: c.now, children: c.children });
}).join('\n');

const t0 = performance.now();
const output = execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(repoRoot, 'scripts/understand.ts')], {
  input: lines,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const batchMs = performance.now() - t0;
const answered = output.trim().split('\n').length;

warmUp();
const understander = sharedUnderstander();
const times: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const c of cases) {
    const started = performance.now();
    understander.understand(c.text, { now: c.now, children: c.children });
    times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.floor(q * (times.length - 1))].toFixed(2);
console.log(`batch: ${answered} sentences answered in ${(batchMs / 1000).toFixed(2)} s (child process, start-up included)`);
console.log(`warm: median ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms per sentence (${times.length} timings)`);
const batchOk = batchMs < 10_000 && answered === count;
const warmOk = Number(at(0.99)) < 10;
console.log(`targets: batch under 10 s ${batchOk ? 'met' : 'NOT met'}; warm p99 under 10 ms ${warmOk ? 'met' : 'NOT met'}`);
