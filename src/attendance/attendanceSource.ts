/**
 * The attendance staff record in the console, as the money feature reads it: a booking
 * is billed as attended unless staff marked the child absent (`countsAsAttended`).
 */
import type { AttendanceSource } from '../money/ports';
import { countsAsAttended } from './attendance';
import type { AttendanceStore } from './attendance';

export function attendanceSource(store: AttendanceStore): AttendanceSource {
  return {
    async presentByBooking(bookingIds) {
      const ids = bookingIds.map(Number).filter((id) => Number.isSafeInteger(id));
      const marks = await store.ofBookings(ids);
      const present = new Map<string, boolean>();
      for (const [id, mark] of marks) present.set(String(id), countsAsAttended(mark));
      return present;
    },
  };
}
