/**
 * Plugs the booking use cases (src/bookings) into the dialogs' FamilyBookings port:
 * outcomes become the dialogs' day-by-day values; ownership is checked by the use
 * cases themselves (not_your_child), whatever ids reach them.
 */
import { cancelBookings } from '../bookings/cancelBookings';
import { listBookings } from '../bookings/listBookings';
import type { BookingDependencies, BookingQueries } from '../bookings/ports';
import { previewChanges } from '../bookings/previewChanges';
import type { DayPreview } from '../bookings/previewChanges';
import { reserveBookings } from '../bookings/reserveBookings';
import type { BookingChange, BookingLine, DayOutcome, FamilyBookings } from '../../dialogs/services';

export class UseCaseBookings implements FamilyBookings {
  constructor(
    private readonly deps: BookingDependencies,
    private readonly queries: BookingQueries,
  ) {}

  preview(change: { guardianId: number; mode: 'reserve' | 'cancel'; childIds: number[]; days: string[]; now: Date }): Promise<DayPreview[]> {
    return previewChanges(this.queries, this.deps.rules, change);
  }

  async reserve(change: BookingChange & { joinWaitlist?: boolean }): Promise<DayOutcome[]> {
    const { joinWaitlist, ...command } = change;
    const result = await reserveBookings(this.deps, { ...command, joinWaitingList: joinWaitlist ?? false });
    return result.outcomes.map(({ code, childId, day }) => ({ code, childId, day }));
  }

  async cancel(change: BookingChange): Promise<DayOutcome[]> {
    const result = await cancelBookings(this.deps, change);
    return result.outcomes.map(({ code, childId, day }) => ({ code, childId, day }));
  }

  async list(query: { guardianId: number; childIds: number[]; from: string; to: string }): Promise<BookingLine[]> {
    const outcomes = await listBookings(this.queries, query);
    return outcomes.flatMap((outcome) =>
      outcome.code === 'listed'
        ? outcome.bookings.map((line) => ({ childId: line.childId, day: line.day, status: line.status }))
        : [],
    );
  }
}
