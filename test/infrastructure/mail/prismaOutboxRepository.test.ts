/** The outbox contract suite on the Prisma repository, against a real SQLite file. */
import type { PrismaTx } from '../../../src/infrastructure/mail/prismaOutboxRepository';
import { PrismaOutboxRepository } from '../../../src/infrastructure/mail/prismaOutboxRepository';
import { describeOutboxRepositoryContract } from '../../mail/support/outboxRepositoryContract';
import type { TestDatabase } from '../support/testDatabase';
import { createTestDatabase } from '../support/testDatabase';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.destroy();
});

describeOutboxRepositoryContract<PrismaTx>('Prisma (SQLite file)', async () => {
  await db.prisma.outboxMail.deleteMany();
  const repository = new PrismaOutboxRepository(db.prisma);
  return { repository, transaction: (work) => db.prisma.$transaction((tx) => work(tx)) };
});

describe('PrismaOutboxRepository, beyond the contract', () => {
  it('hands a row to one of two workers claiming at the same time', async () => {
    await db.prisma.outboxMail.deleteMany();
    const repository = new PrismaOutboxRepository(db.prisma);
    const now = new Date('2026-03-09T08:00:00Z');
    await db.prisma.$transaction((tx) =>
      repository.insert(tx, { messageId: '<race@joinvillelepont.fr>', payload: '{}', createdAt: now, nextAttemptAt: now }),
    );
    const leaseUntil = new Date(now.getTime() + 60_000);
    const [a, b] = await Promise.all([
      repository.claimDue({ now, limit: 5, lockedBy: 'a', leaseUntil }),
      repository.claimDue({ now, limit: 5, lockedBy: 'b', leaseUntil }),
    ]);
    expect(a.length + b.length).toBe(1);
  });
});
