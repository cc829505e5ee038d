/**
 * Each change carries a key (the incoming message's id). The first outcome is stored
 * under it in the same transaction as the change; a replay returns it untouched.
 */
import { z } from 'zod';
import type { BookingChangeResult } from './outcomes';
import type { BookingTransaction } from './ports';

/** A key reused for another operation or by another person: a caller's bug, not a user's. */
export class IdempotencyConflictError extends Error {
  constructor(key: string) {
    super(`Idempotency key "${key}" was already used for another operation or by another actor.`);
    this.name = 'IdempotencyConflictError';
  }
}

export interface IdempotentCall {
  key: string;
  operation: string;
  actorId: string;
  now: Date;
}

/**
 * Runs `work` unless `call.key` was seen, in which case the stored outcomes are
 * returned (validated against `schema`) and nothing else happens.
 */
export async function runIdempotently<T>(
  tx: BookingTransaction,
  call: IdempotentCall,
  schema: z.ZodType<T>,
  work: () => Promise<T[]>,
): Promise<BookingChangeResult<T>> {
  const previous = await tx.findIdempotencyRecord(call.key);
  if (previous) {
    if (previous.operation !== call.operation || previous.actorId !== call.actorId) {
      throw new IdempotencyConflictError(call.key);
    }
    return { outcomes: z.array(schema).parse(previous.outcome), replayed: true };
  }
  const outcomes = await work();
  await tx.saveIdempotencyRecord({
    key: call.key,
    operation: call.operation,
    actorId: call.actorId,
    outcome: outcomes,
    createdAt: call.now,
  });
  return { outcomes, replayed: false };
}
