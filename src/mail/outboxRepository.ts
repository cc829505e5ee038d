/**
 * The outbox's storage port, in two halves: the writer the use cases call inside their
 * own transaction, and the queue the worker drains.
 *
 * A Prisma implementation (see outbox.prisma.txt) maps it as follows:
 * - `insert(tx, m)`: `tx.outboxMail.create(...)` with the `Prisma.TransactionClient` of the
 *   caller's `$transaction`, so the mail exists if and only if the request does;
 * - `claimDue`: `findMany` pending rows with `nextAttemptAt <= now` and no live lease
 *   (`lockedUntil` null or `< now`), ordered by id, then for each one a conditional
 *   `updateMany({ where: { id, <same lease condition> }, data: { lockedBy, lockedUntil } })`
 *   and keep the rows whose count is 1 — a compare-and-set that is safe on SQLite and
 *   PostgreSQL without raw SQL, even with two workers;
 * - the `mark*`/`release`/`renew` calls are `updateMany` on `messageId` (and `lockedBy` where said).
 */
import type { NewOutboxMessage, OutboxMessage } from './outboxMessage';

/** The half used by use cases: `Tx` is the storage's transaction handle. */
export interface OutboxWriter<Tx> {
  /** Adds the row within `tx`: committed or rolled back together with the caller's own writes. */
  insert(tx: Tx, message: NewOutboxMessage): Promise<void>;
}

/** What a worker asks for when it claims. */
export interface ClaimRequest {
  now: Date;
  limit: number;
  /** The worker's id, recorded on the rows it holds. */
  lockedBy: string;
  /** Until when the rows are the worker's; after that, another worker may take them (crash recovery). */
  leaseUntil: Date;
}

/** The failure of one send, and when to try again. */
export interface SendFailure {
  attempts: number;
  nextAttemptAt: Date;
  error: string;
}

/** The half used by the worker. */
export interface OutboxQueue {
  /**
   * Pending rows due at `now` and not held by a live lease, oldest first, now held by
   * `lockedBy` until `leaseUntil`. A row is never handed to two workers at once.
   */
  claimDue(request: ClaimRequest): Promise<OutboxMessage[]>;
  /** The mail was accepted by the relay: status sent, lease cleared. Unconditional (sent wins). */
  markSent(messageId: string, sentAt: Date): Promise<void>;
  /** A send failed: attempts, error and next attempt recorded, lease cleared — if `lockedBy` still holds it. */
  markFailed(messageId: string, lockedBy: string, failure: SendFailure): Promise<void>;
  /** Given up after repeated permanent refusals: status dead, for an operator — if `lockedBy` still holds it. */
  markDead(messageId: string, lockedBy: string, failure: Omit<SendFailure, 'nextAttemptAt'> & { at: Date }): Promise<void>;
  /** Hands back rows claimed but not attempted (worker stopping), without counting an attempt. */
  release(messageIds: string[], lockedBy: string): Promise<void>;
  /** Extends to `leaseUntil` the claims `lockedBy` still holds on pending rows; returns how many. */
  renew(messageIds: string[], lockedBy: string, leaseUntil: Date): Promise<number>;
}

/** Both halves, as one storage adapter implements them. */
export type OutboxRepository<Tx> = OutboxWriter<Tx> & OutboxQueue;
