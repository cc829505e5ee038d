/** Test hygiene: a template built by this run, and no folder left behind by a suite. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import { testDocuments } from '../dialogs/support/harness';
import { RUN_DIR_VARIABLE } from './testRun';
import { templateLocation, testProvider, testServerUrl } from '../infrastructure/support/testDatabase';
import { onServer } from '../../src/infrastructure/database/temporaryDatabases';

test("the demo database template is this run's, in this run's folder", async () => {
  const runDir = process.env[RUN_DIR_VARIABLE];
  expect(runDir).toBeDefined();
  if (testProvider() === 'postgresql') {
    // PostgreSQL: the template is a database of this run on the test server.
    const names = await onServer(testServerUrl(), async (client) => (await client.query<{ datname: string }>('SELECT datname FROM pg_database')).rows.map((row) => row.datname));
    expect(names).toContain(templateLocation('seeded'));
  } else {
    expect(readdirSync(runDir!)).toContain('seeded.db');
  }
  const db = await createTestDatabase();
  try {
    expect(path.dirname(db.dir)).toBe(runDir);
    // The migrations of this checkout, all applied.
    const applied = await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    const checkout = readdirSync(path.resolve(__dirname, '../../prisma/migrations')).filter((name) => /^\d+_/.test(name));
    expect(applied.map((row) => row.migration_name).sort()).toEqual(checkout.sort());
  } finally {
    await db.drop();
  }
});

test("a suite's database and documents folders are deleted by drop()", async () => {
  const db = await createTestDatabase();
  const documents = testDocuments(db);
  const stored = await documents.store.put(Buffer.from('%PDF-1.4 test'));
  expect(stored).toBeDefined();
  await db.drop();
  expect(existsSync(db.dir)).toBe(false);
});
