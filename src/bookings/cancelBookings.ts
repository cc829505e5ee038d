/**
 * Cancel: one or several children, one or several days, one call. A freed place goes
 * at once to the first child of the waiting list, whose family must then be told
 * (flyer: places are limited, a freed place is worth offering).
 */
import type { BookingChangeResult, CancelOutcome } from './outcomes';
import { cancelOutcomeSchema } from './outcomes';
import type { BookingChangeCommand } from './planChanges';
import { guardianActor, idempotentCall, planChanges } from './planChanges';
import type { Actor, BookableDayRecord, BookingDependencies, BookingTransaction, ChildRecord } from './ports';
import { runIdempotently } from './idempotency';

export type CancelCommand = BookingChangeCommand;

/** Notification kind: a waiting child got a place. */
export const WAITLIST_PROMOTED = 'waitlist_promoted';

/** Gives the freed place of `bookableDay` to the first waiting child, if any. */
async function promoteFirstWaiting(
  tx: BookingTransaction,
  bookableDay: BookableDayRecord,
  cause: Actor,
  now: Date,
): Promise<void> {
  if ((await tx.countBooked(bookableDay.id)) >= bookableDay.capacity) return;
  const [first] = await tx.waitingList(bookableDay.id);
  if (!first) return;
  const system: Actor = { kind: 'system', id: 'system', channel: cause.channel };
  const reason = 'place libérée par une annulation';
  const booking = await tx.changeBookingStatus({
    childId: first.childId,
    bookableDayId: bookableDay.id,
    to: 'booked',
    at: now,
    actor: system,
    reason,
  });
  await tx.recordAudit({
    at: now,
    actor: system,
    action: 'booking.promote',
    entityType: 'Booking',
    entityId: String(booking.id),
    details: {
      childId: first.childId,
      day: bookableDay.day,
      activity: bookableDay.activity,
      from: 'waiting',
      to: 'booked',
      reason,
      causedBy: `${cause.kind}:${cause.id}`,
    },
  });
  const [child] = await tx.findChildren([first.childId]);
  for (const guardianId of await tx.guardiansOfFamily(child.familyId)) {
    await tx.enqueueNotification({
      kind: WAITLIST_PROMOTED,
      guardianId,
      bookingId: booking.id,
      payload: { childId: child.id, childFirstName: child.firstName, day: bookableDay.day, activity: bookableDay.activity },
      createdAt: now,
    });
  }
}

async function cancelOne(
  tx: BookingTransaction,
  command: CancelCommand,
  actor: Actor,
  child: ChildRecord,
  bookableDay: BookableDayRecord,
): Promise<CancelOutcome> {
  const existing = await tx.findBooking(child.id, bookableDay.id);
  if (!existing || existing.status === 'cancelled') {
    return { code: 'not_booked', childId: child.id, day: bookableDay.day };
  }
  const booking = await tx.changeBookingStatus({
    childId: child.id,
    bookableDayId: bookableDay.id,
    to: 'cancelled',
    at: command.now,
    actor,
  });
  await tx.recordAudit({
    at: command.now,
    actor,
    action: 'booking.cancel',
    entityType: 'Booking',
    entityId: String(booking.id),
    details: { childId: child.id, day: bookableDay.day, activity: bookableDay.activity, from: existing.status, to: 'cancelled' },
  });
  const wasWaiting = existing.status === 'waiting';
  if (!wasWaiting) await promoteFirstWaiting(tx, bookableDay, actor, command.now);
  return { code: 'cancelled', childId: child.id, day: bookableDay.day, activity: bookableDay.activity, wasWaiting };
}

/**
 * Cancels every asked day for every asked child (bookings and waiting-list places);
 * one outcome per child and day, in the order asked. Replaying `idempotencyKey`
 * returns the first outcomes and changes nothing.
 */
export async function cancelBookings(
  deps: BookingDependencies,
  command: CancelCommand,
): Promise<BookingChangeResult<CancelOutcome>> {
  const actor = guardianActor(command);
  return deps.store.transaction((tx) =>
    runIdempotently(tx, idempotentCall(command, 'cancel'), cancelOutcomeSchema, async () => {
      const outcomes: CancelOutcome[] = [];
      for (const planned of await planChanges(tx, deps.rules, command)) {
        outcomes.push(
          planned.ready ? await cancelOne(tx, command, actor, planned.child, planned.bookableDay) : planned.outcome,
        );
      }
      return outcomes;
    }),
  );
}
