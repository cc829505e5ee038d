/**
 * Cancel: one or several children, one or several days, one call. A freed place goes
 * at once to the first child of the waiting list, whose family must then be told
 * (flyer: places are limited, a freed place is worth offering).
 */
import type { BookingChangeResult, CancelOutcome } from './outcomes';
import { cancelOutcomeSchema } from './outcomes';
import type { BookingChangeCommand, PlannedChange } from './planChanges';
import { guardianActor, idempotentCall, planChanges } from './planChanges';
import type { Actor, BookableDayRecord, BookingDependencies, BookingRecord, BookingTransaction, ChildRecord } from './ports';
import { runIdempotently } from './idempotency';

export type CancelCommand = BookingChangeCommand;

/** Notification kind: a waiting child got a place. */
export const WAITLIST_PROMOTED = 'waitlist_promoted';

/**
 * Gives the freed place of `bookableDay` to the first waiting child, if any, and tells
 * their family. Also used when staff cancel a booking (src/requests/applyAcceptedChange.ts).
 * Returns the promoted booking, if any.
 */
export async function promoteFirstWaiting(
  tx: BookingTransaction,
  bookableDay: BookableDayRecord,
  cause: Actor,
  now: Date,
): Promise<BookingRecord | undefined> {
  if ((await tx.countBooked(bookableDay.id)) >= bookableDay.capacity) return undefined;
  const [first] = await tx.waitingList(bookableDay.id);
  if (!first) return undefined;
  const system: Actor = { kind: 'system', id: 'system', channel: cause.channel };
  const reason = 'place libérée par une annulation';
  const booking = await tx.changeBookingStatus({
    childId: first.childId,
    bookableDayId: bookableDay.id,
    to: 'booked',
    at: now,
    actor: system,
    reason,
    from: 'waiting',
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
  return booking;
}

const bookingKey = (childId: number, bookableDayId: number) => `${childId}|${bookableDayId}`;

/** The bookings of every child and day of the call, read at once (one query), kept up to date below. */
async function readBookings(tx: BookingTransaction, planned: readonly PlannedChange[]): Promise<Map<string, BookingRecord>> {
  const ready = planned.flatMap((change) => (change.ready ? [change] : []));
  const childIds = [...new Set(ready.map((change) => change.child.id))];
  const dayIds = [...new Set(ready.map((change) => change.bookableDay.id))];
  const bookings = await tx.findBookings(childIds, dayIds);
  return new Map(bookings.map((booking) => [bookingKey(booking.childId, booking.bookableDayId), booking]));
}

async function cancelOne(
  tx: BookingTransaction,
  command: CancelCommand,
  actor: Actor,
  child: ChildRecord,
  bookableDay: BookableDayRecord,
  bookings: Map<string, BookingRecord>,
): Promise<CancelOutcome> {
  const existing = bookings.get(bookingKey(child.id, bookableDay.id));
  if (!existing || existing.status === 'cancelled') {
    return { code: 'not_booked', childId: child.id, day: bookableDay.day };
  }
  const booking = await tx.changeBookingStatus({
    childId: child.id,
    bookableDayId: bookableDay.id,
    to: 'cancelled',
    at: command.now,
    actor,
    from: existing.status,
  });
  bookings.set(bookingKey(child.id, bookableDay.id), booking);
  await tx.recordAudit({
    at: command.now,
    actor,
    action: 'booking.cancel',
    entityType: 'Booking',
    entityId: String(booking.id),
    details: { childId: child.id, day: bookableDay.day, activity: bookableDay.activity, from: existing.status, to: 'cancelled' },
  });
  const wasWaiting = existing.status === 'waiting';
  if (!wasWaiting) {
    // The promoted child may be one of this call's too: its next step must see it booked.
    const promoted = await promoteFirstWaiting(tx, bookableDay, actor, command.now);
    if (promoted) bookings.set(bookingKey(promoted.childId, promoted.bookableDayId), promoted);
  }
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
      const plan = await planChanges(tx, deps.rules, command);
      const bookings = await readBookings(tx, plan);
      for (const planned of plan) {
        outcomes.push(
          planned.ready
            ? await cancelOne(tx, command, actor, planned.child, planned.bookableDay, bookings)
            : planned.outcome,
        );
      }
      return outcomes;
    }),
  );
}
