/**
 * The money use cases of one family: its prices, a month's statement (or the estimate
 * of a month to come), its payments, and the figures of the payment attestation.
 */
import type { TariffsConfig } from '../config/tariffsConfig';
import type { IsoDay } from '../domain/day';
import type { Cents } from './money';
import { splitProportionally } from './money';
import type { AttendanceSource, MoneyChild, MoneyFamily, MoneyStore, PaymentRecord } from './ports';
import { NO_ATTENDANCE_RECORDED } from './ports';
import type { Statement } from './statement';
import { computeStatement } from './statement';
import type { PricingProfile } from './tariffs';

/** 'YYYY-MM' → first and last day. */
export function monthBounds(month: string): { from: IsoDay; to: IsoDay } {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export interface ChildAttestation {
  child: MoneyChild;
  /** Billed for the child's care in the year (statements of its twelve months). */
  billedCents: Cents;
  /** The year's payments attributed to the child (own payments + its share of shared ones). */
  paidCents: Cents;
  /** Under the tax credit's age limit on 1 January of the year. */
  underAgeLimit: boolean;
}

export interface AttestationFigures {
  family: MoneyFamily;
  year: number;
  payments: PaymentRecord[];
  children: ChildAttestation[];
  totalPaidCents: Cents;
}

export class FamilyMoney {
  constructor(
    private readonly store: MoneyStore,
    readonly tariffs: TariffsConfig,
    private readonly attendance: AttendanceSource = NO_ATTENDANCE_RECORDED,
  ) {}

  familyOfGuardian(guardianId: number): Promise<MoneyFamily | undefined> {
    return this.store.familyOfGuardian(guardianId);
  }

  family(familyId: number): Promise<MoneyFamily | undefined> {
    return this.store.family(familyId);
  }

  profileOf(family: Pick<MoneyFamily, 'quotient' | 'resident'>): PricingProfile {
    return { quotient: family.quotient, resident: family.resident };
  }

  /** The statement of a month (bookings × prices, attendance and justifications applied). */
  async statement(family: MoneyFamily, month: string): Promise<Statement> {
    const { from, to } = monthBounds(month);
    return this.statementBetween(family, month, from, to);
  }

  private async statementBetween(family: MoneyFamily, month: string, from: IsoDay, to: IsoDay): Promise<Statement> {
    const bookings = await this.store.bookedDays(family.id, from, to);
    const [present, justified] = await Promise.all([
      bookings.length > 0 ? this.attendance.presentByBooking(bookings.map((b) => b.bookingId)) : Promise.resolve(new Map<string, boolean>()),
      this.store.justifiedDays(family.id, from, to),
    ]);
    return computeStatement({ month, bookings, present, justified, profile: this.profileOf(family), tariffs: this.tariffs });
  }

  payments(family: MoneyFamily, from: IsoDay, to: IsoDay): Promise<PaymentRecord[]> {
    return this.store.payments(family.id, from, to);
  }

  /**
   * The attestation's figures for a calendar year: what was paid in the year, per child.
   * A payment for one child goes to that child; a shared payment is split between the
   * children in proportion to what each was billed in the year (money.ts, largest remainder).
   */
  async attestation(family: MoneyFamily, year: number): Promise<AttestationFigures> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const [payments, yearly] = await Promise.all([this.store.payments(family.id, from, to), this.statementBetween(family, String(year), from, to)]);
    const billed = family.children.map((child) => yearly.children.find((c) => c.childId === child.id)?.amountCents ?? 0);
    const paid = family.children.map(() => 0);
    for (const payment of payments) {
      const own = family.children.findIndex((child) => child.id === payment.childId);
      if (own >= 0) paid[own] += payment.amountCents;
      else splitProportionally(payment.amountCents, billed).forEach((part, index) => (paid[index] += part));
    }
    const limit = this.tariffs.attestation.taxCreditAgeLimit;
    return {
      family,
      year,
      payments,
      children: family.children.map((child, index) => ({
        child,
        billedCents: billed[index],
        paidCents: paid[index],
        underAgeLimit: ageOn(child.birthDate, `${year}-01-01`) < limit,
      })),
      totalPaidCents: payments.reduce((sum, p) => sum + p.amountCents, 0),
    };
  }
}

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: IsoDay, day: IsoDay): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
