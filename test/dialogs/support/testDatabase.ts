/**
 * A real SQLite file per test suite (never the dev database): migrated and seeded once
 * into a template, then copied, so each suite starts from the same demo data.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDatabase } from '../../../prisma/seed/seedDatabase';
import { createTownRules } from '../../../src/domain/createTownRules';
import type { TownRules } from '../../../src/domain/townRules';
import { createPrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import type { PrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import { applyMigrations } from '../../../src/infrastructure/migrations/migrator';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  rules: TownRules;
  /** Disconnects and deletes the file. */
  drop(): Promise<void>;
}

const TEMPLATE = path.join(tmpdir(), `periscolaire-template-${process.pid}.db`);
let rules: TownRules | undefined;

async function template(): Promise<string> {
  rules ??= createTownRules();
  if (existsSync(TEMPLATE)) return TEMPLATE;
  const building = `${TEMPLATE}.${Math.random().toString(36).slice(2)}`;
  await applyMigrations(`file:${building}`);
  const prisma = await createPrismaClient(`file:${building}`);
  await seedDatabase(prisma, rules, { demo: true });
  await prisma.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  await prisma.$disconnect();
  if (!existsSync(TEMPLATE)) copyFileSync(building, TEMPLATE);
  rmSync(building, { force: true });
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  return TEMPLATE;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const source = await template();
  const dir = mkdtempSync(path.join(tmpdir(), 'periscolaire-test-'));
  const file = path.join(dir, 'test.db');
  copyFileSync(source, file);
  const url = `file:${file}`;
  const prisma = await createPrismaClient(url);
  return {
    url,
    prisma,
    rules: rules!,
    drop: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
