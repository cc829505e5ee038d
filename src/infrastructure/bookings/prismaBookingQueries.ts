/**
 * Read-only booking queries over Prisma, for parents' and staff listings.
 */
import { activityCodeSchema } from '../../config/townConfig';
import type { BookingFilter, BookingLine, BookingQueries, BookingStatus, ChildSummary, SiteDayOfChild } from '../../bookings/ports';
import type { PrismaClient } from '../../generated/prisma/client';
import type { IsoDay } from '../../domain/day';
import { directSqlOf } from '../database/directSql';
import type { SqlValue } from '../database/directSql';

/** A row of the listing query (integers may come back as bigint from some drivers: Number() them). */
interface ListedRow extends Record<string, unknown> {
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

  /**
   * A parent's every listing asks the next three: plain SQL on the direct channel
   * (src/infrastructure/database/directSql.ts, portable to PostgreSQL as written there).
   */
  async findChildren(childIds: readonly number[]): Promise<ChildSummary[]> {
    if (childIds.length === 0) return [];
    const rows = await directSqlOf(this.prisma).all<ChildSummary & Record<string, unknown>>(
      `SELECT "id", "familyId", "firstName", "lastName" FROM "Child" WHERE "id" IN (${childIds.map(() => '?').join(', ')})`,
      ...childIds,
    );
    return rows.map((row) => ({ id: Number(row.id), familyId: Number(row.familyId), firstName: row.firstName, lastName: row.lastName }));
  }

  async familyOfGuardian(guardianId: number): Promise<number | null> {
    const [row] = await directSqlOf(this.prisma).all<{ familyId: number }>(`SELECT "familyId" FROM "Guardian" WHERE "id" = ?`, guardianId);
    return row ? Number(row.familyId) : null;
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
   * Plain SQL on the direct channel (see findChildren).
   */
  async listBookings(filter: BookingFilter): Promise<BookingLine[]> {
    const conditions = [`b."status" IN ('booked', 'waiting')`];
    const args: SqlValue[] = [];
    if (filter.childIds) {
      if (filter.childIds.length === 0) return [];
      conditions.push(`b."childId" IN (${filter.childIds.map(() => '?').join(', ')})`);
      args.push(...filter.childIds);
    }
    if (filter.from !== undefined) conditions.push(`d."day" >= ?`), args.push(filter.from);
    if (filter.to !== undefined) conditions.push(`d."day" <= ?`), args.push(filter.to);
    const sql = directSqlOf(this.prisma);
    const rows = await sql.all<ListedRow>(
      `SELECT b."id", b."childId", b."bookableDayId", b."status", c."firstName", c."lastName",
             d."day", d."activityCode", s."name" AS "siteName"
      FROM "Booking" b
      JOIN "Child" c ON c."id" = b."childId"
      JOIN "BookableDay" d ON d."id" = b."bookableDayId"
      JOIN "Site" s ON s."id" = d."siteId"
      WHERE ${conditions.join(' AND ')}
      ORDER BY d."day" ASC, c."lastName" ASC, c."firstName" ASC`,
      ...args,
    );
    const waitingDays = [...new Set(rows.filter((row) => row.status === 'waiting').map((row) => Number(row.bookableDayId)))];
    const queue =
      waitingDays.length === 0
        ? []
        : (
            await sql.all<{ id: number; bookableDayId: number }>(
              `SELECT "id", "bookableDayId" FROM "Booking" WHERE "bookableDayId" IN (${waitingDays.map(() => '?').join(', ')})
               AND "status" = 'waiting' ORDER BY "waitingSince" ASC, "id" ASC`,
              ...waitingDays,
            )
          ).map((entry) => ({ id: Number(entry.id), bookableDayId: Number(entry.bookableDayId) }));
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

  /** One read for a confirmation's preview (portable SQL on the direct channel, see findChildren). */
  async siteDaysOf(childIds: readonly number[], days: readonly IsoDay[]): Promise<SiteDayOfChild[]> {
    if (childIds.length === 0 || days.length === 0) return [];
    const rows = await directSqlOf(this.prisma).all<Record<string, unknown>>(
      `SELECT c."id" AS "childId", d."day", d."capacity", d."closedReason", b."status",
              (SELECT COUNT(*) FROM "Booking" x WHERE x."bookableDayId" = d."id" AND x."status" = 'booked') AS "booked"
      FROM "Child" c
      JOIN "School" s ON s."id" = c."schoolId"
      JOIN "BookableDay" d ON d."siteId" = s."siteId"
      LEFT JOIN "Booking" b ON b."childId" = c."id" AND b."bookableDayId" = d."id"
      WHERE c."id" IN (${childIds.map(() => '?').join(', ')}) AND d."day" IN (${days.map(() => '?').join(', ')})`,
      ...childIds,
      ...days,
    );
    return rows.map((row) => ({
      childId: Number(row.childId),
      day: String(row.day),
      capacity: Number(row.capacity),
      closedReason: row.closedReason === null || row.closedReason === undefined ? null : String(row.closedReason),
      booked: Number(row.booked),
      status: row.status === null || row.status === undefined ? null : (String(row.status) as BookingStatus),
    }));
  }
}
