/**
 * Migrating beside other processes: two processes starting together migrate once; a
 * migration command beside a running assistant says "up to date" when nothing is due,
 * and what to do when a SQLite migration is due (the engine needs the file to itself).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import { describeDatabase } from '../../../src/infrastructure/database/databaseUrl';
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_POSTGRESQL_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  MigrationBlockedError,
  applyMigrations,
  migrationsDirFor,
} from '../../../src/infrastructure/migrations/migrator';
import { migrationNames } from '../../../src/infrastructure/migrations/migrationsDirectory';
import { runScript } from '../support/runScript';
import { createEmptyDatabase, makeTempDir, testProvider } from '../support/testDatabase';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const provider = testProvider();
const committed = migrationNames(migrationsDirFor(provider));

let dir: string;
const drops: Array<() => Promise<void>> = [];

beforeEach(() => {
  dir = makeTempDir('periscolaire-migrate-');
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

/** `npm run db:migrate` in its own process, not blocking this one. */
function migrateInChild(url: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, path.join(ROOT, 'scripts', 'db-migrate.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe(`applying migrations beside other processes (${provider})`, () => {
  it('two processes starting together on a new database: both succeed, the migrations run once', async () => {
    const url = await emptyDatabase('together');

    const runs = await Promise.all([migrateInChild(url), migrateInChild(url)]);

    expect(runs.map((run) => [run.status, run.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const outputs = runs.map((run) => run.stdout);
    expect(outputs.filter((out) => out.includes(`applied ${committed.length} migration(s)`))).toHaveLength(1);
    expect(outputs.filter((out) => out.includes('already up to date'))).toHaveLength(1);
  }, 120_000);

  it('two calls at once in one process: one applies, the other finds nothing left to do', async () => {
    const url = await emptyDatabase('at-once');
    const results = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect(results.map((applied) => applied.length).sort()).toEqual([0, committed.length]);
  });

  it('npm run db:migrate beside a running assistant (its connection open): "already up to date", not an engine error', async () => {
    const url = await emptyDatabase('served');
    await applyMigrations(url);
    const assistant = await createPrismaClient(url);
    try {
      await assistant.guardian.count();
      const run = runScript('db-migrate.ts', [], { DATABASE_URL: url });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`${describeDatabase(url)}: already up to date.`);
    } finally {
      await assistant.$disconnect();
    }
  });

  (provider === 'sqlite' ? it : it.skip)(
    'a SQLite migration due while the assistant has the file open: says to stop it, migrate, start again — and changes nothing',
    async () => {
      const prisma = path.join(dir, 'prisma');
      cpSync(DEFAULT_MIGRATIONS_DIR, path.join(prisma, 'migrations'), { recursive: true });
      cpSync(DEFAULT_POSTGRESQL_MIGRATIONS_DIR, path.join(prisma, 'migrations-postgresql'), { recursive: true });
      const paths = { schemaPath: DEFAULT_SCHEMA_PATH, migrationsDir: path.join(prisma, 'migrations'), postgresqlMigrationsDir: path.join(prisma, 'migrations-postgresql') };
      const url = await emptyDatabase('due');
      await applyMigrations(url, paths);
      mkdirSync(path.join(paths.migrationsDir, '20990101000000_later'));
      writeFileSync(path.join(paths.migrationsDir, '20990101000000_later', 'migration.sql'), 'CREATE INDEX "Family_name_idx" ON "Family"("name");\n');

      const assistant = await createPrismaClient(url);
      try {
        await assistant.guardian.count();
        const attempt = applyMigrations(url, paths);
        await expect(attempt).rejects.toBeInstanceOf(MigrationBlockedError);
        await expect(attempt).rejects.toThrow(/open by another process.*Stop it, run npm run db:migrate, then start it again/);
      } finally {
        await assistant.$disconnect();
      }
      // Once the file is free, the same command applies it.
      expect(await applyMigrations(url, paths)).toEqual(['20990101000000_later']);
    },
  );
});
