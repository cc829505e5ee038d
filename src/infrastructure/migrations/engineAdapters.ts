/**
 * The schema engine's driver adapters: better-sqlite3 for SQLite, pg for PostgreSQL,
 * with what the engine needs on PostgreSQL (its catalogue read as text, shadow databases
 * named as the project's temporary databases and dropped after use).
 */
import { Client, Pool } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { providerOf, redactedUrl } from '../database/databaseUrl';
import { sqliteAdapterFactory } from '../database/createPrismaClient';
import { createDatabase, dropDatabase, temporaryDatabaseName } from '../database/temporaryDatabases';

/** Where a PostgreSQL migration is replayed when one is written (a temporary database is created there). */
export const DEFAULT_SHADOW_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** An adapter that runs `after` once it is disposed (the engine disposes its shadow database's adapter). */
function disposingAlso(adapter: SqlDriverAdapter, after: () => Promise<void>): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: async () => {
      try {
        await adapter.dispose();
      } finally {
        await after();
      }
    },
  };
}

/** PostgreSQL's internal one-byte type "char", which the catalogue queries of the engine read. */
const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * A pg client for the schema engine. Why: the engine reads PostgreSQL's catalogue, whose
 * `"char"` columns (pg_class.relkind, …) @prisma/adapter-pg 7 refuses ("Column type 'char'
 * could not be deserialized"); their values arrive as one-letter text, so they are
 * described as text, which the engine reads.
 */
class EngineClient extends Client {
  override query(...args: unknown[]): never {
    const asText = (value: { fields?: Array<{ dataTypeID: number }> } | undefined) => {
      for (const field of value?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      return value;
    };
    const last = args.length - 1;
    const callback = args[last];
    // pg-pool passes a callback; direct callers get a promise.
    if (typeof callback === 'function') args[last] = (error: unknown, value: never) => callback(error, asText(value));
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(asText) : result) as never;
  }
}

function enginePgAdapter(url: string): PrismaPg {
  const pool = new Pool({ connectionString: url, Client: EngineClient, max: 2 });
  pool.on('error', () => undefined);
  return new PrismaPg(pool, { disposeExternalPool: true });
}

/**
 * The engine's adapters for the database at `url`. For PostgreSQL, the shadow database
 * (where migrations are replayed to compare them with the schema) is a temporary
 * database on `shadowServer`, named as the project's temporary databases are.
 */
export function engineAdapterFactory(url: string, shadowServer: string = url): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === 'sqlite') return sqliteAdapterFactory(url);
  const main = enginePgAdapter(url);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const name = temporaryDatabaseName('shadow');
      const shadowUrl = await createDatabase(shadowServer, name);
      const adapter = await enginePgAdapter(shadowUrl).connect();
      return disposingAlso(adapter, () => dropDatabase(shadowServer, name));
    },
  };
}

/** Fails with a clear message when the server that would hold the shadow database cannot be reached. */
export async function reachShadowServer(serverUrl: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Writing a PostgreSQL migration replays the migrations on a temporary database, on the server of SHADOW_DATABASE_URL ` +
        `(default ${DEFAULT_SHADOW_SERVER_URL}), which is unreachable (${redactedUrl(serverUrl)}): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
