/**
 * The Prisma client on PostgreSQL: Prisma's PostgreSQL client (generated from the same
 * schema, see src/infrastructure/migrations/providerSchema.ts) over one `pg` pool, which
 * also serves the plain SQL of directSql.ts.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import type { PoolConfig } from 'pg';
import type { PrismaClient } from '../../generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '../../generated/prisma-postgresql/client';
import { redactedUrl } from './databaseUrl';
import { DirectSqlRegistry, registerDirectSql } from './directSql';

/** Connections per process when the URL does not say (`?connection_limit=N`, as Prisma's URLs). */
const DEFAULT_POOL_SIZE = 10;

/** PostgreSQL could not be reached or refused the connection: the message says where and why. */
export class DatabaseUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    // Prisma's messages start with the call that failed ("Invalid `prisma.$queryRawUnsafe()` invocation:"): the cause is the last line.
    const text = cause instanceof Error ? cause.message : String(cause);
    const reason = text.trim().split('\n').filter((line) => line.trim()).pop() ?? text;
    super(`PostgreSQL injoignable (${redactedUrl(url)}) : ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** The pool settings of a `postgresql://` URL; `connection_limit` (Prisma's name) sets the pool size. */
export function poolConfig(url: string): PoolConfig {
  const parsed = new URL(url);
  const limit = parsed.searchParams.get('connection_limit');
  parsed.searchParams.delete('connection_limit');
  const max = limit === null ? DEFAULT_POOL_SIZE : Number(limit);
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    throw new Error(`DATABASE_URL : connection_limit=${limit} ; un nombre entier de connexions (1 à 1000) est attendu.`);
  }
  return { connectionString: parsed.toString(), max };
}

/** A pool whose idle connections may break (server restart) without stopping the process: the next query reports it. */
export function createPool(url: string): Pool {
  const pool = new Pool(poolConfig(url));
  pool.on('error', () => undefined);
  return pool;
}

/** Connects (one query, so that a wrong URL stops start-up with a clear message). */
export async function createPostgresPrismaClient(url: string): Promise<PrismaClient> {
  const pool = createPool(url);
  const direct = new DirectSqlRegistry(url);
  direct.usePool(pool);
  // The client's $disconnect ends the pool.
  const client = new PostgresPrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as PrismaClient;
  registerDirectSql(client, direct);
  try {
    await client.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    await client.$disconnect().catch(() => undefined);
    throw new DatabaseUnavailableError(url, error);
  }
  return client;
}
