/** Jest global setup: the run's temporary folder and, in it, the demo database template. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTemplate } from '../dialogs/support/testDatabase';
import { RUN_DIR_VARIABLE } from './testRun';

export default async function globalSetup(): Promise<void> {
  process.env[RUN_DIR_VARIABLE] = mkdtempSync(path.join(tmpdir(), 'periscolaire-run-'));
  await buildTemplate();
}
