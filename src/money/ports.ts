/**
 * What the money use cases need from the outside world; Prisma implements them in
 * src/infrastructure/money, tests use fakes.
 */
import type { IsoDay } from '../domain/day';
import type { Cents } from './money';
import type { BookedDay } from './statement';

/**
 * Attendance recorded by staff (the console's attendance feature). `true` present,
 * `false` absent; a booking missing from the map counts as attended (not recorded yet).
 */
export interface AttendanceSource {
  presentByBooking(bookingIds: string[]): Promise<Map<string, boolean>>;
}

/** Until the attendance feature is wired: nothing recorded, every booking counts as attended. */
export const NO_ATTENDANCE_RECORDED: AttendanceSource = {
  presentByBooking: async () => new Map(),
};

export interface MoneyChild {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: IsoDay;
}

export interface MoneyFamily {
  id: number;
  name: string;
  /** Reference of the family in the treasury's exports. */
  billingReference: string | null;
  quotient: number | null;
  quotientBracket: string | null;
  resident: boolean;
  guardians: Array<{ civility: string; firstName: string; lastName: string }>;
  children: MoneyChild[];
}

export interface PaymentRecord {
  id: number;
  familyId: number;
  /** Set when the payment is for one child; otherwise shared between the children. */
  childId: number | null;
  day: IsoDay;
  amountCents: Cents;
  reference: string;
  source: string;
}

export interface MoneyStore {
  familyOfGuardian(guardianId: number): Promise<MoneyFamily | undefined>;
  family(familyId: number): Promise<MoneyFamily | undefined>;
  /** Kept bookings (status booked) of the family's children between two days, included. */
  bookedDays(familyId: number, from: IsoDay, to: IsoDay): Promise<BookedDay[]>;
  /** Days with an accepted absence justification, as `${childId}:${day}`, between two days. */
  justifiedDays(familyId: number, from: IsoDay, to: IsoDay): Promise<Set<string>>;
  payments(familyId: number, from: IsoDay, to: IsoDay): Promise<PaymentRecord[]>;
}
