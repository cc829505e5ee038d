/**
 * npm run eval:leaks — sentences shared (exactly or nearly) by the training data and an
 * evaluation set, or by two evaluation sets. Frozen sets (eval/frozen/) are reported by id
 * only: their sentences are not to be read by whoever tunes the understanding.
 */
import { findLeaks } from '../src/understanding/evaluation/leakAudit';
import type { AuditedSentence, Leak } from '../src/understanding/evaluation/leakAudit';
import { auditedCases, evaluationFiles } from '../src/understanding/evaluation/evaluationSets';
import { trainingForAudit } from '../src/understanding/intents/trainingData';

const isFrozen = (s: AuditedSentence) => s.source.startsWith('eval/frozen/');
const show = (s: AuditedSentence) => (isFrozen(s) ? s.source : `${s.source} "${s.text}"`);

const training = trainingForAudit();
const files = evaluationFiles();
const sets = new Map(files.map((file) => [file, auditedCases(file)]));
const report: { label: string; leaks: Leak[] }[] = [];
for (const file of files) report.push({ label: `training × ${file}`, leaks: findLeaks(training, sets.get(file)!) });
files.forEach((file, i) => {
  report.push({ label: `${file} × itself`, leaks: findLeaks(sets.get(file)!, sets.get(file)!) });
  for (const other of files.slice(i + 1)) report.push({ label: `${file} × ${other}`, leaks: findLeaks(sets.get(file)!, sets.get(other)!) });
});
let total = 0;
for (const { label, leaks } of report) {
  if (leaks.length === 0) continue;
  total += leaks.length;
  const exact = leaks.filter((l) => l.kind === 'exact').length;
  console.log(`${label}: ${exact} exact, ${leaks.length - exact} near`);
  if (process.argv.includes('--list')) for (const leak of leaks) console.log(`  [${leak.kind}] ${show(leak.left)}  ~  ${show(leak.right)}`);
}
console.log(total === 0 ? 'No leak.' : `${total} leak(s).`);
process.exitCode = total === 0 ? 0 : 1;
