/**
 * Applies and creates migrations offline with the WASM schema engine. Applying writes
 * `_prisma_migrations` exactly as `prisma migrate deploy` does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PROJECT_ROOT } from '../database/databaseUrl';
import { IN_MEMORY_URL, sqliteAdapterFactory } from '../database/createPrismaClient';
import { readMigrationList, writeMigration } from './migrationsDirectory';
import type { OpenSchemaEngine, SchemaFile } from './schemaEngineWasm';
import { openSchemaEngine } from './schemaEngineWasm';

export const DEFAULT_SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma', 'schema.prisma');
export const DEFAULT_MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/** Where the schema and the migrations live (defaults: the project's `prisma/`). */
export interface MigrationPaths {
  schemaPath?: string;
  migrationsDir?: string;
}

function readSchema(schemaPath: string): SchemaFile {
  return { path: schemaPath, content: readFileSync(schemaPath, 'utf8') };
}

async function withEngine<T>(
  databaseUrl: string,
  schemaPath: string,
  work: (open: OpenSchemaEngine) => Promise<T>,
): Promise<T> {
  const open = await openSchemaEngine(readSchema(schemaPath), sqliteAdapterFactory(databaseUrl));
  try {
    return await work(open);
  } finally {
    await open.close();
  }
}

/**
 * Applies the pending migrations to the database at `databaseUrl` (file and folder
 * created when missing); returns the names of those just applied, oldest first.
 */
export async function applyMigrations(databaseUrl: string, paths: MigrationPaths = {}): Promise<string[]> {
  const schemaPath = paths.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const migrationsList = readMigrationList(paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  return withEngine(databaseUrl, schemaPath, async ({ engine }) => {
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return output.appliedMigrationNames;
  });
}

/**
 * The SQL that would bring a database built by the migrations up to the schema, or
 * null when they already agree. The migrations are replayed on an in-memory shadow
 * database; `databaseUrl` is never touched.
 */
export async function pendingSchemaChanges(paths: MigrationPaths = {}): Promise<string | null> {
  const schemaPath = paths.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const schema = readSchema(schemaPath);
  const migrationsList = readMigrationList(paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  return withEngine(IN_MEMORY_URL, schemaPath, async ({ engine }) => {
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
 * Writes a new migration `<timestamp>_<name>` holding the difference between the
 * migrations and the schema; returns its folder name, or null when there is nothing to do.
 */
export async function createMigration(name: string, paths: MigrationPaths = {}, now = new Date()): Promise<string | null> {
  const sql = await pendingSchemaChanges(paths);
  if (sql === null) return null;
  return writeMigration(paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR, name, sql, 'sqlite', now);
}

/**
 * The SQL that turns the live database at `databaseUrl` into the schema, or null when
 * it already matches (a check that the migrations produce exactly the schema).
 */
export async function databaseDriftFromSchema(databaseUrl: string, paths: MigrationPaths = {}): Promise<string | null> {
  const schemaPath = paths.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const schema = readSchema(schemaPath);
  return withEngine(databaseUrl, schemaPath, async ({ engine }) => {
    const result = await engine.diff({
      // "schemaDatasource" = the database the engine is connected to (through the adapter).
      from: { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schemaPath) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : null;
  });
}
