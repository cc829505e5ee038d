/**
 * What a family has booked: for each child asked (all the family's children by
 * default), the booked days and waiting-list places, by day.
 */
import type { IsoDay } from '../domain/day';
import type { BookingLine, BookingQueries } from './ports';

export interface ListBookingsQuery {
  guardianId: number;
  /** Defaults to every child of the guardian's family. */
  childIds?: readonly number[];
  from?: IsoDay;
  to?: IsoDay;
}

export type ListOutcome =
  | { code: 'listed'; childId: number; bookings: BookingLine[] }
  | { code: 'unknown_child'; childId: number }
  | { code: 'not_your_child'; childId: number };

/**
 * One outcome per child: its bookings, or why they cannot be shown.
 * @throws Error when the guardian does not exist.
 */
export async function listBookings(queries: BookingQueries, query: ListBookingsQuery): Promise<ListOutcome[]> {
  const familyId = await queries.familyOfGuardian(query.guardianId);
  if (familyId === null) throw new Error(`Unknown guardian ${query.guardianId}.`);
  const childIds = query.childIds
    ? [...new Set(query.childIds)]
    : (await queries.childrenOfFamily(familyId)).map((child) => child.id);
  const children = new Map((await queries.findChildren(childIds)).map((child) => [child.id, child]));
  const allowed = childIds.filter((id) => children.get(id)?.familyId === familyId);
  const lines = allowed.length > 0 ? await queries.listBookings({ childIds: allowed, from: query.from, to: query.to }) : [];

  return childIds.map((childId): ListOutcome => {
    const child = children.get(childId);
    if (!child) return { code: 'unknown_child', childId };
    if (child.familyId !== familyId) return { code: 'not_your_child', childId };
    return { code: 'listed', childId, bookings: lines.filter((line) => line.childId === childId) };
  });
}
