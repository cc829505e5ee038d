/**
 * Pieces every request use case shares: the request number taken in the transaction,
 * and idempotency on the incoming message's key (stored in the same table as the
 * booking changes' keys).
 */
import type { z } from 'zod';
import { IdempotencyConflictError } from '../bookings/idempotency';
import type { Actor } from '../bookings/ports';
import { formatRequestNumber, numberingYear, requestSequenceName } from './requestNumber';
import type { RequestTransaction } from './ports';

/** The next number of the year of `now` in the town's time zone, e.g. "D-2026-000124". */
export async function nextRequestNumber(tx: RequestTransaction, now: Date, timeZone: string): Promise<string> {
  const year = numberingYear(now, timeZone);
  return formatRequestNumber(year, await tx.nextSequenceValue(requestSequenceName(year)));
}

/** The guardian as an actor of history and audit rows. */
export function guardianActor(guardianId: number, channel: string): Actor {
  return { kind: 'guardian', id: String(guardianId), channel };
}

export interface IdempotentRequestCall {
  key: string;
  operation: 'late_request' | 'absence_justification' | 'service_message' | 'dossier' | 'quotient_familial';
  guardianId: number;
  now: Date;
}

/**
 * Returns the stored result when `call.key` was seen (validated by `schema`), else runs
 * `work`; a result `work` marks `keep` is stored under the key in the same transaction.
 * @throws IdempotencyConflictError when the key was used for something else or by someone else.
 */
export async function runOnce<T>(
  tx: RequestTransaction,
  call: IdempotentRequestCall,
  schema: z.ZodType<T>,
  work: () => Promise<{ result: T; keep: boolean }>,
): Promise<{ result: T; replayed: boolean }> {
  const actorId = `guardian:${call.guardianId}`;
  const previous = await tx.bookings.findIdempotencyRecord(call.key);
  if (previous) {
    if (previous.operation !== call.operation || previous.actorId !== actorId) throw new IdempotencyConflictError(call.key);
    return { result: schema.parse(previous.outcome), replayed: true };
  }
  const { result, keep } = await work();
  if (keep) {
    await tx.bookings.saveIdempotencyRecord({ key: call.key, operation: call.operation, actorId, outcome: result, createdAt: call.now });
  }
  return { result, replayed: false };
}

/** Distinct values, first occurrence order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Whether every document is this guardian's, not yet carried by a request, and not purged. */
export async function documentsUsable(tx: RequestTransaction, guardianId: number, documentIds: readonly string[]): Promise<boolean> {
  const found = await tx.findDocuments(documentIds);
  const usable = found.filter((doc) => doc.guardianId === guardianId && doc.requestId === null && doc.purgedAt === null);
  return usable.length === documentIds.length;
}
