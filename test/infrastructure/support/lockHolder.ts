/**
 * A process that takes a database lock and keeps it until it is killed:
 * `node --import tsx test/infrastructure/support/lockHolder.ts URL NAME` prints "held".
 */
import { acquireDatabaseLock } from '../../../src/infrastructure/database/databaseLock';
import type { LockName } from '../../../src/infrastructure/database/databaseLock';

const [url, name] = process.argv.slice(2);
void acquireDatabaseLock(url, name as LockName).then(() => {
  process.stdout.write('held\n');
  setInterval(() => undefined, 60_000);
});
