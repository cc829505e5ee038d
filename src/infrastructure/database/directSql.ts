/**
 * Plain SQL on the embedded database's own connection, for the few statements that run
 * on every turn (is a notification pending, save the dialog state, ...).
 *
 * Why: through Prisma, a model query costs 200–350 µs of CPU and a raw query 60–100 µs;
 * the same prepared statement run on the better-sqlite3 connection costs 3–7 µs
 * (measured on the 2-core bench machine; see the README, "Load test").
 *
 * Safety: every call runs under the serialised adapter's lock (serializedSqliteAdapter.ts),
 * so it never runs inside another caller's transaction, and uses the statement cache
 * (statementCache.ts). `transaction` runs its work synchronously between BEGIN IMMEDIATE
 * and COMMIT, rolled back on any error: nothing else can interleave.
 *
 * Portability: the SQL written for this channel is plain standard SQL with quoted
 * identifiers ("Notification"."guardianId"), `?` placeholders, text dates in Prisma's
 * format (sqlDate) and no SQLite-only functions, so that on PostgreSQL the same texts run
 * through `$queryRawUnsafe` once the placeholders are numbered ($1, $2, …) — which is what
 * `prismaSql` (the fallback used when no SQLite connection is registered) is for.
 */
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type { PrismaClient } from '../../generated/prisma/client';
import type { Exclusive } from './serializedSqliteAdapter';

export type SqlValue = string | number | bigint | null;
export type Row = Record<string, unknown>;

/** Synchronous statements, as run inside `transaction`. */
export interface SyncSql {
  all<T extends Row = Row>(sql: string, ...args: SqlValue[]): T[];
  /** Returns the number of rows changed. */
  run(sql: string, ...args: SqlValue[]): number;
}

export interface DirectSql {
  all<T extends Row = Row>(sql: string, ...args: SqlValue[]): Promise<T[]>;
  /** Returns the number of rows changed. */
  run(sql: string, ...args: SqlValue[]): Promise<number>;
  /** Runs `work` in one transaction (synchronous work: no awaiting inside). */
  transaction<T>(work: (sql: SyncSql) => T): Promise<T>;
  /**
   * Runs `work` in one transaction that holds the connection until it ends: nothing else
   * (no other turn's query, direct or through Prisma) runs on it meanwhile, as with the
   * serialised adapter's interactive transactions. `work` must only use `sql`.
   */
  transactionAsync<T>(work: (sql: SyncSql) => Promise<T>): Promise<T>;
}

/** A date as Prisma writes DateTime columns on SQLite (ISO 8601, "+00:00"). */
export function sqlDate(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

/** The parts of a (statement-cached) better-sqlite3 connection used here. */
interface Database {
  readonly open?: boolean;
  prepare(sql: string): { bind(...args: unknown[]): { all(): unknown[]; run(): unknown } };
}

/**
 * The Prisma adapter reads integers as BigInt (safeIntegers); the values read here (ids,
 * counts) are far below 2^53, so they are given back as numbers, as Prisma's models do.
 */
function withNumbers(row: Row): Row {
  for (const column in row) {
    const value = row[column];
    if (typeof value === 'bigint') row[column] = Number(value);
  }
  return row;
}

class SqliteDirectSql implements DirectSql {
  private readonly sync: SyncSql;

  constructor(
    db: Database,
    private readonly exclusive: Exclusive,
  ) {
    this.sync = {
      all: <T extends Row>(sql: string, ...args: SqlValue[]) => (db.prepare(sql).bind(...args).all() as Row[]).map(withNumbers) as T[],
      run: (sql: string, ...args: SqlValue[]) => (db.prepare(sql).bind(...args).run() as { changes: number }).changes,
    };
  }

  all<T extends Row = Row>(sql: string, ...args: SqlValue[]): Promise<T[]> {
    return this.exclusive(() => this.sync.all<T>(sql, ...args));
  }

  run(sql: string, ...args: SqlValue[]): Promise<number> {
    return this.exclusive(() => this.sync.run(sql, ...args));
  }

  /** SQLite may have rolled back already (e.g. on a full disk): then there is nothing to end. */
  private rollback(): void {
    try {
      this.sync.run('ROLLBACK');
    } catch {
      // no transaction active any more
    }
  }

  transaction<T>(work: (sql: SyncSql) => T): Promise<T> {
    return this.exclusive(() => {
      this.sync.run('BEGIN IMMEDIATE');
      try {
        const result = work(this.sync);
        this.sync.run('COMMIT');
        return result;
      } catch (error) {
        this.rollback();
        throw error;
      }
    });
  }

  transactionAsync<T>(work: (sql: SyncSql) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      this.sync.run('BEGIN IMMEDIATE');
      try {
        const result = await work(this.sync);
        this.sync.run('COMMIT');
        return result;
      } catch (error) {
        this.rollback();
        throw error;
      }
    });
  }
}

/** Through Prisma's raw queries: for a client with no registered SQLite connection. */
function prismaSql(prisma: PrismaClient): DirectSql {
  return {
    all: <T extends Row>(sql: string, ...args: SqlValue[]) => prisma.$queryRawUnsafe<T[]>(sql, ...args),
    run: (sql: string, ...args: SqlValue[]) => prisma.$executeRawUnsafe(sql, ...args),
    transaction: () => Promise.reject(new Error('DirectSql.transaction needs the embedded SQLite connection')),
    transactionAsync: () => Promise.reject(new Error('DirectSql.transactionAsync needs the embedded SQLite connection')),
  };
}

/** The connection of each client made by createPrismaClient (registered when it connects). */
export class DirectSqlRegistry {
  private current?: DirectSql;
  private db?: Database;

  /** For serializedSqliteFactory: remembers the better-sqlite3 connection behind `adapter`. */
  readonly onConnect = (adapter: SqlDriverAdapter, exclusive: Exclusive): void => {
    const db = (adapter as unknown as { client?: Database }).client;
    this.db = db;
    this.current = db && typeof db.prepare === 'function' ? new SqliteDirectSql(db, exclusive) : undefined;
  };

  /** Undefined before the first connection and after $disconnect (Prisma reconnects on its next query). */
  get(): DirectSql | undefined {
    return this.db?.open === false ? undefined : this.current;
  }
}

const registries = new WeakMap<PrismaClient, DirectSqlRegistry>();

export function registerDirectSql(prisma: PrismaClient, registry: DirectSqlRegistry): void {
  registries.set(prisma, registry);
}

/** Direct SQL on `prisma`'s SQLite connection when it has one (connected, not disconnected). */
export function sqliteConnectionOf(prisma: PrismaClient): DirectSql | undefined {
  return registries.get(prisma)?.get();
}

/** Direct SQL on `prisma`'s SQLite connection, or through Prisma's raw queries when there is none. */
export function directSqlOf(prisma: PrismaClient): DirectSql {
  return registries.get(prisma)?.get() ?? prismaSql(prisma);
}
