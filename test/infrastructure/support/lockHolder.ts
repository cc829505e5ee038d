/**
 * A process that takes a database lock and keeps it until it is killed:
 * `node --import tsx test/infrastructure/support/lockHolder.ts URL NAME` prints "held".
 * The lock is kept referenced: a SQLite connection nobody holds may be collected, and
 * closing it would let the lock go while this process still runs.
 */
import { acquireDatabaseLock } from '../../../src/infrastructure/database/databaseLock';
import type { HeldLock, LockName } from '../../../src/infrastructure/database/databaseLock';

const [url, name] = process.argv.slice(2);
const held: HeldLock[] = [];
void acquireDatabaseLock(url, name as LockName).then((lock) => {
  held.push(lock);
  process.stdout.write('held\n');
  setInterval(() => held.length, 60_000);
});
