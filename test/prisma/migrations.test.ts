import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  applyMigrations,
  createMigration,
  databaseDriftFromSchema,
  pendingSchemaChanges,
} from '../../src/infrastructure/migrations/migrator';
import { makeTempDir } from '../infrastructure/support/testDatabase';

let dir: string;

beforeEach(() => {
  dir = makeTempDir('periscolaire-migrations-');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const committedMigrations = () =>
  readdirSync(DEFAULT_MIGRATIONS_DIR).filter((name) => /^\d{14}_/.test(name)).sort();

describe('the committed migrations', () => {
  it('applied to an empty database give exactly prisma/schema.prisma (empty diff)', async () => {
    const url = `file:${path.join(dir, 'fresh.db')}`;
    const applied = await applyMigrations(url);

    expect(applied).toEqual(committedMigrations());
    expect(await databaseDriftFromSchema(url)).toBeNull();
  });

  it('are recorded in _prisma_migrations as prisma migrate deploy does, and applied only once', async () => {
    const url = `file:${path.join(dir, 'twice.db')}`;
    await applyMigrations(url);
    expect(await applyMigrations(url)).toEqual([]);

    // The engine released the file: another connection can take the write lock at once.
    const db = new Database(path.join(dir, 'twice.db'), { timeout: 0 });
    try {
      db.exec('BEGIN IMMEDIATE; COMMIT;');
      const rows = db.prepare('SELECT migration_name, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations').all();
      expect(rows).toEqual(
        committedMigrations().map((name) =>
          expect.objectContaining({
            migration_name: name,
            finished_at: expect.any(String),
            rolled_back_at: null,
            applied_steps_count: 1,
          }),
        ),
      );
    } finally {
      db.close();
    }
  });

  it('match the schema: nothing is pending for a new migration', async () => {
    expect(await pendingSchemaChanges()).toBeNull();
  });

  it('the drift check does see a database that differs from the schema', async () => {
    const url = `file:${path.join(dir, 'drifted.db')}`;
    await applyMigrations(url);
    const db = new Database(path.join(dir, 'drifted.db'));
    db.exec('DROP INDEX "Guardian_email_key"');
    db.close();

    expect(await databaseDriftFromSchema(url)).toContain('Guardian_email_key');
  });
});

describe('creating a migration', () => {
  function copyPrismaFolder(): { schemaPath: string; migrationsDir: string } {
    const notSeed = (src: string) => !src.includes(`${path.sep}seed`);
    cpSync(path.dirname(DEFAULT_SCHEMA_PATH), path.join(dir, 'prisma'), { recursive: true, filter: notSeed });
    return { schemaPath: path.join(dir, 'prisma', 'schema.prisma'), migrationsDir: path.join(dir, 'prisma', 'migrations') };
  }

  it('writes the difference between the migrations and a changed schema, then has nothing to do', async () => {
    const paths = copyPrismaFolder();
    const schema = readFileSync(paths.schemaPath, 'utf8').replace(
      '  phone           String?\n',
      '  phone           String?\n  preferredLanguage String @default("fr")\n',
    );
    writeFileSync(paths.schemaPath, schema);

    const folder = await createMigration('Guardian language', paths, new Date('2099-01-02T03:04:05Z'));

    expect(folder).toBe('20990102030405_guardian_language');
    const sql = readFileSync(path.join(paths.migrationsDir, folder!, 'migration.sql'), 'utf8');
    expect(sql).toContain('preferredLanguage');
    expect(await createMigration('again', paths)).toBeNull();

    const url = `file:${path.join(dir, 'with-new.db')}`;
    expect(await applyMigrations(url, paths)).toEqual([...committedMigrations(), folder]);
    expect(await databaseDriftFromSchema(url, paths)).toBeNull();
  });

  it('starts a migrations folder from scratch, with its lockfile', async () => {
    const paths = { schemaPath: DEFAULT_SCHEMA_PATH, migrationsDir: path.join(dir, 'migrations') };
    const folder = await createMigration('init', paths, new Date('2030-05-06T07:08:09Z'));

    expect(folder).toBe('20300506070809_init');
    expect(readFileSync(path.join(paths.migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "sqlite"');
    expect(existsSync(path.join(paths.migrationsDir, folder!, 'migration.sql'))).toBe(true);
  });
});
