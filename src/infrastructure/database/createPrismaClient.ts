/**
 * The one place that builds a Prisma client for the embedded SQLite database.
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../generated/prisma/client';
import { prepareSqliteFile } from './databaseUrl';
import { serializedSqliteFactory } from './serializedSqliteAdapter';
import { cachedStatementsFactory } from './statementCache';
import { DirectSqlRegistry, registerDirectSql } from './directSql';

export type { PrismaClient };

/** How long a connection waits for another writer before giving up (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 5_000;

/** The in-memory database (gone when its connection closes). */
export const IN_MEMORY_URL = ':memory:';

/** The better-sqlite3 driver adapter for a `file:` URL (folder created if needed) or `:memory:`. */
export function sqliteAdapterFactory(url: string): PrismaBetterSqlite3 {
  const target = url === IN_MEMORY_URL ? IN_MEMORY_URL : `file:${prepareSqliteFile(url)}`;
  return new PrismaBetterSqlite3({ url: target, timeout: BUSY_TIMEOUT_MS });
}

/**
 * Connects to the database at `url` in WAL mode (readers do not block the writer) with
 * foreign keys enforced. Call `$disconnect()` when done, or the file stays open.
 *
 * synchronous = NORMAL: the standard setting with WAL. A commit no longer waits for
 * fsync of the log (each turn writes its dialog state, so that wait was a large part
 * of a turn); the database stays consistent after a crash of the process or the
 * machine, and only a power cut may lose the last commits before a checkpoint.
 */
export async function createPrismaClient(url: string): Promise<PrismaClient> {
  // Serialised so that one caller's query never runs inside another caller's transaction;
  // compiled statements reused (src/infrastructure/database/statementCache.ts).
  // The same connection serves the few hot statements written in plain SQL (directSql.ts).
  const direct = new DirectSqlRegistry();
  const client = new PrismaClient({ adapter: serializedSqliteFactory(cachedStatementsFactory(sqliteAdapterFactory(url)), direct.onConnect) });
  registerDirectSql(client, direct);
  await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await client.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await client.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  return client;
}
