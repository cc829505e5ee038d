/**
 * Late requests ("réservations hors délais", flyer): after a deadline the parent cannot
 * change a booking themselves; the request goes to the service's mailbox, which decides.
 * The request and its mail are written in ONE transaction (the outbox): both or neither.
 */
import { z } from 'zod';
import type { IsoDay } from '../domain/day';
import { parseIsoDay } from '../domain/day';
import { lateRequestMail } from './lateRequestMail';
import { requestMessagesFr } from './messages.fr';
import type { RequestDependencies } from './ports';
import type { ChildSnapshot, LateAction } from './requestPayload';
import { guardianActor, nextRequestNumber, runOnce, unique } from './requestSupport';

export interface LateRequestCommand {
  guardianId: number;
  childIds: readonly number[];
  /** reserve/cancel: the days asked; modify: the days to free. */
  days: readonly IsoDay[];
  /** modify only: the days to book instead (required for modify). */
  newDays?: readonly IsoDay[];
  action: LateAction;
  /** What the parent wrote, sent as is to the service. */
  parentWords: string;
  channel: string;
  /** The incoming message's id: the same key twice is one request. */
  idempotencyKey: string;
  now: Date;
}

const rejectionCodeSchema = z.enum(['no_children', 'no_days', 'unknown_child', 'not_your_child']);
/** What is stored under the idempotency key (only `submitted` is ever kept). */
const storedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('submitted'), number: z.string() }),
  z.object({ status: z.literal('rejected'), code: rejectionCodeSchema, childIds: z.array(z.number().int()) }),
]);
type Stored = z.infer<typeof storedSchema>;

/** `submitted` with the request number, or why nothing was sent (nothing written then). */
export type LateRequestResult =
  | { status: 'submitted'; number: string; replayed: boolean }
  | { status: 'rejected'; code: z.infer<typeof rejectionCodeSchema>; childIds: number[] };

/**
 * Creates the late request (kind late_request, status submitted, history row) and
 * enqueues the structured mail to the town's mailbox, reply-to the guardian, in the
 * same transaction. Replaying `idempotencyKey` returns the same number and sends nothing.
 * @throws Error when the guardian does not exist or `newDays` is missing for modify (callers' bugs).
 */
export async function submitLateRequest(deps: RequestDependencies, command: LateRequestCommand): Promise<LateRequestResult> {
  const childIds = unique(command.childIds);
  const days = unique(command.days.map(parseIsoDay)).sort();
  const newDays = unique((command.newDays ?? []).map(parseIsoDay)).sort();
  if (command.action === 'modify' && newDays.length === 0) throw new Error('A late "modify" request needs newDays.');
  if (childIds.length === 0) return { status: 'rejected', code: 'no_children', childIds: [] };
  if (days.length === 0) return { status: 'rejected', code: 'no_days', childIds };

  let queued = false;
  const outcome = await deps.store.transaction(async (tx) => {
    const call = { key: command.idempotencyKey, operation: 'late_request' as const, guardianId: command.guardianId, now: command.now };
    return runOnce(tx, call, storedSchema, async (): Promise<{ result: Stored; keep: boolean }> => {
      const guardian = await tx.findGuardian(command.guardianId);
      if (!guardian) throw new Error(`Unknown guardian ${command.guardianId}.`);
      const found = new Map((await tx.bookings.findChildren(childIds)).map((child) => [child.id, child]));
      const unknown = childIds.filter((id) => !found.has(id));
      if (unknown.length > 0) return { result: { status: 'rejected', code: 'unknown_child', childIds: unknown }, keep: false };
      const foreign = childIds.filter((id) => found.get(id)!.familyId !== guardian.familyId);
      if (foreign.length > 0) return { result: { status: 'rejected', code: 'not_your_child', childIds: foreign }, keep: false };

      const children: ChildSnapshot[] = childIds.map((id) => {
        const { firstName, lastName } = found.get(id)!;
        return { id, firstName, lastName };
      });
      const number = await nextRequestNumber(tx, command.now, deps.rules.timeZone);
      const mail = lateRequestMail(deps.rules, {
        number,
        mailbox: deps.settings.mailbox,
        guardian,
        children,
        action: command.action,
        days,
        newDays,
        parentWords: command.parentWords,
        channel: command.channel,
        now: command.now,
      });
      const { messageId } = await tx.enqueueMail(mail);
      await tx.createRequest({
        number,
        kind: 'late_request',
        guardianId: guardian.id,
        childId: children.length === 1 ? children[0].id : null,
        channel: command.channel,
        payload: { type: 'late_request', action: command.action, children, days, newDays, parentWords: command.parentWords, messageId },
        createdAt: command.now,
        actor: guardianActor(guardian.id, command.channel),
        comment: requestMessagesFr.history.submitted,
      });
      queued = true;
      return { result: { status: 'submitted', number }, keep: true };
    });
  });
  if (queued) deps.onMailQueued?.();
  const { result, replayed } = outcome;
  return result.status === 'submitted' ? { status: 'submitted', number: result.number, replayed } : result;
}
