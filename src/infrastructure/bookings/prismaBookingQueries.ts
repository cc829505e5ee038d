/**
 * Read-only booking queries over Prisma, for parents' and staff listings.
 */
import { activityCodeSchema } from '../../config/townConfig';
import type { BookingFilter, BookingLine, BookingQueries, ChildSummary } from '../../bookings/ports';
import { Prisma } from '../../generated/prisma/client';
import type { PrismaClient } from '../../generated/prisma/client';
import type { IsoDay } from '../../domain/day';

/** A row of the listing query (integers may come back as bigint from some drivers: Number() them). */
interface ListedRow {
  id: number | bigint;
  childId: number | bigint;
  bookableDayId: number | bigint;
  status: string;
  firstName: string;
  lastName: string;
  day: IsoDay;
  activityCode: string;
  siteName: string;
}

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

  /**
   * One query joining bookings to their child, day and site (Prisma would issue one per
   * relation), then one for the waiting lists only when a listed booking is waiting.
   */
  async listBookings(filter: BookingFilter): Promise<BookingLine[]> {
    const conditions = [Prisma.sql`b."status" IN ('booked', 'waiting')`];
    if (filter.childIds) {
      if (filter.childIds.length === 0) return [];
      conditions.push(Prisma.sql`b."childId" IN (${Prisma.join([...filter.childIds])})`);
    }
    if (filter.from !== undefined) conditions.push(Prisma.sql`d."day" >= ${filter.from}`);
    if (filter.to !== undefined) conditions.push(Prisma.sql`d."day" <= ${filter.to}`);
    const rows = await this.prisma.$queryRaw<ListedRow[]>`
      SELECT b."id", b."childId", b."bookableDayId", b."status", c."firstName", c."lastName",
             d."day", d."activityCode", s."name" AS "siteName"
      FROM "Booking" b
      JOIN "Child" c ON c."id" = b."childId"
      JOIN "BookableDay" d ON d."id" = b."bookableDayId"
      JOIN "Site" s ON s."id" = d."siteId"
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY d."day" ASC, c."lastName" ASC, c."firstName" ASC`;
    const waitingDays = [...new Set(rows.filter((row) => row.status === 'waiting').map((row) => Number(row.bookableDayId)))];
    const queue =
      waitingDays.length === 0
        ? []
        : await this.prisma.booking.findMany({
            where: { bookableDayId: { in: waitingDays }, status: 'waiting' },
            orderBy: [{ waitingSince: 'asc' }, { id: 'asc' }],
            select: { id: true, bookableDayId: true },
          });
    return rows.map((row): BookingLine => {
      const line: BookingLine = {
        bookingId: Number(row.id),
        childId: Number(row.childId),
        childFirstName: row.firstName,
        childLastName: row.lastName,
        day: row.day,
        activity: activityCodeSchema.parse(row.activityCode),
        siteName: row.siteName,
        status: row.status === 'waiting' ? 'waiting' : 'booked',
      };
      if (row.status === 'waiting') {
        const sameDay = queue.filter((entry) => entry.bookableDayId === Number(row.bookableDayId));
        line.position = sameDay.findIndex((entry) => entry.id === Number(row.id)) + 1;
      }
      return line;
    });
  }
}
