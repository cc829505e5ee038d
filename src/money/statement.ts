/**
 * A family's monthly statement: every booked day of its children, with the rule the
 * service applies (town configuration, tariffs.billing):
 * - attended (or no attendance recorded yet: a booking counts as attended) → billed;
 * - absent without an accepted justification → billed or not, as configured (billed);
 * - absent with an accepted justification → as configured (not billed);
 * - a booking the service accepted late → the day's price plus the late surcharge.
 * The same computation estimates a month to come (nothing recorded yet: all attended).
 */
import type { ActivityCode } from '../config/townConfig';
import type { TariffsConfig } from '../config/tariffsConfig';
import type { IsoDay } from '../domain/day';
import type { Cents } from './money';
import { percentOf } from './money';
import type { DayPrice, PricingProfile } from './tariffs';
import { dayPriceFor } from './tariffs';

/** One kept booking (status "booked") of the month. */
export interface BookedDay {
  bookingId: string;
  childId: number;
  day: IsoDay;
  activity: ActivityCode;
  /** Made after the deadline, accepted by the service. */
  late?: boolean;
}

export type Presence = 'attended' | 'absent_unjustified' | 'absent_justified';

export interface StatementLine extends BookedDay {
  presence: Presence;
  billed: boolean;
  price: DayPrice;
  surchargeCents: Cents;
  /** What the family owes for the day (0 when not billed). */
  amountCents: Cents;
}

export interface ChildTotal {
  childId: number;
  days: number;
  billedDays: number;
  amountCents: Cents;
}

export interface Statement {
  /** 'YYYY-MM' */
  month: string;
  lines: StatementLine[];
  children: ChildTotal[];
  totalCents: Cents;
}

export interface StatementInput {
  month: string;
  bookings: readonly BookedDay[];
  /** Attendance by booking id: false = absent; missing = attended (not recorded yet). */
  present: ReadonlyMap<string, boolean>;
  /** Days with an accepted absence justification, as `${childId}:${day}`. */
  justified: ReadonlySet<string>;
  profile: PricingProfile;
  tariffs: TariffsConfig;
}

export const justifiedKey = (childId: number, day: IsoDay) => `${childId}:${day}`;

export function computeStatement(input: StatementInput): Statement {
  const billing = input.tariffs.billing;
  const lines = [...input.bookings]
    .sort((a, b) => a.day.localeCompare(b.day) || a.childId - b.childId)
    .map((booking): StatementLine => {
      const absent = input.present.get(booking.bookingId) === false;
      const presence: Presence = !absent
        ? 'attended'
        : input.justified.has(justifiedKey(booking.childId, booking.day))
          ? 'absent_justified'
          : 'absent_unjustified';
      const billed =
        presence === 'attended' ||
        (presence === 'absent_unjustified' && billing.absentWithoutJustification === 'billed') ||
        (presence === 'absent_justified' && billing.justifiedAbsence === 'billed');
      const price = dayPriceFor(input.tariffs, booking.activity, input.profile);
      const surchargeCents = billed && booking.late ? percentOf(price.cents, billing.lateBookingSurchargePercent) : 0;
      return { ...booking, presence, billed, price, surchargeCents, amountCents: billed ? price.cents + surchargeCents : 0 };
    });
  const byChild = new Map<number, ChildTotal>();
  for (const line of lines) {
    const total = byChild.get(line.childId) ?? { childId: line.childId, days: 0, billedDays: 0, amountCents: 0 };
    total.days += 1;
    if (line.billed) total.billedDays += 1;
    total.amountCents += line.amountCents;
    byChild.set(line.childId, total);
  }
  return {
    month: input.month,
    lines,
    children: [...byChild.values()].sort((a, b) => a.childId - b.childId),
    totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
  };
}
