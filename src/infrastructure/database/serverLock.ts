/**
 * One assistant per embedded SQLite file. Its in-memory state (turn order, open
 * hand-overs, the dialog-state cache) assumes no other process serves the same file, and
 * two processes writing one SQLite file make parents wait on each other's locks. So the
 * serving process holds the file's `server` lock (databaseLock.ts) for its lifetime, and
 * a second one refuses to start. Command-line tools (npm run chat, db:seed, requests…)
 * do not take it: they work beside a running assistant. PostgreSQL takes several.
 */
import { IN_MEMORY_URL, describeDatabase, providerOf } from './databaseUrl';
import type { HeldLock } from './databaseLock';
import { LockBusyError, acquireDatabaseLock } from './databaseLock';

/** Another assistant serves this SQLite file: the message says what to do. */
export class DatabaseInUseError extends Error {
  constructor(database: string) {
    super(
      `un autre assistant utilise déjà la base SQLite ${database}. Arrêtez-le avant d'en démarrer un second ` +
        '(un seul assistant par fichier SQLite), ou donnez à celui-ci une autre base (DATABASE_URL). ' +
        'Pour faire tourner plusieurs assistants ensemble, utilisez PostgreSQL (DATABASE_URL=postgresql://…, voir le README, « PostgreSQL »).',
    );
    this.name = 'DatabaseInUseError';
  }
}

/** Claims the SQLite file for this server until `release` (or the process ends); nothing to claim on PostgreSQL. */
export async function claimDatabaseForServer(url: string): Promise<HeldLock | undefined> {
  if (url === IN_MEMORY_URL || providerOf(url) !== 'sqlite') return undefined;
  try {
    return await acquireDatabaseLock(url, 'server');
  } catch (error) {
    if (error instanceof LockBusyError) throw new DatabaseInUseError(describeDatabase(url));
    throw error;
  }
}
