/**
 * Read-only booking queries over Prisma, for parents' and staff listings.
 */
import { activityCodeSchema } from '../../config/townConfig';
import type { BookingFilter, BookingLine, BookingQueries, ChildSummary } from '../../bookings/ports';
import type { PrismaClient } from '../../generated/prisma/client';

const childFields = { id: true, familyId: true, firstName: true, lastName: true } as const;

/** Lower case, accents and extra spaces removed: "Léa  MARTIN" → "lea martin". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Listings for parents (through the use cases) and staff (the bookings command). */
export class PrismaBookingQueries implements BookingQueries {
  constructor(private readonly prisma: PrismaClient) {}

  findChildren(childIds: readonly number[]): Promise<ChildSummary[]> {
    return this.prisma.child.findMany({ where: { id: { in: [...childIds] } }, select: childFields });
  }

  async familyOfGuardian(guardianId: number): Promise<number | null> {
    const guardian = await this.prisma.guardian.findUnique({ where: { id: guardianId }, select: { familyId: true } });
    return guardian?.familyId ?? null;
  }

  childrenOfFamily(familyId: number): Promise<ChildSummary[]> {
    return this.prisma.child.findMany({ where: { familyId }, select: childFields, orderBy: { birthDate: 'asc' } });
  }

  /** Compares normalised names in memory: a town's children fit easily, and SQLite's
   * LIKE knows neither accents nor PostgreSQL's collations. */
  async findChildrenByName(fullName: string): Promise<ChildSummary[]> {
    const wanted = normaliseName(fullName);
    const children = await this.prisma.child.findMany({ select: childFields, orderBy: { id: 'asc' } });
    return children.filter((child) =>
      [`${child.firstName} ${child.lastName}`, `${child.lastName} ${child.firstName}`].some(
        (name) => normaliseName(name) === wanted,
      ),
    );
  }

  async listBookings(filter: BookingFilter): Promise<BookingLine[]> {
    const rows = await this.prisma.booking.findMany({
      where: {
        status: { in: ['booked', 'waiting'] },
        ...(filter.childIds ? { childId: { in: [...filter.childIds] } } : {}),
        bookableDay: { day: { gte: filter.from, lte: filter.to } },
      },
      include: { child: true, bookableDay: { include: { site: true } } },
      orderBy: [{ bookableDay: { day: 'asc' } }, { child: { lastName: 'asc' } }, { child: { firstName: 'asc' } }],
    });
    const waitingDays = [...new Set(rows.filter((row) => row.status === 'waiting').map((row) => row.bookableDayId))];
    const queue = await this.prisma.booking.findMany({
      where: { bookableDayId: { in: waitingDays }, status: 'waiting' },
      orderBy: [{ waitingSince: 'asc' }, { id: 'asc' }],
      select: { id: true, bookableDayId: true },
    });
    return rows.map((row): BookingLine => {
      const line: BookingLine = {
        bookingId: row.id,
        childId: row.childId,
        childFirstName: row.child.firstName,
        childLastName: row.child.lastName,
        day: row.bookableDay.day,
        activity: activityCodeSchema.parse(row.bookableDay.activityCode),
        siteName: row.bookableDay.site.name,
        status: row.status === 'waiting' ? 'waiting' : 'booked',
      };
      if (row.status === 'waiting') {
        const sameDay = queue.filter((entry) => entry.bookableDayId === row.bookableDayId);
        line.position = sameDay.findIndex((entry) => entry.id === row.id) + 1;
      }
      return line;
    });
  }
}
