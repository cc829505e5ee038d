/**
 * Once per test run, before any test file: this run's database templates, migrated by
 * the project's own runner and seeded by its own seed (test/infrastructure/support/testDatabase.ts).
 * Built fresh every run, so that a changed migration is always what the tests see.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { seedDatabase } from '../prisma/seed/seedDatabase';
import { createTownRules } from '../src/domain/createTownRules';
import { createPrismaClient } from '../src/infrastructure/database/createPrismaClient';
import { createDatabase } from '../src/infrastructure/database/temporaryDatabases';
import { applyMigrations } from '../src/infrastructure/migrations/migrator';
import { RUN_ENV, templateLocation, testProvider, testServerUrl } from './infrastructure/support/testDatabase';

async function build(url: string, seeded: boolean): Promise<void> {
  await applyMigrations(url);
  if (!seeded) return;
  const prisma = await createPrismaClient(url);
  try {
    await seedDatabase(prisma, createTownRules(), { demo: true });
    if (testProvider() === 'sqlite') await prisma.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await prisma.$disconnect();
  }
}

export default async function globalSetup(): Promise<void> {
  const runId = randomBytes(4).toString('hex');
  process.env[RUN_ENV.id] = runId;
  process.env[RUN_ENV.dir] = mkdtempSync(path.join(os.tmpdir(), 'periscolaire-run-'));
  if (testProvider() === 'postgresql') {
    const server = testServerUrl();
    let urls: string[];
    try {
      urls = [await createDatabase(server, templateLocation('migrated')), await createDatabase(server, templateLocation('seeded'))];
    } catch (error) {
      throw new Error(`TEST_DATABASE=${process.env.TEST_DATABASE}: PostgreSQL unreachable on ${server} (${(error as Error).message}).`);
    }
    // Dropped at the end of the run with every database it made (globalTeardown.ts).
    await build(urls[0], false);
    await build(urls[1], true);
    return;
  }
  await build(`file:${templateLocation('migrated')}`, false);
  await build(`file:${templateLocation('seeded')}`, true);
}
