/** Limits kept in the database: they survive a restart and name no address in clear. */
import { createPrismaClient } from '../../src/infrastructure/database/createPrismaClient';
import { AttemptLimiter } from '../../src/security/attemptLimiter';
import { PrismaAttemptStore } from '../../src/security/prismaAttemptStore';
import { createTestDatabase } from '../dialogs/support/testDatabase';
import type { TestDatabase } from '../dialogs/support/testDatabase';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.drop();
});

const NOW = new Date('2026-03-02T09:00:00Z');
const LIMIT = { max: 3, windowMs: 3_600_000 };

test('counts survive a restart of the process (a new connection to the same file)', async () => {
  const limiter = new AttemptLimiter(new PrismaAttemptStore(db.prisma), LIMIT);
  for (let i = 0; i < 3; i++) await limiter.record(['link.code.address:camille.martin@example.fr'], NOW);
  const restarted = await createPrismaClient(db.url);
  try {
    const again = new AttemptLimiter(new PrismaAttemptStore(restarted), LIMIT);
    expect(await again.allows(['link.code.address:camille.martin@example.fr'], NOW)).toBe(false);
    expect(await again.allows(['link.code.address:karim.benali@example.fr'], NOW)).toBe(true);
    expect(await again.allows(['link.code.address:camille.martin@example.fr'], new Date(NOW.getTime() + LIMIT.windowMs))).toBe(true);
  } finally {
    await restarted.$disconnect();
  }
});

test('keys are stored hashed; a success clears them; the purge deletes what no window counts', async () => {
  const store = new PrismaAttemptStore(db.prisma);
  await store.add(['staff.login.email:agent@joinvillelepont.fr', 'staff.login.address:10.0.0.1'], NOW);
  await store.add(['staff.login.email:agent@joinvillelepont.fr'], new Date(NOW.getTime() + 60_000));
  const rows = await db.prisma.attemptRecord.findMany();
  expect(rows).toHaveLength(3);
  expect(JSON.stringify(rows)).not.toMatch(/joinvillelepont|10\.0\.0\.1/);
  expect(await store.purge(new Date(NOW.getTime() + 1))).toBe(2);
  await store.clear(['staff.login.email:agent@joinvillelepont.fr']);
  expect(await db.prisma.attemptRecord.count()).toBe(0);
});
