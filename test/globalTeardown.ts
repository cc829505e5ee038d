/** After the last test file: this run's templates and whatever databases a test left behind. */
import { rmSync } from 'node:fs';
import { dropDatabasesStartingWith } from '../src/infrastructure/database/temporaryDatabases';
import { RUN_ENV, runDatabasePrefix, testProvider, testServerUrl } from './infrastructure/support/testDatabase';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env[RUN_ENV.id];
  const dir = process.env[RUN_ENV.dir];
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (runId && testProvider() === 'postgresql') await dropDatabasesStartingWith(testServerUrl(), runDatabasePrefix(runId));
}
