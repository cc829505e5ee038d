/**
 * A test-only OutboxRepository kept in memory (no SQL), with transactions that commit or
 * roll back, for the worker's back-off tests and the SMTP tests until the Prisma one exists.
 */
import type { NewOutboxMessage, OutboxMessage, OutboxStatus } from '../../../src/mail/outboxMessage';
import type { ClaimRequest, OutboxRepository, SendFailure } from '../../../src/mail/outboxRepository';

/** A transaction: inserts become visible when it commits. */
export interface InMemoryTransaction {
  staged: NewOutboxMessage[];
}

/** Everything the row would hold in the database. */
export interface InMemoryOutboxRow extends OutboxMessage {
  lockedBy?: string;
  lockedUntil?: Date;
  lastError?: string;
  sentAt?: Date;
}

export class InMemoryOutboxRepository implements OutboxRepository<InMemoryTransaction> {
  private readonly table: InMemoryOutboxRow[] = [];

  /** Runs `work` in a transaction: committed if it resolves, discarded if it throws. */
  async transaction<T>(work: (tx: InMemoryTransaction) => Promise<T>): Promise<T> {
    const tx: InMemoryTransaction = { staged: [] };
    const result = await work(tx);
    for (const message of tx.staged) {
      if (this.table.some((row) => row.messageId === message.messageId)) throw new Error('unique constraint: messageId');
      this.table.push({ ...message, status: 'pending', attempts: 0 });
    }
    return result;
  }

  async insert(tx: InMemoryTransaction, message: NewOutboxMessage): Promise<void> {
    tx.staged.push({ ...message });
  }

  async claimDue(request: ClaimRequest): Promise<OutboxMessage[]> {
    const free = (row: InMemoryOutboxRow) => !row.lockedUntil || row.lockedUntil < request.now;
    const due = this.table.filter((row) => row.status === 'pending' && row.nextAttemptAt <= request.now && free(row)).slice(0, request.limit);
    for (const row of due) {
      row.lockedBy = request.lockedBy;
      row.lockedUntil = request.leaseUntil;
    }
    return due.map(({ lockedBy, lockedUntil, lastError, sentAt, ...message }) => ({ ...message }));
  }

  async markSent(messageId: string, sentAt: Date): Promise<void> {
    const row = this.find(messageId);
    Object.assign(row, { status: 'sent' as OutboxStatus, sentAt, lockedBy: undefined, lockedUntil: undefined });
  }

  async markFailed(messageId: string, lockedBy: string, failure: SendFailure): Promise<void> {
    const row = this.find(messageId);
    if (row.lockedBy !== lockedBy) return;
    Object.assign(row, { attempts: failure.attempts, nextAttemptAt: failure.nextAttemptAt, lastError: failure.error, lockedBy: undefined, lockedUntil: undefined });
  }

  async markDead(messageId: string, lockedBy: string, failure: { attempts: number; error: string; at: Date }): Promise<void> {
    const row = this.find(messageId);
    if (row.lockedBy !== lockedBy) return;
    Object.assign(row, { status: 'dead' as OutboxStatus, attempts: failure.attempts, lastError: failure.error, lockedBy: undefined, lockedUntil: undefined });
  }

  async release(messageIds: string[], lockedBy: string): Promise<void> {
    for (const row of this.table) {
      if (messageIds.includes(row.messageId) && row.lockedBy === lockedBy) Object.assign(row, { lockedBy: undefined, lockedUntil: undefined });
    }
  }

  async renew(messageIds: string[], lockedBy: string, leaseUntil: Date): Promise<number> {
    const held = this.table.filter((row) => messageIds.includes(row.messageId) && row.lockedBy === lockedBy && row.status === 'pending');
    for (const row of held) row.lockedUntil = leaseUntil;
    return held.length;
  }

  /** A snapshot of the table, for assertions. */
  rows(): InMemoryOutboxRow[] {
    return this.table.map((row) => ({ ...row }));
  }

  private find(messageId: string): InMemoryOutboxRow {
    const row = this.table.find((candidate) => candidate.messageId === messageId);
    if (!row) throw new Error(`no outbox row ${messageId}`);
    return row;
  }
}
