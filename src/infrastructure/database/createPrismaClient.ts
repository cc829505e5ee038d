/**
 * The one place that builds a Prisma client: on the embedded SQLite database for a
 * `file:` URL, on PostgreSQL for a `postgresql://` one (postgresClient.ts). Both are
 * typed as the SQLite client: the code keeps to what both databases take, and the test
 * suite runs on both (README, "Tests on PostgreSQL").
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../generated/prisma/client';
import { IN_MEMORY_URL, prepareSqliteFile, providerOf } from './databaseUrl';
import { serializedSqliteFactory } from './serializedSqliteAdapter';
import { cachedStatementsFactory } from './statementCache';
import { DirectSqlRegistry, registerDirectSql } from './directSql';
import { createPostgresPrismaClient } from './postgresClient';

export type { PrismaClient };
export { IN_MEMORY_URL };

/** How long a connection waits for another writer before giving up (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 5_000;

/** The better-sqlite3 driver adapter for a `file:` URL (folder created if needed) or `:memory:`. */
export function sqliteAdapterFactory(url: string): PrismaBetterSqlite3 {
  const target = url === IN_MEMORY_URL ? IN_MEMORY_URL : `file:${prepareSqliteFile(url)}`;
  return new PrismaBetterSqlite3({ url: target, timeout: BUSY_TIMEOUT_MS });
}

/**
 * Connects to the database at `url`. Call `$disconnect()` when done, or the file (or
 * the PostgreSQL pool) stays open.
 */
export async function createPrismaClient(url: string): Promise<PrismaClient> {
  if (providerOf(url) === 'postgresql') return createPostgresPrismaClient(url);
  return createSqlitePrismaClient(url);
}

/**
 * SQLite in WAL mode (readers do not block the writer) with foreign keys enforced.
 *
 * synchronous = NORMAL: the standard setting with WAL. A commit no longer waits for
 * fsync of the log (each turn writes its dialog state, so that wait was a large part
 * of a turn); the database stays consistent after a crash of the process or the
 * machine, and only a power cut may lose the last commits before a checkpoint.
 */
async function createSqlitePrismaClient(url: string): Promise<PrismaClient> {
  // Serialised so that one caller's query never runs inside another caller's transaction;
  // compiled statements reused (src/infrastructure/database/statementCache.ts).
  // The same connection serves the few hot statements written in plain SQL (directSql.ts).
  const direct = new DirectSqlRegistry(url);
  const client = new PrismaClient({ adapter: serializedSqliteFactory(cachedStatementsFactory(sqliteAdapterFactory(url)), direct.onConnect) });
  registerDirectSql(client, direct);
  await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await client.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await client.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  return client;
}
