/**
 * Where the labelled sentences live: the project's evaluation sets (eval/sets/), the
 * frozen sets written by people who never saw the training data (eval/frozen/), and the
 * copy of the shared dev set kept with the tests. The leak audit reads them all.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AuditedSentence } from './leakAudit';
import { loadEvaluationCases } from './evaluationCase';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Every evaluation file, repository-relative, sorted. */
export function evaluationFiles(root: string = REPO_ROOT): string[] {
  const files: string[] = [];
  for (const folder of ['eval/sets', 'eval/frozen']) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) files.push(`${folder}/${name}`);
  }
  files.push('test/understanding/fixtures/dev.jsonl');
  return files;
}

/** The sentences of one evaluation file, for the leak audit. */
export function auditedCases(file: string, root: string = REPO_ROOT): AuditedSentence[] {
  return loadEvaluationCases(path.join(root, file)).map((c, i) => ({
    source: `${file}:${c.id ?? `#${i + 1}`}`,
    text: c.text,
    children: c.children,
  }));
}
