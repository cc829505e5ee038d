/**
 * A real database per test suite (never the dev database), copied from this run's
 * seeded template (test/globalSetup.ts), so each suite starts from the same demo data:
 * a SQLite file, or a PostgreSQL database with TEST_DATABASE=postgresql
 * (test/infrastructure/support/testDatabase.ts).
 */
import { createTownRules } from '../../../src/domain/createTownRules';
import type { TownRules } from '../../../src/domain/townRules';
import type { PrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import { createTestDatabase as createDatabase } from '../../infrastructure/support/testDatabase';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  rules: TownRules;
  /** The suite's own temporary folder (documents…), deleted by drop(). */
  dir: string;
  /** Disconnects and deletes the database and the folder. */
  drop(): Promise<void>;
}

let rules: TownRules | undefined;

export async function createTestDatabase(): Promise<TestDatabase> {
  rules ??= createTownRules();
  const db = await createDatabase('seeded');
  return { url: db.url, prisma: db.prisma, rules, dir: db.dir, drop: () => db.destroy() };
}
