/**
 * Staff view: the bookings of a child found by name, or of every child on a day.
 */
import type { IsoDay } from '../domain/day';
import type { BookingLine, BookingQueries, ChildSummary } from './ports';

export type BookingSearch = { childName: string } | { day: IsoDay };

export interface BookingSearchResult {
  /** The children the name matched (empty for a day search). */
  children: ChildSummary[];
  bookings: BookingLine[];
}

/** Finds the bookings (booked and waiting) of a child by name, or of a day. */
export async function searchBookings(queries: BookingQueries, search: BookingSearch): Promise<BookingSearchResult> {
  if ('day' in search) return { children: [], bookings: await queries.listBookings({ from: search.day, to: search.day }) };
  const children = await queries.findChildrenByName(search.childName);
  if (children.length === 0) return { children, bookings: [] };
  return { children, bookings: await queries.listBookings({ childIds: children.map((child) => child.id) }) };
}
