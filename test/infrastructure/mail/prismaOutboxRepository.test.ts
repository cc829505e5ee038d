/** The outbox contract suite on the Prisma repository, against a real SQLite file. */
import type { PrismaTx } from '../../../src/infrastructure/mail/prismaOutboxRepository';
import { PrismaOutboxRepository } from '../../../src/infrastructure/mail/prismaOutboxRepository';
import { describeOutboxRepositoryContract } from '../../mail/support/outboxRepositoryContract';
import type { TestDatabase } from '../support/testDatabase';
import { createTestDatabase, testProvider } from '../support/testDatabase';

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

/** PostgreSQL only: an embedded SQLite file is served by one process (serverLock.ts). */
(testProvider() === 'postgresql' ? describe : describe.skip)('several processes on PostgreSQL (FOR UPDATE SKIP LOCKED)', () => {
  it('three workers on their own connections each claim different mails, every mail once', async () => {
    await db.prisma.outboxMail.deleteMany();
    const { createPrismaClient } = await import('../../../src/infrastructure/database/createPrismaClient');
    const others = [await createPrismaClient(db.url), await createPrismaClient(db.url)];
    try {
      const now = new Date('2026-03-09T08:00:00Z');
      const repository = new PrismaOutboxRepository(db.prisma);
      await db.prisma.$transaction(async (tx) => {
        for (let i = 0; i < 30; i++) {
          await repository.insert(tx, { messageId: `<m${i}@joinvillelepont.fr>`, payload: '{}', createdAt: now, nextAttemptAt: now });
        }
      });
      const leaseUntil = new Date(now.getTime() + 60_000);
      const workers = [db.prisma, ...others].map((client, n) => new PrismaOutboxRepository(client).claimDue({ now, limit: 12, lockedBy: `w${n}`, leaseUntil }));
      const claims = (await Promise.all(workers)).flat().map((mail) => mail.messageId);
      expect(new Set(claims).size).toBe(claims.length);
      expect(claims.length).toBe(30);
      expect(await db.prisma.outboxMail.count({ where: { lockedBy: null } })).toBe(0);
    } finally {
      for (const other of others) await other.$disconnect();
    }
  });
});
