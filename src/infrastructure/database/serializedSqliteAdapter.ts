/**
 * Keeps queries out of other callers' transactions on the embedded SQLite database.
 *
 * Why: @prisma/adapter-better-sqlite3 shares one connection. Its lock orders
 * transactions against each other, but a plain query (another parent's turn saving its
 * dialog state) runs straight away — inside whatever transaction is open on that
 * connection — and is rolled back with it. This wrapper makes every query outside a
 * transaction wait until no transaction is open, and holds the lock for a transaction
 * from BEGIN to COMMIT/ROLLBACK. Queries inside the transaction go through unchanged.
 */
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';

/** A first-come first-served lock. */
class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => held);
    return previous.then(() => {
      let released = false;
      return () => {
        if (!released) (released = true), release();
      };
    });
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

function serializedTransaction(inner: Transaction, release: () => void): Transaction {
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      release();
    }
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: inner.options,
    queryRaw: (query: SqlQuery) => inner.queryRaw(query),
    executeRaw: (query: SqlQuery) => inner.executeRaw(query),
    commit: () => end(() => inner.commit()),
    rollback: () => end(() => inner.rollback()),
    createSavepoint: inner.createSavepoint?.bind(inner),
    rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
    releaseSavepoint: inner.releaseSavepoint?.bind(inner),
  };
}

/** Runs work on the connection outside every other caller's transaction (see directSql.ts). */
export type Exclusive = <T>(work: () => T | Promise<T>) => Promise<T>;

/** Told of each connection made, with the way to use it outside others' transactions. */
export type OnConnect = (adapter: SqlDriverAdapter, exclusive: Exclusive) => void;

function serializedAdapter(inner: SqlDriverAdapter, onConnect?: OnConnect): SqlDriverAdapter {
  const lock = new Lock();
  onConnect?.(inner, (work) => lock.run(async () => work()));
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery): Promise<SqlResultSet> => lock.run(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery): Promise<number> => lock.run(() => inner.executeRaw(query)),
    executeScript: (script: string) => lock.run(() => inner.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = await lock.acquire();
      try {
        return serializedTransaction(await inner.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
  };
}

/** Wraps a SQLite adapter factory so that each connection it makes is serialised as above. */
export function serializedSqliteFactory(inner: SqlMigrationAwareDriverAdapterFactory, onConnect?: OnConnect): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => serializedAdapter(await inner.connect(), onConnect),
    connectToShadowDb: async () => serializedAdapter(await inner.connectToShadowDb()),
  };
}
