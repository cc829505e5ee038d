/**
 * A real SQLite file per test suite (never the dev database): the migrations and the
 * seed of this checkout are applied once per test run into a template (see
 * test/support/testRun.ts), then copied, so each suite starts from the same demo data.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { seedDatabase } from '../../../prisma/seed/seedDatabase';
import { createTownRules } from '../../../src/domain/createTownRules';
import type { TownRules } from '../../../src/domain/townRules';
import { createPrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import type { PrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import { applyMigrations } from '../../../src/infrastructure/migrations/migrator';
import { makeRunTempDir, testRunDir } from '../../support/testRun';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  rules: TownRules;
  /** The suite's own temporary folder (the database file, documents…), deleted by drop(). */
  dir: string;
  /** Disconnects and deletes the folder. */
  drop(): Promise<void>;
}

let rules: TownRules | undefined;

const templatePath = () => path.join(testRunDir(), 'template.db');

/** Migrates and seeds the run's template unless it exists (jest's global setup builds it first). */
export async function buildTemplate(): Promise<string> {
  rules ??= createTownRules();
  const template = templatePath();
  if (existsSync(template)) return template;
  const building = `${template}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await applyMigrations(`file:${building}`);
  const prisma = await createPrismaClient(`file:${building}`);
  await seedDatabase(prisma, rules, { demo: true });
  await prisma.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  await prisma.$disconnect();
  // Atomic: a worker that built it too replaces it with the same content.
  renameSync(building, template);
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  return template;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const source = await buildTemplate();
  const dir = makeRunTempDir('db-');
  const file = path.join(dir, 'test.db');
  copyFileSync(source, file);
  const url = `file:${file}`;
  const prisma = await createPrismaClient(url);
  return {
    url,
    prisma,
    rules: rules!,
    dir,
    drop: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
