/**
 * The booking use cases' transaction port in plain SQL: the one implementation of the
 * booking rules' storage, on SQLite and PostgreSQL alike (src/infrastructure/database/directSql.ts).
 *
 * Why plain SQL: a reservation is about ten statements; as Prisma model queries in an
 * interactive transaction they cost ~3 ms of CPU, as prepared statements a few tens of µs
 * (measured under `npm run bench`, see the README's "Load test").
 *
 * Capacity: each day row is written first (UPDATE … RETURNING), one at a time in a fixed
 * order (planChanges sorts them), before places are counted and taken. On SQLite that
 * write holds the database's write lock to COMMIT (the transaction began with BEGIN
 * IMMEDIATE and holds the connection); on PostgreSQL it holds the day row's lock, so a
 * second reservation of the same day waits, then counts (READ COMMITTED: each statement
 * sees what committed before it) the places the first one took
 * (test/infrastructure/bookings/capacityUnderConcurrency.test.ts, on both databases).
 *
 * The session is the store's own transaction (sqlBookingStore.ts), or a Prisma interactive
 * transaction's raw queries when a staff decision changes bookings together with its
 * request (prismaRequestTransaction.ts). Instants are read back as text or Date,
 * depending on the database: `new Date(value)` takes both.
 */
import { activityCodeSchema } from '../../config/townConfig';
import type { IsoDay } from '../../domain/day';
import type {
  AuditRecord,
  BookableDayRecord,
  BookingRecord,
  BookingStatus,
  BookingTransaction,
  ChildRecord,
  IdempotencyRecord,
  NotificationRecord,
  StatusChange,
} from '../../bookings/ports';
import type { SqlSession, SqlValue } from '../database/directSql';
import { sqlDate } from '../database/directSql';

const BOOKING_FIELDS = `"id", "childId", "bookableDayId", "status", "waitingSince"`;

interface BookingRow {
  id: number;
  childId: number;
  bookableDayId: number;
  status: BookingStatus;
  waitingSince: string | Date | null;
  [column: string]: unknown;
}

function bookingOf(row: BookingRow): BookingRecord {
  return {
    id: row.id,
    childId: row.childId,
    bookableDayId: row.bookableDayId,
    status: row.status,
    waitingSince: row.waitingSince === null ? null : new Date(row.waitingSince),
  };
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

export class SqlBookingTransaction implements BookingTransaction {
  constructor(private readonly sql: SqlSession) {}

  async findIdempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    const [row] = await this.sql.all<{ key: string; operation: string; actorId: string; outcome: string; createdAt: string | Date }>(
      `SELECT "key", "operation", "actorId", "outcome", "createdAt" FROM "IdempotencyKey" WHERE "key" = ?`,
      key,
    );
    return row ? { ...row, outcome: JSON.parse(row.outcome) as unknown, createdAt: new Date(row.createdAt) } : null;
  }

  async saveIdempotencyRecord(record: IdempotencyRecord): Promise<void> {
    await this.sql.run(
      `INSERT INTO "IdempotencyKey" ("key", "operation", "actorId", "outcome", "createdAt") VALUES (?, ?, ?, ?, ?)`,
      record.key,
      record.operation,
      record.actorId,
      JSON.stringify(record.outcome),
      sqlDate(record.createdAt),
    );
  }

  async familyOfGuardian(guardianId: number): Promise<number | null> {
    const [row] = await this.sql.all<{ familyId: number }>(`SELECT "familyId" FROM "Guardian" WHERE "id" = ?`, guardianId);
    return row?.familyId ?? null;
  }

  async guardiansOfFamily(familyId: number): Promise<number[]> {
    const rows = await this.sql.all<{ id: number }>(`SELECT "id" FROM "Guardian" WHERE "familyId" = ? ORDER BY "id" ASC`, familyId);
    return rows.map((row) => row.id);
  }

  async findChildren(childIds: readonly number[]): Promise<ChildRecord[]> {
    if (childIds.length === 0) return [];
    const rows = await this.sql.all<ChildRecord & Record<string, unknown>>(
      `SELECT c."id", c."familyId", c."firstName", c."lastName", s."siteId"
       FROM "Child" c JOIN "School" s ON s."id" = c."schoolId"
       WHERE c."id" IN (${placeholders(childIds)})`,
      ...childIds,
    );
    return rows.map((row) => ({ id: row.id, familyId: row.familyId, firstName: row.firstName, lastName: row.lastName, siteId: row.siteId }));
  }

  /** Each day row written first, one at a time in the caller's order (see above). */
  async lockBookableDays(keys: ReadonlyArray<{ siteId: number; day: IsoDay }>): Promise<BookableDayRecord[]> {
    const records: BookableDayRecord[] = [];
    for (const { siteId, day } of keys) {
      const rows = await this.sql.all<{ id: number; siteId: number; day: IsoDay; activityCode: string; capacity: number; closedReason: string | null }>(
        `UPDATE "BookableDay" SET "lockVersion" = "lockVersion" + 1 WHERE "siteId" = ? AND "day" = ?
         RETURNING "id", "siteId", "day", "activityCode", "capacity", "closedReason"`,
        siteId,
        day,
      );
      for (const row of rows) {
        records.push({
          id: row.id,
          siteId: row.siteId,
          day: row.day,
          activity: activityCodeSchema.parse(row.activityCode),
          capacity: row.capacity,
          closedReason: row.closedReason,
        });
      }
    }
    return records;
  }

  async findBooking(childId: number, bookableDayId: number): Promise<BookingRecord | null> {
    const [row] = await this.sql.all<BookingRow>(`SELECT ${BOOKING_FIELDS} FROM "Booking" WHERE "childId" = ? AND "bookableDayId" = ?`, childId, bookableDayId);
    return row ? bookingOf(row) : null;
  }

  async findBookings(childIds: readonly number[], bookableDayIds: readonly number[]): Promise<BookingRecord[]> {
    if (childIds.length === 0 || bookableDayIds.length === 0) return [];
    const rows = await this.sql.all<BookingRow>(
      `SELECT ${BOOKING_FIELDS} FROM "Booking" WHERE "childId" IN (${placeholders(childIds)}) AND "bookableDayId" IN (${placeholders(bookableDayIds)})`,
      ...childIds,
      ...bookableDayIds,
    );
    return rows.map(bookingOf);
  }

  async countBooked(bookableDayId: number): Promise<number> {
    const [row] = await this.sql.all<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Booking" WHERE "bookableDayId" = ? AND "status" = 'booked'`, bookableDayId);
    return Number(row.n);
  }

  async countBookedByDay(bookableDayIds: readonly number[]): Promise<Map<number, number>> {
    const counts = new Map(bookableDayIds.map((id) => [id, 0]));
    if (bookableDayIds.length === 0) return counts;
    const rows = await this.sql.all<{ bookableDayId: number; n: number }>(
      `SELECT "bookableDayId", COUNT(*) AS "n" FROM "Booking"
       WHERE "bookableDayId" IN (${placeholders(bookableDayIds)}) AND "status" = 'booked' GROUP BY "bookableDayId"`,
      ...bookableDayIds,
    );
    for (const row of rows) counts.set(row.bookableDayId, Number(row.n));
    return counts;
  }

  async waitingList(bookableDayId: number): Promise<BookingRecord[]> {
    const rows = await this.sql.all<BookingRow>(
      `SELECT ${BOOKING_FIELDS} FROM "Booking" WHERE "bookableDayId" = ? AND "status" = 'waiting' ORDER BY "waitingSince" ASC, "id" ASC`,
      bookableDayId,
    );
    return rows.map(bookingOf);
  }

  async changeBookingStatus(change: StatusChange): Promise<BookingRecord> {
    // The caller usually read the booking in this transaction already (change.from).
    const previous =
      change.from === undefined
        ? ((
            await this.sql.all<{ status: BookingStatus }>(
              `SELECT "status" FROM "Booking" WHERE "childId" = ? AND "bookableDayId" = ?`,
              change.childId,
              change.bookableDayId,
            )
          )[0] ?? null)
        : change.from === null
          ? null
          : { status: change.from };
    const waitingSince = change.to === 'waiting' ? sqlDate(change.waitingSince ?? change.at) : null;
    // updatedAt as Prisma's @updatedAt sets it: the time of the write.
    const updatedAt = sqlDate(new Date());
    const [row] = previous
      ? await this.sql.all<BookingRow>(
          `UPDATE "Booking" SET "status" = ?, "waitingSince" = ?, "updatedAt" = ? WHERE "childId" = ? AND "bookableDayId" = ? RETURNING ${BOOKING_FIELDS}`,
          change.to,
          waitingSince,
          updatedAt,
          change.childId,
          change.bookableDayId,
        )
      : await this.sql.all<BookingRow>(
          `INSERT INTO "Booking" ("childId", "bookableDayId", "status", "waitingSince", "createdAt", "updatedAt")
           VALUES (?, ?, ?, ?, ?, ?) RETURNING ${BOOKING_FIELDS}`,
          change.childId,
          change.bookableDayId,
          change.to,
          waitingSince,
          sqlDate(change.at),
          updatedAt,
        );
    if (!row) throw new Error(`Booking of child ${change.childId} on day ${change.bookableDayId} not found`);
    const booking = bookingOf(row);
    const values: SqlValue[] = [
      booking.id,
      previous?.status ?? null,
      change.to,
      sqlDate(change.at),
      change.actor.kind,
      change.actor.id,
      change.actor.channel,
      change.reason ?? null,
    ];
    await this.sql.run(
      `INSERT INTO "BookingStatusChange" ("bookingId", "fromStatus", "toStatus", "at", "actorKind", "actorId", "channel", "reason")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ...values,
    );
    return booking;
  }

  async recordAudit(entry: AuditRecord): Promise<void> {
    await this.sql.run(
      `INSERT INTO "AuditEntry" ("at", "actorKind", "actorId", "channel", "action", "entityType", "entityId", "details")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      sqlDate(entry.at),
      entry.actor.kind,
      entry.actor.id,
      entry.actor.channel,
      entry.action,
      entry.entityType,
      entry.entityId,
      JSON.stringify(entry.details),
    );
  }

  async enqueueNotification(notification: NotificationRecord): Promise<void> {
    await this.sql.run(
      `INSERT INTO "Notification" ("kind", "guardianId", "bookingId", "payload", "status", "attempts", "createdAt")
       VALUES (?, ?, ?, ?, 'pending', 0, ?)`,
      notification.kind,
      notification.guardianId,
      notification.bookingId,
      JSON.stringify(notification.payload),
      sqlDate(notification.createdAt),
    );
  }
}
