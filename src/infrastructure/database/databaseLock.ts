/**
 * Locks between processes sharing one database, released by the operating system or
 * the server when their process dies (kill -9 included):
 *
 * - `setup`: migrating and seeding. Two processes starting together migrate once: the
 *   second waits, then finds nothing left to do.
 * - `server`: the one assistant serving an embedded SQLite file. A second one refuses
 *   to start (several processes need PostgreSQL).
 *
 * SQLite: an exclusive transaction on a small lock file beside the database
 * (`periscolaire.db.setup.lock`), never on the database itself, so that the lock does
 * not stop readers and writers of the data. PostgreSQL: a session advisory lock.
 * Waiting is a poll (every 200 ms), never a blocking call: the process stays responsive.
 */
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { IN_MEMORY_URL, describeDatabase, prepareSqliteFile, providerOf } from './databaseUrl';

export type LockName = 'setup' | 'server';

/** Advisory lock keys: (hashtext('periscolaire'), one number per lock). */
const ADVISORY_KEYS: Record<LockName, number> = { setup: 1, server: 2 };
const POLL_MS = 200;

/** Another process holds the lock and did not let it go in time. */
export class LockBusyError extends Error {
  constructor(
    readonly lock: LockName,
    readonly database: string,
  ) {
    super(`${database}: the ${lock} lock is held by another process.`);
    this.name = 'LockBusyError';
  }
}

export interface HeldLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another holder (default 0: fail at once). */
  waitMs?: number;
  /** Called once when the lock is busy and the caller is going to wait. */
  onWait?: () => void;
}

/** What one attempt to take the lock gives: the lock, or null when another process holds it. */
type Attempt = () => Promise<HeldLock | null>;

/** The lock file of a SQLite database: `<file>.<name>.lock`. */
export function sqliteLockFile(url: string, name: LockName): string {
  return `${prepareSqliteFile(url)}.${name}.lock`;
}

function sqliteAttempt(url: string, name: LockName): Attempt {
  const file = sqliteLockFile(url, name);
  return async () => {
    const db = new Database(file, { timeout: 0 });
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return null;
      throw error;
    }
    return {
      async release() {
        if (!db.open) return;
        try {
          db.exec('ROLLBACK');
        } finally {
          db.close();
        }
      },
    };
  };
}

function postgresAttempt(url: string, name: LockName): Attempt {
  return async () => {
    const client = new Client({ connectionString: url });
    // A broken connection loses the lock; the next statement of its holder fails anyway.
    client.on('error', () => undefined);
    await client.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_lock(hashtext('periscolaire'), $1) AS locked`,
        [ADVISORY_KEYS[name]],
      );
      if (!rows[0].locked) {
        await client.end();
        return null;
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    let released = false;
    return {
      async release() {
        if (released) return;
        released = true;
        // Closing the session releases its advisory locks.
        await client.end().catch(() => undefined);
      },
    };
  };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock `name` on the database at `url`, waiting up to `waitMs` for another holder. */
export async function acquireDatabaseLock(url: string, name: LockName, options: LockOptions = {}): Promise<HeldLock> {
  if (url === IN_MEMORY_URL) return { release: async () => undefined };
  const attempt = providerOf(url) === 'postgresql' ? postgresAttempt(url, name) : sqliteAttempt(url, name);
  const deadline = Date.now() + (options.waitMs ?? 0);
  let told = false;
  for (;;) {
    const held = await attempt();
    if (held) return held;
    if (Date.now() >= deadline) throw new LockBusyError(name, describeDatabase(url));
    if (!told) (told = true), options.onWait?.();
    await delay(POLL_MS);
  }
}

/** Runs `work` holding the lock `name` (see {@link acquireDatabaseLock}). */
export async function withDatabaseLock<T>(url: string, name: LockName, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const held = await acquireDatabaseLock(url, name, options);
  try {
    return await work();
  } finally {
    await held.release();
  }
}
