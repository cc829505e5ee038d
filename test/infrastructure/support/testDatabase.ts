/**
 * The test suite's databases, never the developer's: a real SQLite file in a temporary
 * folder, or — with TEST_DATABASE=postgresql (or the postgresql:// URL of a server) — a
 * PostgreSQL database made for one test file and dropped after it.
 *
 * Each run builds its templates once (test/globalSetup.ts): the migrations applied by the
 * project's own runner, and the same plus the seed (town data and demo families). A test
 * gets a copy: a file copy for SQLite; for PostgreSQL, CREATE DATABASE … TEMPLATE the
 * first time in a test file, then the same database emptied and filled again with what
 * the template held (postgresTestDatabases.ts: a copy costs half a second, a refill a
 * tenth). PostgreSQL databases are named `<folder>_test_<run>_…`; whatever a run leaves
 * is dropped at its end (test/globalTeardown.ts).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import { createPrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import type { DatabaseProvider } from '../../../src/infrastructure/database/databaseUrl';
import { createDatabase, dropDatabase, temporaryDatabasePrefix } from '../../../src/infrastructure/database/temporaryDatabases';
import { PostgresTestDatabases } from './postgresTestDatabases';
import { makeRunTempDir } from '../../support/testRun';

/** The local server of every machine of the project (trust authentication). */
export const DEFAULT_TEST_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Which database the suite runs on: TEST_DATABASE unset or `sqlite`, `postgresql`, or a server's URL. */
export function testProvider(env: NodeJS.ProcessEnv = process.env): DatabaseProvider {
  const choice = env.TEST_DATABASE?.trim() ?? '';
  if (choice === '' || choice === 'sqlite') return 'sqlite';
  if (choice === 'postgresql' || /^postgres(ql)?:\/\//.test(choice)) return 'postgresql';
  throw new Error(`TEST_DATABASE « ${choice} » : sqlite, postgresql ou postgresql://… attendu.`);
}

/** The PostgreSQL server test databases are made on. */
export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  const choice = env.TEST_DATABASE?.trim() ?? '';
  return /^postgres(ql)?:\/\//.test(choice) ? choice : DEFAULT_TEST_SERVER_URL;
}

/** What globalSetup hands to the test files (through the environment). */
export const RUN_ENV = { id: 'PERISCOLAIRE_TEST_RUN', dir: 'PERISCOLAIRE_TEST_RUN_DIR' } as const;

export type Template = 'migrated' | 'seeded';

/** Database names of one run: `<prefix>_test_<run>_<what>`. */
export function runDatabasePrefix(runId: string): string {
  return `${temporaryDatabasePrefix()}_test_${runId}_`;
}

function runId(env: NodeJS.ProcessEnv = process.env): string {
  const id = env[RUN_ENV.id];
  if (!id || !env[RUN_ENV.dir]) {
    throw new Error('The test database templates are built by test/globalSetup.ts: run the tests with jest (npm test, npx jest FILE).');
  }
  return id;
}

/** Where this run's templates are: a database name (PostgreSQL) or a file (SQLite). */
export function templateLocation(template: Template, env: NodeJS.ProcessEnv = process.env): string {
  const id = runId(env);
  return testProvider(env) === 'postgresql' ? `${runDatabasePrefix(id)}${template}` : path.join(env[RUN_ENV.dir]!, `${template}.db`);
}

export interface TestDatabase {
  /** A temporary folder for the test's other files (removed by destroy). */
  dir: string;
  url: string;
  prisma: PrismaClient;
  /** Disconnects and deletes the database and the folder. */
  destroy(): Promise<void>;
}

/** A fresh folder in the test run's temporary folder (removed by the caller, or with the run's). */
export function makeTempDir(prefix = 'periscolaire-test-'): string {
  return makeRunTempDir(prefix);
}

let sequence = 0;

/** A name for one more database of this run, in this test process. */
function nextDatabaseName(): string {
  return `${runDatabasePrefix(runId())}${process.pid}_${++sequence}`;
}

/** This test file's PostgreSQL databases (a module instance per test file: Jest isolates them). */
let postgres: PostgresTestDatabases | undefined;

function postgresDatabases(): PostgresTestDatabases {
  return (postgres ??= new PostgresTestDatabases(testServerUrl(), nextDatabaseName));
}

// Dropped when the test file ends (registered as the file is read; not in globalSetup, which has no hooks).
if (typeof afterAll === 'function' && testProvider() === 'postgresql') afterAll(() => postgres?.dropAll());

/**
 * A database of its own for the caller, from this run's template: migrated and empty
 * (default), or also seeded with the town data and the demo families.
 */
export async function createTestDatabase(template: Template = 'migrated'): Promise<TestDatabase> {
  const dir = makeTempDir();
  let url: string;
  let release: () => Promise<void> = async () => undefined;
  if (testProvider() === 'postgresql') {
    const lease = await postgresDatabases().take(templateLocation(template));
    ({ url, release } = lease);
  } else {
    const file = path.join(dir, 'test.db');
    copyFileSync(templateLocation(template), file);
    url = `file:${file}`;
  }
  const prisma = await createPrismaClient(url);
  return {
    dir,
    url,
    prisma,
    async destroy() {
      await prisma.$disconnect();
      await release();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * An empty database, not even migrated, and its URL: for tests of the migrations
 * themselves. SQLite: a file name in `dir` (created by whoever opens it first).
 */
export async function createEmptyDatabase(dir: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (testProvider() === 'sqlite') return { url: `file:${path.join(dir, `${name}.db`)}`, drop: async () => undefined };
  const server = testServerUrl();
  const database = nextDatabaseName();
  return { url: await createDatabase(server, database), drop: () => dropDatabase(server, database) };
}
