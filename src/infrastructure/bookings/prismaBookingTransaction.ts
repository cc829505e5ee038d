/**
 * The booking use cases' transaction port over Prisma.
 */
import { activityCodeSchema } from '../../config/townConfig';
import type { IsoDay } from '../../domain/day';
import type {
  AuditRecord,
  BookableDayRecord,
  BookingRecord,
  BookingTransaction,
  ChildRecord,
  IdempotencyRecord,
  NotificationRecord,
  StatusChange,
} from '../../bookings/ports';
import { Prisma } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

const bookingFields = { id: true, childId: true, bookableDayId: true, status: true, waitingSince: true } as const;

/** One booking transaction: every method runs inside the Prisma transaction it wraps. */
export class PrismaBookingTransaction implements BookingTransaction {
  constructor(private readonly tx: Tx) {}

  async findIdempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    const row = await this.tx.idempotencyKey.findUnique({ where: { key } });
    return row ? { ...row, outcome: JSON.parse(row.outcome) as unknown } : null;
  }

  async saveIdempotencyRecord(record: IdempotencyRecord): Promise<void> {
    await this.tx.idempotencyKey.create({ data: { ...record, outcome: JSON.stringify(record.outcome) } });
  }

  async familyOfGuardian(guardianId: number): Promise<number | null> {
    const guardian = await this.tx.guardian.findUnique({ where: { id: guardianId }, select: { familyId: true } });
    return guardian?.familyId ?? null;
  }

  async guardiansOfFamily(familyId: number): Promise<number[]> {
    const guardians = await this.tx.guardian.findMany({
      where: { familyId },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    return guardians.map((guardian) => guardian.id);
  }

  /** One query (children joined to their schools), not one per relation. */
  async findChildren(childIds: readonly number[]): Promise<ChildRecord[]> {
    if (childIds.length === 0) return [];
    const rows = await this.tx.$queryRaw<ChildRecord[]>`
      SELECT c."id", c."familyId", c."firstName", c."lastName", s."siteId"
      FROM "Child" c JOIN "School" s ON s."id" = c."schoolId"
      WHERE c."id" IN (${Prisma.join([...childIds])})`;
    return rows.map((row) => ({
      id: Number(row.id),
      familyId: Number(row.familyId),
      firstName: row.firstName,
      lastName: row.lastName,
      siteId: Number(row.siteId),
    }));
  }

  /**
   * The lock is a write to each day row, issued first and one day at a time in the
   * caller's order: SQLite then holds its write lock for the rest of the transaction,
   * PostgreSQL a row lock per day, so counting and taking a place cannot interleave.
   * Each write returns its row (UPDATE … RETURNING): no second read.
   */
  async lockBookableDays(keys: ReadonlyArray<{ siteId: number; day: IsoDay }>): Promise<BookableDayRecord[]> {
    const rows = [];
    for (const { siteId, day } of keys) {
      rows.push(
        ...(await this.tx.bookableDay.updateManyAndReturn({
          where: { siteId, day },
          data: { lockVersion: { increment: 1 } },
          select: { id: true, siteId: true, day: true, activityCode: true, capacity: true, closedReason: true },
        })),
      );
    }
    return rows.map((row) => ({
      id: row.id,
      siteId: row.siteId,
      day: row.day,
      activity: activityCodeSchema.parse(row.activityCode),
      capacity: row.capacity,
      closedReason: row.closedReason,
    }));
  }

  findBooking(childId: number, bookableDayId: number): Promise<BookingRecord | null> {
    const where = { childId_bookableDayId: { childId, bookableDayId } };
    return this.tx.booking.findUnique({ where, select: bookingFields });
  }

  findBookings(childIds: readonly number[], bookableDayIds: readonly number[]): Promise<BookingRecord[]> {
    if (childIds.length === 0 || bookableDayIds.length === 0) return Promise.resolve([]);
    return this.tx.booking.findMany({
      where: { childId: { in: [...childIds] }, bookableDayId: { in: [...bookableDayIds] } },
      select: bookingFields,
    });
  }

  countBooked(bookableDayId: number): Promise<number> {
    return this.tx.booking.count({ where: { bookableDayId, status: 'booked' } });
  }

  async countBookedByDay(bookableDayIds: readonly number[]): Promise<Map<number, number>> {
    const counts = new Map(bookableDayIds.map((id) => [id, 0]));
    if (bookableDayIds.length === 0) return counts;
    const groups = await this.tx.booking.groupBy({
      by: ['bookableDayId'],
      where: { bookableDayId: { in: [...bookableDayIds] }, status: 'booked' },
      _count: { _all: true },
    });
    for (const group of groups) counts.set(group.bookableDayId, group._count._all);
    return counts;
  }

  waitingList(bookableDayId: number): Promise<BookingRecord[]> {
    return this.tx.booking.findMany({
      where: { bookableDayId, status: 'waiting' },
      orderBy: [{ waitingSince: 'asc' }, { id: 'asc' }],
      select: bookingFields,
    });
  }

  async changeBookingStatus(change: StatusChange): Promise<BookingRecord> {
    const where = { childId_bookableDayId: { childId: change.childId, bookableDayId: change.bookableDayId } };
    // The caller usually read the booking in this transaction already (change.from).
    const previous =
      change.from === undefined
        ? await this.tx.booking.findUnique({ where, select: { status: true } })
        : change.from === null
          ? null
          : { status: change.from };
    const waitingSince = change.to === 'waiting' ? (change.waitingSince ?? change.at) : null;
    const booking = previous
      ? await this.tx.booking.update({ where, data: { status: change.to, waitingSince }, select: bookingFields })
      : await this.tx.booking.create({
          data: {
            childId: change.childId,
            bookableDayId: change.bookableDayId,
            status: change.to,
            waitingSince,
            createdAt: change.at,
          },
          select: bookingFields,
        });
    await this.tx.bookingStatusChange.create({
      data: {
        bookingId: booking.id,
        fromStatus: previous?.status ?? null,
        toStatus: change.to,
        at: change.at,
        actorKind: change.actor.kind,
        actorId: change.actor.id,
        channel: change.actor.channel,
        reason: change.reason ?? null,
      },
    });
    return booking;
  }

  async recordAudit(entry: AuditRecord): Promise<void> {
    await this.tx.auditEntry.create({
      data: {
        at: entry.at,
        actorKind: entry.actor.kind,
        actorId: entry.actor.id,
        channel: entry.actor.channel,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        details: JSON.stringify(entry.details),
      },
    });
  }

  async enqueueNotification(notification: NotificationRecord): Promise<void> {
    await this.tx.notification.create({
      data: {
        kind: notification.kind,
        guardianId: notification.guardianId,
        bookingId: notification.bookingId,
        payload: JSON.stringify(notification.payload),
        createdAt: notification.createdAt,
      },
    });
  }
}
