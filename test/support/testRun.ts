/**
 * One temporary folder per test run (jest's global setup creates it, its teardown
 * deletes it): the demo database template is built there once per run, from the
 * migrations and the seed of this checkout, and every test database or document
 * folder lives under it. Nothing is reused from an earlier run, nothing is left behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The environment variable that hands the run's folder to jest's workers. */
export const RUN_DIR_VARIABLE = 'PERISCOLAIRE_TEST_RUN_DIR';

let ownFolder: string | undefined;

/**
 * The run's folder; outside jest (a script importing a test helper), a folder of this
 * process's own, deleted when it exits.
 */
export function testRunDir(): string {
  const shared = process.env[RUN_DIR_VARIABLE];
  if (shared) return shared;
  if (!ownFolder) {
    const folder = mkdtempSync(path.join(tmpdir(), 'periscolaire-run-'));
    ownFolder = folder;
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  }
  return ownFolder;
}

/** A new folder under the run's folder. */
export function makeRunTempDir(prefix: string): string {
  return mkdtempSync(path.join(testRunDir(), prefix));
}
