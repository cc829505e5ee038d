/**
 * Attendance: whether a booked child came, as staff mark it in the console. This is the
 * record the monthly statements read (money issue): until staff mark a booking, it counts
 * as attended (a day not yet recorded is billed as booked).
 */

/** One booking's mark. */
export interface AttendanceMark {
  bookingId: number;
  present: boolean;
  /** StaffAccount id of who marked it last. */
  markedById: number;
  markedByName: string;
  markedAt: Date;
}

/** No mark: attended (the day's attendance is not recorded yet); else what staff marked. */
export function countsAsAttended(mark: AttendanceMark | undefined): boolean {
  return mark === undefined ? true : mark.present;
}

export interface AttendanceStore {
  /** The marks of these bookings (bookings never marked are absent from the map). */
  ofBookings(bookingIds: readonly number[]): Promise<Map<number, AttendanceMark>>;
  /** Marks a booking present or absent, replacing an earlier mark. */
  mark(input: { bookingId: number; present: boolean; staff: { id: number; name: string }; at: Date }): Promise<AttendanceMark>;
}
