/**
 * The mail outbox over Prisma (model OutboxMail). On SQLite (one process) claims are a
 * compare-and-set with a conditional updateMany on (id, lease). On PostgreSQL, where
 * several processes' workers poll together, one statement claims the due rows with
 * `FOR UPDATE SKIP LOCKED`: each worker takes rows no other worker is taking, without
 * waiting for them, and each mail is claimed by one worker.
 */
import { directSqlOf, providerOfClient, sqlDate } from '../database/directSql';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { NewOutboxMessage, OutboxMessage } from '../../mail/outboxMessage';
import type { ClaimRequest, OutboxRepository, SendFailure } from '../../mail/outboxRepository';

/** The transaction handle the use cases pass to `insert` (their own `$transaction`'s). */
export type PrismaTx = Prisma.TransactionClient;

const CLEAR_LEASE = { lockedBy: null, lockedUntil: null } as const;

/** Pending, and not held by a live lease at `now`. */
function claimable(now: Date): Prisma.OutboxMailWhereInput {
  return { status: 'pending', OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] };
}

/** Both halves of the outbox port on the OutboxMail table (passes test/mail/support/outboxRepositoryContract.ts). */
export class PrismaOutboxRepository implements OutboxRepository<PrismaTx> {
  constructor(private readonly prisma: PrismaClient) {}

  async insert(tx: PrismaTx, message: NewOutboxMessage): Promise<void> {
    await tx.outboxMail.create({
      data: {
        messageId: message.messageId,
        payload: message.payload,
        reference: message.reference ?? null,
        createdAt: message.createdAt,
        nextAttemptAt: message.nextAttemptAt,
      },
    });
  }

  async claimDue(request: ClaimRequest): Promise<OutboxMessage[]> {
    if (providerOfClient(this.prisma) === 'postgresql') return this.claimSkippingLocked(request);
    const candidates = await this.prisma.outboxMail.findMany({
      where: { ...claimable(request.now), nextAttemptAt: { lte: request.now } },
      orderBy: { id: 'asc' },
      take: request.limit,
    });
    const claimed: OutboxMessage[] = [];
    for (const row of candidates) {
      const { count } = await this.prisma.outboxMail.updateMany({
        where: { id: row.id, ...claimable(request.now) },
        data: { lockedBy: request.lockedBy, lockedUntil: request.leaseUntil },
      });
      if (count !== 1) continue; // another worker took it between the read and the write
      claimed.push({
        messageId: row.messageId,
        payload: row.payload,
        reference: row.reference ?? undefined,
        createdAt: row.createdAt,
        nextAttemptAt: row.nextAttemptAt,
        status: 'pending',
        attempts: row.attempts,
      });
    }
    return claimed;
  }

  private async claimSkippingLocked(request: ClaimRequest): Promise<OutboxMessage[]> {
    const now = sqlDate(request.now);
    const rows = await directSqlOf(this.prisma).all<{
      id: number;
      messageId: string;
      payload: string;
      reference: string | null;
      createdAt: string;
      nextAttemptAt: string;
      attempts: number;
    }>(
      `UPDATE "OutboxMail" SET "lockedBy" = ?, "lockedUntil" = ?
       WHERE "id" IN (
         SELECT "id" FROM "OutboxMail"
         WHERE "status" = 'pending' AND ("lockedUntil" IS NULL OR "lockedUntil" < ?) AND "nextAttemptAt" <= ?
         ORDER BY "id" LIMIT ? FOR UPDATE SKIP LOCKED)
       RETURNING "id", "messageId", "payload", "reference", "createdAt", "nextAttemptAt", "attempts"`,
      request.lockedBy,
      sqlDate(request.leaseUntil),
      now,
      now,
      request.limit,
    );
    return rows
      .sort((a, b) => a.id - b.id)
      .map((row) => ({
        messageId: row.messageId,
        payload: row.payload,
        reference: row.reference ?? undefined,
        createdAt: new Date(row.createdAt),
        nextAttemptAt: new Date(row.nextAttemptAt),
        status: 'pending' as const,
        attempts: row.attempts,
      }));
  }

  async markSent(messageId: string, sentAt: Date): Promise<void> {
    await this.prisma.outboxMail.updateMany({ where: { messageId }, data: { status: 'sent', sentAt, ...CLEAR_LEASE } });
  }

  async markFailed(messageId: string, lockedBy: string, failure: SendFailure): Promise<void> {
    await this.prisma.outboxMail.updateMany({
      where: { messageId, lockedBy, status: 'pending' },
      data: { attempts: failure.attempts, nextAttemptAt: failure.nextAttemptAt, lastError: failure.error, ...CLEAR_LEASE },
    });
  }

  async markDead(messageId: string, lockedBy: string, failure: { attempts: number; error: string; at: Date }): Promise<void> {
    await this.prisma.outboxMail.updateMany({
      where: { messageId, lockedBy, status: 'pending' },
      data: { status: 'dead', attempts: failure.attempts, lastError: `${failure.at.toISOString()} ${failure.error}`, ...CLEAR_LEASE },
    });
  }

  async renew(messageIds: string[], lockedBy: string, leaseUntil: Date): Promise<number> {
    if (messageIds.length === 0) return 0;
    const { count } = await this.prisma.outboxMail.updateMany({
      where: { messageId: { in: messageIds }, lockedBy, status: 'pending' },
      data: { lockedUntil: leaseUntil },
    });
    return count;
  }

  async release(messageIds: string[], lockedBy: string): Promise<void> {
    if (messageIds.length === 0) return;
    await this.prisma.outboxMail.updateMany({ where: { messageId: { in: messageIds }, lockedBy }, data: CLEAR_LEASE });
  }
}
