/**
 * A real SQLite file in a temporary folder, migrated by the project's own runner:
 * never the developer's database.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import { createPrismaClient } from '../../../src/infrastructure/database/createPrismaClient';
import { applyMigrations } from '../../../src/infrastructure/migrations/migrator';
import { makeRunTempDir } from '../../support/testRun';

export interface TestDatabase {
  dir: string;
  url: string;
  prisma: PrismaClient;
  /** Disconnects and deletes the folder. */
  destroy(): Promise<void>;
}

/** A fresh folder in the test run's temporary folder (removed by the caller, or with the run's). */
export function makeTempDir(prefix = 'periscolaire-test-'): string {
  return makeRunTempDir(prefix);
}

/** Creates, migrates and connects to an empty database in a new temporary folder. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = makeTempDir();
  const url = `file:${path.join(dir, 'test.db')}`;
  await applyMigrations(url);
  const prisma = await createPrismaClient(url);
  return {
    dir,
    url,
    prisma,
    async destroy() {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
