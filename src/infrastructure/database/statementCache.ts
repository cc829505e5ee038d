/**
 * Prepared statements reused across queries on the embedded SQLite database.
 *
 * Why: @prisma/adapter-better-sqlite3 calls `db.prepare(sql)` for every query, and
 * SQLite compiles the statement each time (measured under `npm run bench`: about a
 * tenth of the server's CPU with the schema's ~30 tables). Prisma sends the same SQL
 * text for the same query shape, so a small least-recently-used cache of compiled
 * statements, keyed by SQL text, removes that work.
 *
 * How: the adapter only ever does `prepare(sql).bind(args)` and then `reader`,
 * `columns()`, `raw().all()` or `run()` on the bound statement. better-sqlite3 lets a
 * statement be bound only once, so the cache hands out a light bound view that passes
 * the arguments to each call instead. Each call runs synchronously to completion (no
 * iterators), so one compiled statement can serve every caller in turn. Anything the
 * view does not know falls back to a fresh statement, and an adapter whose shape is
 * not the expected one is left untouched.
 */
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** The parts of a better-sqlite3 statement the adapter uses. */
interface Statement {
  readonly reader: boolean;
  bind(...args: unknown[]): Statement;
  columns(): unknown[];
  raw(toggle?: boolean): Statement;
  all(...args: unknown[]): unknown[];
  run(...args: unknown[]): unknown;
}

interface Database {
  prepare(sql: string): Statement;
}

/** A compiled statement with its arguments: what `prepare(sql).bind(args)` returns. */
class BoundStatement {
  private rawRows = false;

  constructor(
    private readonly cached: CachedStatement,
    private readonly statement: Statement,
    private readonly args: unknown[],
  ) {}

  get reader(): boolean {
    return this.statement.reader;
  }

  columns(): unknown[] {
    return this.cached.columns();
  }

  raw(toggle = true): this {
    this.rawRows = toggle;
    return this;
  }

  all(): unknown[] {
    return this.statement.raw(this.rawRows).all(...this.args);
  }

  run(): unknown {
    return this.statement.run(...this.args);
  }
}

/** A statement from the cache, not bound yet. */
class CachedStatement {
  /** Names and declared types of the result columns: fixed for a compiled statement (read-only to callers). */
  private resultColumns?: unknown[];

  constructor(private readonly statement: Statement) {}

  get reader(): boolean {
    return this.statement.reader;
  }

  bind(...args: unknown[]): BoundStatement {
    return new BoundStatement(this, this.statement, args);
  }

  columns(): unknown[] {
    return (this.resultColumns ??= this.statement.columns());
  }

  run(...args: unknown[]): unknown {
    return this.statement.run(...args);
  }
}

/** Statements kept per connection; Prisma's query shapes number a few hundred at most. */
const DEFAULT_MAX_STATEMENTS = 500;

/** Makes `db.prepare` answer from a least-recently-used cache of compiled statements. */
export function cacheStatements(db: Database, maxStatements = DEFAULT_MAX_STATEMENTS): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, CachedStatement>();
  db.prepare = ((sql: string) => {
    let cached = cache.get(sql);
    if (cached) {
      cache.delete(sql);
    } else {
      cached = new CachedStatement(prepare(sql));
      if (cache.size >= maxStatements) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, cached);
    return cached as unknown as Statement;
  }) as Database['prepare'];
}

function withCachedStatements(adapter: SqlDriverAdapter, maxStatements?: number): SqlDriverAdapter {
  const db = (adapter as unknown as { client?: unknown }).client as Database | undefined;
  if (db && typeof db.prepare === 'function') cacheStatements(db, maxStatements);
  return adapter;
}

/** Wraps a better-sqlite3 adapter factory so that each connection it makes reuses its statements. */
export function cachedStatementsFactory(
  inner: SqlMigrationAwareDriverAdapterFactory,
  maxStatements?: number,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withCachedStatements(await inner.connect(), maxStatements),
    connectToShadowDb: async () => withCachedStatements(await inner.connectToShadowDb(), maxStatements),
  };
}
