/**
 * Plain SQL for the few statements that run on every turn (is a notification pending,
 * save the dialog state, a reservation's transaction, ...), on the database's own
 * connections rather than through Prisma's model queries.
 *
 * Why: through Prisma, a model query costs 200–350 µs of CPU and a raw query 60–100 µs;
 * the same prepared statement run on the better-sqlite3 connection costs 3–7 µs, and a
 * query on the `pg` pool a few tens of µs (measured on the 2-core bench machine; see
 * the README, "Load test").
 *
 * One text for both databases: standard SQL with quoted identifiers ("Notification"."guardianId"),
 * `?` placeholders (numbered $1, $2, … for PostgreSQL here), RETURNING, ON CONFLICT, and
 * instants written as Prisma writes them (sqlDate: PostgreSQL takes that text for its
 * `timestamp(3)` columns, ignoring the +00:00). Read back, integers are numbers and
 * instants text or Date depending on the database: read them with `new Date(value)`.
 *
 * SQLite: every call runs under the serialised adapter's lock (serializedSqliteAdapter.ts),
 * so it never runs inside another caller's transaction, and uses the statement cache
 * (statementCache.ts); a transaction starts with BEGIN IMMEDIATE and holds the connection
 * until COMMIT. PostgreSQL: the pool Prisma itself uses (postgresClient.ts); a transaction
 * holds one of its connections, and is run again (at most three times) when PostgreSQL
 * aborts it for a deadlock, a serialisation failure or a key another transaction took
 * meanwhile (the same message delivered twice at once): the work reads again and finds it.
 */
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { types as pgBuiltinTypes } from 'pg';
import type { Pool, PoolClient } from 'pg';
import type { PrismaClient } from '../../generated/prisma/client';
import type { DatabaseProvider } from './databaseUrl';
import type { Exclusive } from './serializedSqliteAdapter';

export type SqlValue = string | number | bigint | null;
export type Row = Record<string, unknown>;

/** Statements on one connection (inside a transaction, or not). */
export interface SqlSession {
  readonly provider: DatabaseProvider;
  all<T extends Row = Row>(sql: string, ...args: SqlValue[]): Promise<T[]>;
  /** Returns the number of rows changed. */
  run(sql: string, ...args: SqlValue[]): Promise<number>;
}

export interface DirectSql extends SqlSession {
  /**
   * Runs `work` in one transaction that holds its connection until it ends: `work` must
   * only use `sql`, and may be run again from the start on PostgreSQL (see above), so it
   * has no effect outside the database.
   */
  transaction<T>(work: (sql: SqlSession) => Promise<T>): Promise<T>;
}

/** A date as Prisma writes DateTime columns on SQLite (ISO 8601, "+00:00"); PostgreSQL takes it too. */
export function sqlDate(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

/**
 * Integers may come back as BigInt (the SQLite adapter's safeIntegers, Prisma's raw
 * queries, COUNT on PostgreSQL); the values read here (ids, counts) are far below 2^53,
 * so they are given back as numbers, as Prisma's models do.
 */
function withNumbers(row: Row): Row {
  for (const column in row) {
    const value = row[column];
    if (typeof value === 'bigint') row[column] = Number(value);
  }
  return row;
}

/** `?` placeholders numbered for PostgreSQL ($1, $2, …); quoted text and identifiers are left alone. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  let quote: string | null = null;
  let out = '';
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '?') {
      out += `$${++n}`;
      continue;
    }
    out += char;
  }
  return out;
}

/** The parts of a (statement-cached) better-sqlite3 connection used here. */
interface SqliteDatabase {
  readonly open?: boolean;
  prepare(sql: string): { bind(...args: unknown[]): { all(): unknown[]; run(): unknown } };
}

class SqliteDirectSql implements DirectSql {
  readonly provider = 'sqlite' as const;
  private readonly session: SqlSession;

  constructor(
    db: SqliteDatabase,
    private readonly exclusive: Exclusive,
  ) {
    // Synchronous under the hood: inside a transaction nothing else can interleave.
    this.session = {
      provider: 'sqlite',
      all: async <T extends Row>(sql: string, ...args: SqlValue[]) => (db.prepare(sql).bind(...args).all() as Row[]).map(withNumbers) as T[],
      run: async (sql: string, ...args: SqlValue[]) => (db.prepare(sql).bind(...args).run() as { changes: number }).changes,
    };
  }

  all<T extends Row = Row>(sql: string, ...args: SqlValue[]): Promise<T[]> {
    return this.exclusive(() => this.session.all<T>(sql, ...args));
  }

  run(sql: string, ...args: SqlValue[]): Promise<number> {
    return this.exclusive(() => this.session.run(sql, ...args));
  }

  /** SQLite may have rolled back already (e.g. on a full disk): then there is nothing to end. */
  private async rollback(): Promise<void> {
    try {
      await this.session.run('ROLLBACK');
    } catch {
      // no transaction active any more
    }
  }

  transaction<T>(work: (sql: SqlSession) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.session.run('BEGIN IMMEDIATE');
      try {
        const result = await work(this.session);
        await this.session.run('COMMIT');
        return result;
      } catch (error) {
        await this.rollback();
        throw error;
      }
    });
  }
}

/** PostgreSQL's parsers for what the statements here read: instants as UTC text, counts as numbers. */
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (oid === TIMESTAMP_OID) return (text: string) => `${text.replace(' ', 'T')}+00:00`;
    if (oid === INT8_OID) return (text: string) => Number(text);
    return pgBuiltinTypes.getTypeParser(oid, format as 'text');
  },
};

/** SQLSTATEs after which a transaction is run again: serialization_failure, deadlock_detected, unique_violation. */
const RETRIED = new Set(['40001', '40P01', '23505']);
const ATTEMPTS = 3;

type Queryable = Pick<Pool | PoolClient, 'query'>;

function postgresSession(client: Queryable): SqlSession {
  const query = (sql: string, args: SqlValue[]) =>
    client.query({ text: numberedPlaceholders(sql), values: args.map((arg) => (typeof arg === 'bigint' ? arg.toString() : arg)), types: pgTypes });
  return {
    provider: 'postgresql',
    all: async <T extends Row>(sql: string, ...args: SqlValue[]) => (await query(sql, args)).rows as T[],
    run: async (sql: string, ...args: SqlValue[]) => (await query(sql, args)).rowCount ?? 0,
  };
}

class PostgresDirectSql implements DirectSql {
  readonly provider = 'postgresql' as const;
  private readonly session: SqlSession;

  constructor(private readonly pool: Pool) {
    this.session = postgresSession(pool);
  }

  all<T extends Row = Row>(sql: string, ...args: SqlValue[]): Promise<T[]> {
    return this.session.all<T>(sql, ...args);
  }

  run(sql: string, ...args: SqlValue[]): Promise<number> {
    return this.session.run(sql, ...args);
  }

  async transaction<T>(work: (sql: SqlSession) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const client = await this.pool.connect();
      let broken: unknown;
      try {
        await client.query('BEGIN');
        const result = await work(postgresSession(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
        const code = (error as { code?: unknown }).code;
        if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRIED.has(code)) throw error;
      } finally {
        // A connection that could not even roll back is closed rather than reused.
        client.release(broken instanceof Error ? broken : undefined);
      }
    }
  }
}

/** Statements through Prisma's raw queries: the caller's interactive transaction, or a client without its own channel. */
export function prismaSession(prisma: Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe'>, provider: DatabaseProvider): SqlSession {
  const text = provider === 'postgresql' ? numberedPlaceholders : (sql: string) => sql;
  return {
    provider,
    all: async <T extends Row>(sql: string, ...args: SqlValue[]) => (await prisma.$queryRawUnsafe<Row[]>(text(sql), ...args)).map(withNumbers) as T[],
    run: (sql: string, ...args: SqlValue[]) => prisma.$executeRawUnsafe(text(sql), ...args),
  };
}

/** The direct channel of each client made by createPrismaClient, and the database it reaches. */
export class DirectSqlRegistry {
  private current?: DirectSql;
  private db?: SqliteDatabase;

  constructor(readonly url: string) {}

  /** For serializedSqliteFactory: remembers the better-sqlite3 connection behind `adapter`. */
  readonly onConnect = (adapter: SqlDriverAdapter, exclusive: Exclusive): void => {
    const db = (adapter as unknown as { client?: SqliteDatabase }).client;
    this.db = db;
    this.current = db && typeof db.prepare === 'function' ? new SqliteDirectSql(db, exclusive) : undefined;
  };

  /** For postgresClient.ts: the pool Prisma's adapter uses. */
  usePool(pool: Pool): void {
    this.current = new PostgresDirectSql(pool);
  }

  /** Undefined before SQLite's first connection and after its $disconnect (Prisma reconnects on its next query). */
  get(): DirectSql | undefined {
    return this.db?.open === false ? undefined : this.current;
  }
}

const registries = new WeakMap<PrismaClient, DirectSqlRegistry>();

export function registerDirectSql(prisma: PrismaClient, registry: DirectSqlRegistry): void {
  registries.set(prisma, registry);
}

function registryOf(prisma: PrismaClient): DirectSqlRegistry {
  const registry = registries.get(prisma);
  if (!registry) throw new Error('This Prisma client was not made by createPrismaClient: it has no direct SQL channel.');
  return registry;
}

/** The database a client made by createPrismaClient reaches. */
export function databaseUrlOf(prisma: PrismaClient): string {
  return registryOf(prisma).url;
}

/** Which database a client made by createPrismaClient reaches. */
export function providerOfClient(prisma: PrismaClient): DatabaseProvider {
  return /^postgres(ql)?:/i.test(registryOf(prisma).url) ? 'postgresql' : 'sqlite';
}

/**
 * Direct SQL on `prisma`'s own connections. Statements only (no transaction) fall back
 * to Prisma's raw queries when the SQLite connection was closed by $disconnect.
 */
export function directSqlOf(prisma: PrismaClient): DirectSql {
  const registry = registryOf(prisma);
  const current = registry.get();
  if (current) return current;
  return {
    ...prismaSession(prisma, providerOfClient(prisma)),
    transaction: () => Promise.reject(new Error('DirectSql.transaction: the SQLite connection is closed ($disconnect).')),
  };
}
