/**
 * Applies and creates migrations offline with the WASM schema engine, for SQLite
 * (prisma/migrations/) and PostgreSQL (prisma/migrations-postgresql/), both from the one
 * schema prisma/schema.prisma (providerSchema.ts). Applying writes `_prisma_migrations`
 * exactly as `prisma migrate deploy` does.
 *
 * Each SQLite migration has a PostgreSQL counterpart of the same folder name:
 * `createMigration` writes both; `writePostgresqlCounterparts` writes the missing ones
 * after a merge brought SQLite migrations written without them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DatabaseProvider } from '../database/databaseUrl';
import { IN_MEMORY_URL, PROJECT_ROOT, describeDatabase, providerOf } from '../database/databaseUrl';
import { withDatabaseLock } from '../database/databaseLock';
import { appliedMigrationNames } from './appliedMigrations';
import { DEFAULT_SHADOW_SERVER_URL, engineAdapterFactory, reachShadowServer } from './engineAdapters';
import { migrationNames, newMigrationFolder, readMigrationList, writeMigration } from './migrationsDirectory';
import { schemaForProvider } from './providerSchema';
import type { OpenSchemaEngine, SchemaFile } from './schemaEngineWasm';
import { openSchemaEngine } from './schemaEngineWasm';

export const DEFAULT_SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
export const DEFAULT_MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
export const DEFAULT_POSTGRESQL_MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations-postgresql');

/** How long `applyMigrations` waits for another process migrating the same database. */
const SETUP_WAIT_MS = 5 * 60_000;

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const PROVIDERS: readonly DatabaseProvider[] = ['sqlite', 'postgresql'];

/** Where the schema and the migrations live (defaults: the project's `prisma/`). */
export interface MigrationPaths {
  schemaPath?: string;
  /** SQLite's migrations. */
  migrationsDir?: string;
  postgresqlMigrationsDir?: string;
}

/** The migrations can be applied only when no other process has the SQLite file open. */
export class MigrationBlockedError extends Error {
  constructor(database: string) {
    super(
      `${database} is open by another process (the assistant, or a command such as npm run chat): ` +
        'SQLite migrations need the file to themselves. Stop it, run npm run db:migrate, then start it again ' +
        '(npm start also migrates before serving).',
    );
    this.name = 'MigrationBlockedError';
  }
}

/** The PostgreSQL server to create shadow databases on: SHADOW_DATABASE_URL, else the local server. */
export function shadowServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SHADOW_DATABASE_URL?.trim() || DEFAULT_SHADOW_SERVER_URL;
}

export function migrationsDirFor(provider: DatabaseProvider, paths: MigrationPaths = {}): string {
  return provider === 'sqlite'
    ? (paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR)
    : (paths.postgresqlMigrationsDir ?? DEFAULT_POSTGRESQL_MIGRATIONS_DIR);
}

/** The schema as the engine reads it for `provider` (derived in memory for PostgreSQL). */
function schemaFor(provider: DatabaseProvider, paths: MigrationPaths): SchemaFile {
  const schemaPath = paths.schemaPath ?? DEFAULT_SCHEMA_PATH;
  return { path: schemaPath, content: schemaForProvider(readFileSync(schemaPath, 'utf8'), provider) };
}

async function withEngine<T>(
  schema: SchemaFile,
  factory: SqlMigrationAwareDriverAdapterFactory,
  work: (open: OpenSchemaEngine) => Promise<T>,
): Promise<T> {
  const open = await openSchemaEngine(schema, factory);
  try {
    return await work(open);
  } finally {
    await open.close();
  }
}

async function nothingPending(url: string, migrations: MigrationList): Promise<boolean> {
  const applied = new Set(await appliedMigrationNames(url));
  return migrations.migrationDirectories.every((dir) => applied.has(dir.path));
}

export interface ApplyOptions {
  /** Called once when another process is migrating the same database and this one waits. */
  onWait?: () => void;
  waitMs?: number;
}

/**
 * Applies the pending migrations to the database at `url` (a SQLite file and its folder
 * are created when missing; a PostgreSQL database must exist); returns the names of
 * those just applied, oldest first. Holds the database's setup lock meanwhile: a second
 * process waits, then finds nothing to do.
 * @throws MigrationBlockedError when a SQLite migration is due while another process has the file open.
 */
export async function applyMigrations(url: string, paths: MigrationPaths = {}, options: ApplyOptions = {}): Promise<string[]> {
  const provider = providerOf(url);
  const migrationsList = readMigrationList(migrationsDirFor(provider, paths));
  if (await nothingPending(url, migrationsList)) return [];
  return withDatabaseLock(
    url,
    'setup',
    async () => {
      if (await nothingPending(url, migrationsList)) return [];
      return withEngine(schemaFor(provider, paths), engineAdapterFactory(url), async ({ engine, busy }) => {
        try {
          const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
          return output.appliedMigrationNames;
        } catch (error) {
          if (busy()) throw new MigrationBlockedError(describeDatabase(url));
          throw error;
        }
      });
    },
    { waitMs: options.waitMs ?? SETUP_WAIT_MS, onWait: options.onWait },
  );
}

/**
 * The SQL that would bring a database built by `provider`'s migrations up to the schema,
 * or null when they already agree. The migrations are replayed on a shadow database
 * (in memory for SQLite, a temporary database on `shadowServer` for PostgreSQL).
 */
export async function pendingSchemaChanges(
  provider: DatabaseProvider = 'sqlite',
  paths: MigrationPaths = {},
  shadowServer: string = shadowServerUrl(),
): Promise<string | null> {
  const schema = schemaFor(provider, paths);
  const migrationsList = readMigrationList(migrationsDirFor(provider, paths));
  const url = provider === 'sqlite' ? IN_MEMORY_URL : shadowServer;
  if (provider === 'postgresql') await reachShadowServer(shadowServer);
  return withEngine(schema, engineAdapterFactory(url, shadowServer), async ({ engine }) => {
    const result = await engine.diff({
      // The engine reads the connector from the lockfile, absent before the first migration.
      from:
        migrationsList.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    // exitCode 2 = "there is a difference" (prisma migrate diff --exit-code).
    return result.exitCode === 2 ? (result.stdout ?? '') : null;
  });
}

/**
 * The text of a migration that has nothing to do on its own database. Without any `;`:
 * the PostgreSQL adapter cuts scripts at each one, comments included.
 */
function commentOnly(lines: string[]): string {
  return lines.map((line) => `-- ${line.replace(/;/g, ',')}`).join('\n') + '\n';
}

export interface CreateOptions {
  /** The databases to write the migration for (default both). */
  providers?: readonly DatabaseProvider[];
  shadowServer?: string;
}

/**
 * Writes a new migration `<timestamp>_<name>` for each provider (default both, under the
 * same folder name) holding the difference between its migrations and the schema;
 * returns the folder name, or null when there is nothing to do.
 * @throws Error when SQLite migrations have no PostgreSQL counterpart yet (see writePostgresqlCounterparts).
 */
export async function createMigration(
  name: string,
  paths: MigrationPaths = {},
  now = new Date(),
  options: CreateOptions = {},
): Promise<string | null> {
  const providers = options.providers ?? PROVIDERS;
  if (providers.includes('postgresql')) {
    const missing = missingPostgresqlCounterparts(paths);
    if (missing.length > 0) {
      throw new Error(
        `These SQLite migrations have no PostgreSQL counterpart yet: ${missing.join(', ')}. ` +
          'With prisma/schema.prisma as they left it (before your own change), run npm run db:migration:postgresql first.',
      );
    }
  }
  const changes = new Map<DatabaseProvider, string | null>();
  for (const provider of providers) changes.set(provider, await pendingSchemaChanges(provider, paths, options.shadowServer));
  if ([...changes.values()].every((sql) => sql === null)) return null;
  const folder = newMigrationFolder(name, now, providers.map((provider) => migrationsDirFor(provider, paths)));
  for (const [provider, sql] of changes) {
    writeMigration(migrationsDirFor(provider, paths), folder, sql ?? commentOnly([`Nothing to change on ${provider} for this migration.`]), provider);
  }
  return folder;
}

/** SQLite migration folders that have no PostgreSQL folder of the same name. */
export function missingPostgresqlCounterparts(paths: MigrationPaths = {}): string[] {
  const postgresql = new Set(migrationNames(migrationsDirFor('postgresql', paths)));
  return migrationNames(migrationsDirFor('sqlite', paths)).filter((name) => !postgresql.has(name));
}

/**
 * Writes the PostgreSQL counterpart of every SQLite migration that has none (after a
 * merge: branches written before PostgreSQL was supported, or SQLite-only). The schema
 * must be exactly what the SQLite migrations give. One diff covers them all: the last
 * missing folder holds its SQL, the others say where their changes went. Returns the
 * folders written. Data changes written by hand in a SQLite migration are not carried
 * over: write their PostgreSQL SQL too.
 */
export async function writePostgresqlCounterparts(paths: MigrationPaths = {}, shadowServer: string = shadowServerUrl()): Promise<string[]> {
  const missing = missingPostgresqlCounterparts(paths);
  if (missing.length === 0) return [];
  if ((await pendingSchemaChanges('sqlite', paths)) !== null) {
    throw new Error(
      'prisma/schema.prisma holds changes that no SQLite migration makes yet: the PostgreSQL counterparts would take them too. ' +
        'Write the PostgreSQL counterparts with the schema as the merged migrations left it, then npm run db:migration:create -- NAME for the new changes.',
    );
  }
  const sql = await pendingSchemaChanges('postgresql', paths, shadowServer);
  const last = missing[missing.length - 1];
  const dir = migrationsDirFor('postgresql', paths);
  for (const folder of missing) {
    const text =
      folder !== last
        ? commentOnly([`PostgreSQL: the changes of this migration are made by ${last} (written together by npm run db:migration:postgresql).`])
        : (sql ?? commentOnly(['Nothing to change on PostgreSQL for this migration.']));
    writeMigration(dir, folder, text, 'postgresql');
  }
  return missing;
}

/**
 * The SQL that turns the live database at `url` into the schema, or null when it
 * already matches (a check that the migrations produce exactly the schema).
 */
export async function databaseDriftFromSchema(url: string, paths: MigrationPaths = {}): Promise<string | null> {
  const schema = schemaFor(providerOf(url), paths);
  return withEngine(schema, engineAdapterFactory(url), async ({ engine }) => {
    const result = await engine.diff({
      // "schemaDatasource" = the database the engine is connected to (through the adapter).
      from: { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schema.path) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : null;
  });
}

