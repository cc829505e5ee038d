/**
 * Reserve: one or several children, one or several days, one call. Places are counted
 * and taken inside the transaction that holds the day's lock, so two parents can never
 * take the last place together.
 */
import type { BookingChangeResult, ReserveOutcome } from './outcomes';
import { reserveOutcomeSchema } from './outcomes';
import type { BookingChangeCommand, PlannedChange } from './planChanges';
import { guardianActor, idempotentCall, planChanges } from './planChanges';
import type { Actor, BookableDayRecord, BookingDependencies, BookingRecord, BookingTransaction, ChildRecord } from './ports';
import { runIdempotently } from './idempotency';

export interface ReserveCommand extends BookingChangeCommand {
  /** When a day is full, put the child on its waiting list instead of answering `full`. */
  joinWaitingList?: boolean;
}

async function positionOf(tx: BookingTransaction, bookableDayId: number, bookingId: number): Promise<number> {
  const waiting = await tx.waitingList(bookableDayId);
  return waiting.findIndex((booking) => booking.id === bookingId) + 1;
}

/**
 * What the reservation reads before deciding, for all its children and days at once
 * (two queries, whatever the number of days): the existing bookings and the places
 * taken per site day. Read after the days are locked; kept up to date as places are taken.
 */
interface Snapshot {
  existing: Map<string, BookingRecord>;
  booked: Map<number, number>;
}

const bookingKey = (childId: number, bookableDayId: number) => `${childId}|${bookableDayId}`;

async function readSnapshot(tx: BookingTransaction, planned: readonly PlannedChange[]): Promise<Snapshot> {
  const ready = planned.flatMap((change) => (change.ready && !change.bookableDay.closedReason ? [change] : []));
  const childIds = [...new Set(ready.map((change) => change.child.id))];
  const dayIds = [...new Set(ready.map((change) => change.bookableDay.id))];
  if (dayIds.length === 0) return { existing: new Map(), booked: new Map() };
  const [bookings, booked] = [await tx.findBookings(childIds, dayIds), await tx.countBookedByDay(dayIds)];
  return { existing: new Map(bookings.map((booking) => [bookingKey(booking.childId, booking.bookableDayId), booking])), booked };
}

async function reserveOne(
  tx: BookingTransaction,
  command: ReserveCommand,
  actor: Actor,
  child: ChildRecord,
  bookableDay: BookableDayRecord,
  snapshot: Snapshot,
): Promise<ReserveOutcome> {
  const target = { childId: child.id, day: bookableDay.day, activity: bookableDay.activity };
  if (bookableDay.closedReason) {
    const { day, closedReason } = bookableDay;
    return { code: 'closed_day', childId: child.id, day, reason: 'closed_by_service', detail: closedReason };
  }
  const existing = snapshot.existing.get(bookingKey(child.id, bookableDay.id));
  if (existing?.status === 'booked') return { code: 'already_booked', ...target };
  if (existing?.status === 'waiting') {
    return { code: 'waitlisted', ...target, position: await positionOf(tx, bookableDay.id, existing.id) };
  }

  const booked = snapshot.booked.get(bookableDay.id) ?? 0;
  const hasPlace = booked < bookableDay.capacity;
  if (!hasPlace && !command.joinWaitingList) {
    const waitingCount = (await tx.waitingList(bookableDay.id)).length;
    return { code: 'full', ...target, capacity: bookableDay.capacity, waitingCount };
  }

  const to = hasPlace ? 'booked' : 'waiting';
  const booking = await tx.changeBookingStatus({
    childId: child.id,
    bookableDayId: bookableDay.id,
    to,
    waitingSince: to === 'waiting' ? command.now : undefined,
    at: command.now,
    actor,
    from: existing?.status ?? null,
  });
  snapshot.existing.set(bookingKey(child.id, bookableDay.id), booking);
  if (to === 'booked') snapshot.booked.set(bookableDay.id, booked + 1);
  await tx.recordAudit({
    at: command.now,
    actor,
    action: to === 'booked' ? 'booking.reserve' : 'booking.waitlist',
    entityType: 'Booking',
    entityId: String(booking.id),
    details: {
      childId: child.id,
      day: bookableDay.day,
      activity: bookableDay.activity,
      siteId: bookableDay.siteId,
      from: existing?.status ?? null,
      to,
    },
  });
  if (to === 'booked') return { code: 'booked', ...target };
  return { code: 'waitlisted', ...target, position: await positionOf(tx, bookableDay.id, booking.id) };
}

/**
 * Reserves every asked day for every asked child; one outcome per child and day, in the
 * order asked. Partial success is normal. Replaying `idempotencyKey` returns the first
 * outcomes and changes nothing.
 */
export async function reserveBookings(
  deps: BookingDependencies,
  command: ReserveCommand,
): Promise<BookingChangeResult<ReserveOutcome>> {
  const actor = guardianActor(command);
  return deps.store.transaction((tx) =>
    runIdempotently(
      tx,
      idempotentCall(command, 'reserve'),
      reserveOutcomeSchema,
      async () => {
        const outcomes: ReserveOutcome[] = [];
        const plan = await planChanges(tx, deps.rules, command);
        const snapshot = await readSnapshot(tx, plan);
        for (const planned of plan) {
          outcomes.push(
            planned.ready
              ? await reserveOne(tx, command, actor, planned.child, planned.bookableDay, snapshot)
              : planned.outcome,
          );
        }
        return outcomes;
      },
    ),
  );
}
