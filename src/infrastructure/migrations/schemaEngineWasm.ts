/**
 * Prisma's schema engine compiled to WebAssembly: what `prisma migrate` runs, without
 * the native binary that cannot be downloaded here. It talks to the database through
 * a driver adapter (better-sqlite3 for the embedded database, pg for PostgreSQL).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DriverAdapterError, bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as SchemaEngineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngine = SchemaEngineGlue.SchemaEngine;
type Glue = typeof SchemaEngineGlue;

const GLUE_MODULE = '@prisma/schema-engine-wasm/schema_engine_bg';

/** The little of the WebAssembly global used here (the project's `lib` has no DOM types). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

let glue: Glue | undefined;

/**
 * Loads the wasm-bindgen glue as a plain script. Why not `require`: the package is an
 * ES module, which Jest 29 cannot load from CommonJS tests (and Node only since 20.19).
 * The glue is generated code whose only module syntax is `export function|class` at the
 * top level; anything else fails loudly here rather than misbehaving later.
 */
function loadGlue(): Glue {
  if (glue) return glue;
  const source = readFileSync(require.resolve(GLUE_MODULE), 'utf8');
  const exported: string[] = [];
  const script = source.replace(/^export (function|class) ([\w$]+)/gm, (_match, kind: string, name: string) => {
    exported.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*(export|import)\b/m.test(script) || !exported.includes('SchemaEngine')) {
    throw new Error(`${GLUE_MODULE}: unexpected module layout, the loader needs updating for this version.`);
  }
  const loaded = new Function(`'use strict';\n${script}\nreturn { ${exported.join(', ')} };`)() as Glue;
  const wasmFile = path.join(path.dirname(require.resolve(GLUE_MODULE)), 'schema_engine_bg.wasm');
  const instance = new wasm.Instance(new wasm.Module(readFileSync(wasmFile)), { './schema_engine_bg.js': loaded });
  loaded.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  glue = loaded;
  return loaded;
}

const messageOf = (error: unknown) => String((error as { message?: unknown } | null)?.message);

/** Whether `error` is SQLite's "database is locked" as the better-sqlite3 adapter reports it. */
function isSqliteBusy(error: unknown): boolean {
  return error instanceof Error && (error as { cause?: { kind?: unknown } }).cause?.kind === 'SocketTimeout';
}

/**
 * What the engine needs of an adapter beyond what the adapters give:
 * - whole migration scripts go through `executeRaw`, which better-sqlite3 refuses ("contains
 *   more than one statement", or "no statements" for a script of comments only): such a
 *   call is passed to `executeScript`;
 * - SQLite's "database is locked" comes out of the adapter as a kind (SocketTimeout) the
 *   engine cannot read ("unknown variant"): it is handed over as a plain SQLite error,
 *   and `onBusy` is told, so that the caller can say what to do.
 */
function engineReady(adapter: SqlDriverAdapter, onBusy: () => void): SqlDriverAdapter {
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      onBusy();
      throw new DriverAdapterError({ kind: 'sqlite', extendedCode: 5, message: 'database is locked' });
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => guarded(() => adapter.queryRaw(query)),
    executeRaw: (query) =>
      guarded(async () => {
        try {
          return await adapter.executeRaw(query);
        } catch (error) {
          // Matched by message: the RangeError comes from the native module's realm (instanceof fails under Jest).
          if (!/more than one statement|contains no statements/.test(messageOf(error))) throw error;
          await adapter.executeScript(query.sql);
          return 0;
        }
      }),
    executeScript: (script) => guarded(() => adapter.executeScript(script)),
    startTransaction: (isolationLevel) => guarded(() => adapter.startTransaction(isolationLevel)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
  };
}

/** The engine disposes of its shadow database's adapter, and `close` of every adapter: once is enough. */
function disposedOnce(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let disposed: Promise<void> | undefined;
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = () => (disposed ??= dispose());
  return adapter;
}

/** A schema file handed to the engine: its path (for messages) and its text. */
export interface SchemaFile {
  path: string;
  content: string;
}

/** An engine bound to one database; `close` releases it and its connections. */
export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** True once SQLite answered "database is locked" (another process has the file open). */
  busy(): boolean;
  close(): Promise<void>;
}

/**
 * Starts a schema engine for `schema` over the database reached by `adapterFactory`.
 * Always `close()` it: with SQLite the engine's connections otherwise keep the file
 * locked (SQLITE_BUSY for the next user).
 */
export async function openSchemaEngine(
  schema: SchemaFile,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => undefined,
): Promise<OpenSchemaEngine> {
  const adapters: SqlDriverAdapter[] = [];
  let busy = false;
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(await adapterFactory.connect()),
    connectToShadowDb: async () => remember(await adapterFactory.connectToShadowDb()),
  };
  function remember(adapter: SqlDriverAdapter): SqlDriverAdapter {
    adapters.push(disposedOnce(adapter));
    return engineReady(adapter, () => (busy = true));
  }
  const engine = await loadGlue().SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    busy: () => busy,
    async close() {
      engine.free();
      await Promise.all(adapters.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
