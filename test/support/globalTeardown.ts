/** Jest global teardown: deletes the run's temporary folder (template, test databases, documents). */
import { rmSync } from 'node:fs';
import { RUN_DIR_VARIABLE } from './testRun';

export default async function globalTeardown(): Promise<void> {
  const folder = process.env[RUN_DIR_VARIABLE];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
