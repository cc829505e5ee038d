/** The text of a PDF, read back with pdfjs-dist in a child process (an ES module jest cannot load). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function pdfText(file: string): string {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'extractPdfText.mjs'), file], { encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`pdf text extraction failed: ${run.stderr}`);
  return run.stdout;
}
