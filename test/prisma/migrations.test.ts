/**
 * The committed migrations of the database the suite runs on (SQLite, or PostgreSQL with
 * TEST_DATABASE=postgresql) give exactly prisma/schema.prisma; both histories match.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createPrismaClient } from '../../src/infrastructure/database/createPrismaClient';
import { providerOf, sqliteFilePath } from '../../src/infrastructure/database/databaseUrl';
import type { DatabaseProvider } from '../../src/infrastructure/database/databaseUrl';
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_POSTGRESQL_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  applyMigrations,
  createMigration,
  databaseDriftFromSchema,
  missingPostgresqlCounterparts,
  pendingSchemaChanges,
  writePostgresqlCounterparts,
} from '../../src/infrastructure/migrations/migrator';
import type { MigrationPaths } from '../../src/infrastructure/migrations/migrator';
import { createEmptyDatabase, makeTempDir, testProvider, testServerUrl } from '../infrastructure/support/testDatabase';

const provider = testProvider();
/** The databases a new migration is written for in this run: PostgreSQL's needs a server. */
const providers: DatabaseProvider[] = provider === 'postgresql' ? ['sqlite', 'postgresql'] : ['sqlite'];

let dir: string;
const drops: Array<() => Promise<void>> = [];

beforeEach(() => {
  dir = makeTempDir('periscolaire-migrations-');
});

afterEach(async () => {
  for (const drop of drops.splice(0)) await drop();
  rmSync(dir, { recursive: true, force: true });
});

async function emptyDatabase(name: string): Promise<string> {
  const { url, drop } = await createEmptyDatabase(dir, name);
  drops.push(drop);
  return url;
}

const committed = (migrationsDir: string) =>
  readdirSync(migrationsDir).filter((name) => /^\d{14}_/.test(name)).sort();

const committedMigrations = () => committed(provider === 'sqlite' ? DEFAULT_MIGRATIONS_DIR : DEFAULT_POSTGRESQL_MIGRATIONS_DIR);

/** Runs SQL on the database at `url` through a client of the project. */
async function execute(url: string, sql: string): Promise<void> {
  const prisma = await createPrismaClient(url);
  try {
    await prisma.$executeRawUnsafe(sql);
  } finally {
    await prisma.$disconnect();
  }
}

describe(`the committed migrations (${provider})`, () => {
  it('applied to an empty database give exactly prisma/schema.prisma (empty diff)', async () => {
    const url = await emptyDatabase('fresh');
    const applied = await applyMigrations(url);

    expect(applied).toEqual(committedMigrations());
    expect(await databaseDriftFromSchema(url)).toBeNull();
  });

  it('are recorded in _prisma_migrations as prisma migrate deploy does, and applied only once', async () => {
    const url = await emptyDatabase('twice');
    await applyMigrations(url);
    expect(await applyMigrations(url)).toEqual([]);

    const prisma = await createPrismaClient(url);
    try {
      const rows = await prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(
        'SELECT migration_name, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows).toEqual(
        committedMigrations().map((name) =>
          expect.objectContaining({ migration_name: name, rolled_back_at: null, applied_steps_count: expect.anything() }),
        ),
      );
      expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
    if (providerOf(url) === 'sqlite') {
      // The engine released the file: another connection can take the write lock at once.
      const db = new Database(sqliteFilePath(url), { timeout: 0 });
      db.exec('BEGIN IMMEDIATE; COMMIT;');
      db.close();
    }
  });

  it('match the schema: nothing is pending for a new migration', async () => {
    expect(await pendingSchemaChanges(provider, {}, testServerUrl())).toBeNull();
  });

  it('the drift check does see a database that differs from the schema', async () => {
    const url = await emptyDatabase('drifted');
    await applyMigrations(url);
    await execute(url, 'DROP INDEX "Guardian_email_key"');

    expect(await databaseDriftFromSchema(url)).toContain('Guardian_email_key');
  });
});

describe('the two histories', () => {
  it('give every SQLite migration its PostgreSQL counterpart, of the same folder name', () => {
    expect(missingPostgresqlCounterparts()).toEqual([]);
    expect(committed(DEFAULT_POSTGRESQL_MIGRATIONS_DIR)).toEqual(committed(DEFAULT_MIGRATIONS_DIR));
    expect(readFileSync(path.join(DEFAULT_POSTGRESQL_MIGRATIONS_DIR, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
  });

  it('keep semicolons out of comments (the PostgreSQL adapter cuts scripts at each one)', () => {
    for (const folder of committed(DEFAULT_POSTGRESQL_MIGRATIONS_DIR)) {
      const comments = readFileSync(path.join(DEFAULT_POSTGRESQL_MIGRATIONS_DIR, folder, 'migration.sql'), 'utf8')
        .split('\n')
        .filter((line) => line.trimStart().startsWith('--'));
      expect(comments.filter((line) => line.includes(';'))).toEqual([]);
    }
  });
});

describe('creating a migration', () => {
  function copyPrismaFolder(): Required<MigrationPaths> {
    const notSeed = (src: string) => !src.includes(`${path.sep}seed`);
    cpSync(path.dirname(DEFAULT_SCHEMA_PATH), path.join(dir, 'prisma'), { recursive: true, filter: notSeed });
    return {
      schemaPath: path.join(dir, 'prisma', 'schema.prisma'),
      migrationsDir: path.join(dir, 'prisma', 'migrations'),
      postgresqlMigrationsDir: path.join(dir, 'prisma', 'migrations-postgresql'),
    };
  }

  function addGuardianLanguage(paths: Required<MigrationPaths>): void {
    const schema = readFileSync(paths.schemaPath, 'utf8').replace(
      /( {2}phone +String\?\n)/,
      '$1  preferredLanguage String @default("fr")\n',
    );
    expect(schema).toContain('preferredLanguage');
    writeFileSync(paths.schemaPath, schema);
  }

  it(`writes the difference between the migrations and a changed schema (${providers.join(' and ')}), then has nothing to do`, async () => {
    const paths = copyPrismaFolder();
    addGuardianLanguage(paths);

    const folder = await createMigration('Guardian language', paths, new Date('2099-01-02T03:04:05Z'), { providers, shadowServer: testServerUrl() });

    expect(folder).toBe('20990102030405_guardian_language');
    for (const written of providers) {
      const migrationsDir = written === 'sqlite' ? paths.migrationsDir : paths.postgresqlMigrationsDir;
      expect(readFileSync(path.join(migrationsDir, folder!, 'migration.sql'), 'utf8')).toContain('preferredLanguage');
    }
    expect(await createMigration('again', paths, new Date(), { providers, shadowServer: testServerUrl() })).toBeNull();

    const url = await emptyDatabase('with-new');
    expect(await applyMigrations(url, paths)).toEqual([...committedMigrations(), folder]);
    expect(await databaseDriftFromSchema(url, paths)).toBeNull();
  });

  it('starts a migrations folder from scratch, with its lockfile', async () => {
    const paths = { schemaPath: DEFAULT_SCHEMA_PATH, migrationsDir: path.join(dir, 'migrations'), postgresqlMigrationsDir: path.join(dir, 'migrations-postgresql') };
    const folder = await createMigration('init', paths, new Date('2030-05-06T07:08:09Z'), { providers, shadowServer: testServerUrl() });

    expect(folder).toBe('20300506070809_init');
    expect(readFileSync(path.join(paths.migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "sqlite"');
    expect(existsSync(path.join(paths.migrationsDir, folder!, 'migration.sql'))).toBe(true);
    if (providers.includes('postgresql')) {
      expect(readFileSync(path.join(paths.postgresqlMigrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
    }
  });

  (provider === 'postgresql' ? it : it.skip)(
    'after a merge of SQLite-only migrations, writes their PostgreSQL counterparts in one command, which then match the schema',
    async () => {
      const paths = copyPrismaFolder();
      addGuardianLanguage(paths);
      // A branch written before PostgreSQL: its SQLite migration only.
      const theirs = await createMigration('guardian language', paths, new Date('2099-01-02T03:04:05Z'), { providers: ['sqlite'] });
      expect(missingPostgresqlCounterparts(paths)).toEqual([theirs]);
      await expect(createMigration('mine', paths, new Date('2099-02-01T00:00:00Z'), { shadowServer: testServerUrl() })).rejects.toThrow(
        /npm run db:migration:postgresql/,
      );

      expect(await writePostgresqlCounterparts(paths, testServerUrl())).toEqual([theirs]);

      expect(missingPostgresqlCounterparts(paths)).toEqual([]);
      expect(readFileSync(path.join(paths.postgresqlMigrationsDir, theirs!, 'migration.sql'), 'utf8')).toContain('preferredLanguage');
      const url = await emptyDatabase('merged');
      await applyMigrations(url, paths);
      expect(await databaseDriftFromSchema(url, paths)).toBeNull();
      expect(await writePostgresqlCounterparts(paths, testServerUrl())).toEqual([]);
    },
  );
});
