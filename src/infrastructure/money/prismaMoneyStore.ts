/** The money feature's store on Prisma (SQLite and PostgreSQL alike: plain queries, days as text). */
import { activityCodeSchema } from '../../config/townConfig';
import type { IsoDay } from '../../domain/day';
import type { PrismaClient } from '../../generated/prisma/client';
import type { MoneyFamily, MoneyStore, PaymentRecord } from '../../money/ports';
import type { BookedDay } from '../../money/statement';
import { justifiedKey } from '../../money/statement';
import { parseRequestPayload } from '../../requests/requestPayload';

const FAMILY_SELECT = {
  id: true,
  name: true,
  billingReference: true,
  quotient: true,
  quotientBracket: true,
  resident: true,
  guardians: { select: { civility: true, firstName: true, lastName: true }, orderBy: { id: 'asc' as const } },
  children: { select: { id: true, firstName: true, lastName: true, birthDate: true }, orderBy: { birthDate: 'asc' as const } },
} as const;

export class PrismaMoneyStore implements MoneyStore {
  constructor(private readonly prisma: PrismaClient) {}

  async familyOfGuardian(guardianId: number): Promise<MoneyFamily | undefined> {
    const guardian = await this.prisma.guardian.findUnique({ where: { id: guardianId }, select: { familyId: true } });
    return guardian ? this.family(guardian.familyId) : undefined;
  }

  async family(familyId: number): Promise<MoneyFamily | undefined> {
    return (await this.prisma.family.findUnique({ where: { id: familyId }, select: FAMILY_SELECT })) ?? undefined;
  }

  async bookedDays(familyId: number, from: IsoDay, to: IsoDay): Promise<BookedDay[]> {
    const rows = await this.prisma.booking.findMany({
      where: { status: 'booked', child: { familyId }, bookableDay: { day: { gte: from, lte: to } } },
      select: {
        id: true,
        childId: true,
        bookableDay: { select: { day: true, activityCode: true } },
        history: { where: { toStatus: 'booked' }, orderBy: { at: 'desc' }, take: 1, select: { actorKind: true } },
      },
    });
    return rows.map((row) => ({
      bookingId: String(row.id),
      childId: row.childId,
      day: row.bookableDay.day,
      activity: activityCodeSchema.parse(row.bookableDay.activityCode),
      // Booked by the service (a late request it accepted): the late surcharge applies, if any.
      late: row.history[0]?.actorKind === 'staff',
    }));
  }

  async justifiedDays(familyId: number, from: IsoDay, to: IsoDay): Promise<Set<string>> {
    const rows = await this.prisma.request.findMany({
      where: { kind: 'absence_justification', status: 'accepted', guardian: { familyId } },
      select: { payload: true },
    });
    const days = new Set<string>();
    for (const row of rows) {
      const payload = parseRequestPayload(row.payload);
      if (payload.type !== 'absence_justification') continue;
      for (const child of payload.children) for (const day of payload.days) if (day >= from && day <= to) days.add(justifiedKey(child.id, day));
    }
    return days;
  }

  async payments(familyId: number, from: IsoDay, to: IsoDay): Promise<PaymentRecord[]> {
    return this.prisma.payment.findMany({
      where: { familyId, day: { gte: from, lte: to } },
      orderBy: [{ day: 'asc' }, { id: 'asc' }],
      select: { id: true, familyId: true, childId: true, day: true, amountCents: true, reference: true, source: true },
    });
  }
}
