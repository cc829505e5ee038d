/**
 * What the booking use cases need from the outside world. Prisma implements these
 * in src/infrastructure/bookings; the use cases never see it.
 */
import type { ActivityCode } from '../config/townConfig';
import type { IsoDay } from '../domain/day';
import type { DayOffer, Deadline } from '../domain/townRules';

/** The town's rules the use cases apply (TownRules satisfies it). */
export interface BookingRules {
  readonly timeZone: string;
  activityOn(day: IsoDay): DayOffer;
  deadlineFor(day: IsoDay): Deadline;
}

export type BookingStatus = 'booked' | 'waiting' | 'cancelled';

/** Who acts and through which channel ("msteams", "webchat", "cli"…), for history and audit. */
export interface Actor {
  kind: 'guardian' | 'staff' | 'system';
  id: string;
  channel: string;
}

export interface ChildRecord {
  id: number;
  familyId: number;
  firstName: string;
  lastName: string;
  /** The site that serves the child's school: where the child is booked. */
  siteId: number;
}

export interface BookableDayRecord {
  id: number;
  siteId: number;
  day: IsoDay;
  activity: ActivityCode;
  capacity: number;
  /** Set when the service closed the day exceptionally. */
  closedReason: string | null;
}

export interface BookingRecord {
  id: number;
  childId: number;
  bookableDayId: number;
  status: BookingStatus;
  waitingSince: Date | null;
}

export interface IdempotencyRecord {
  key: string;
  operation: string;
  actorId: string;
  /** The outcome returned the first time, as stored (validated by the caller). */
  outcome: unknown;
  createdAt: Date;
}

export interface StatusChange {
  childId: number;
  bookableDayId: number;
  to: BookingStatus;
  /** Set when the child joins the waiting list. */
  waitingSince?: Date;
  at: Date;
  actor: Actor;
  reason?: string;
  /**
   * The booking's status before the change, when the caller read it in this same
   * transaction (null: no booking yet); left out, the store reads it.
   */
  from?: BookingStatus | null;
}

export interface AuditRecord {
  at: Date;
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
}

export interface NotificationRecord {
  kind: string;
  guardianId: number;
  bookingId: number;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** Reads and writes inside one database transaction. */
export interface BookingTransaction {
  findIdempotencyRecord(key: string): Promise<IdempotencyRecord | null>;
  saveIdempotencyRecord(record: IdempotencyRecord): Promise<void>;
  /** The family of a guardian, or null when the guardian does not exist. */
  familyOfGuardian(guardianId: number): Promise<number | null>;
  guardiansOfFamily(familyId: number): Promise<number[]>;
  findChildren(childIds: readonly number[]): Promise<ChildRecord[]>;
  /**
   * Finds and locks the given site days until the transaction ends, so that counting
   * places and taking one cannot interleave with another writer. Missing days are left out.
   */
  lockBookableDays(keys: ReadonlyArray<{ siteId: number; day: IsoDay }>): Promise<BookableDayRecord[]>;
  findBooking(childId: number, bookableDayId: number): Promise<BookingRecord | null>;
  /** The bookings (any status) of these children on these site days, in one read. */
  findBookings(childIds: readonly number[], bookableDayIds: readonly number[]): Promise<BookingRecord[]>;
  countBooked(bookableDayId: number): Promise<number>;
  /** Booked places per site day (0 for a day with none), in one read. */
  countBookedByDay(bookableDayIds: readonly number[]): Promise<Map<number, number>>;
  /** Waiting bookings of a day, first in line first. */
  waitingList(bookableDayId: number): Promise<BookingRecord[]>;
  /** Creates or updates the child's booking of the day and writes its history row. */
  changeBookingStatus(change: StatusChange): Promise<BookingRecord>;
  recordAudit(entry: AuditRecord): Promise<void>;
  enqueueNotification(notification: NotificationRecord): Promise<void>;
}

export interface BookingStore {
  /** Runs `work` in one transaction: all its writes commit together or not at all. */
  transaction<T>(work: (tx: BookingTransaction) => Promise<T>): Promise<T>;
}

/** What the reserve and cancel use cases are built with. */
export interface BookingDependencies {
  store: BookingStore;
  rules: BookingRules;
}

/** One booking as listed to a parent or staff member (cancelled ones are not listed). */
export interface BookingLine {
  bookingId: number;
  childId: number;
  childFirstName: string;
  childLastName: string;
  day: IsoDay;
  activity: ActivityCode;
  siteName: string;
  status: 'booked' | 'waiting';
  /** Place on the waiting list (1 = next), when waiting. */
  position?: number;
}

export interface BookingFilter {
  childIds?: readonly number[];
  /** Days from `from` to `to`, both included. */
  from?: IsoDay;
  to?: IsoDay;
}

export interface ChildSummary {
  id: number;
  familyId: number;
  firstName: string;
  lastName: string;
}

/** A child's site day, as a change would meet it (read without locking, for a preview). */
export interface SiteDayOfChild {
  childId: number;
  day: IsoDay;
  capacity: number;
  /** Set when the service closed the day exceptionally. */
  closedReason: string | null;
  /** Places taken (booked, not waiting). */
  booked: number;
  /** The child's booking that day, if any. */
  status: BookingStatus | null;
}

/** Read-only queries for listing. */
export interface BookingQueries {
  findChildren(childIds: readonly number[]): Promise<ChildSummary[]>;
  familyOfGuardian(guardianId: number): Promise<number | null>;
  childrenOfFamily(familyId: number): Promise<ChildSummary[]>;
  /** Children whose "first last" or "last first" name matches, accents and case ignored. */
  findChildrenByName(fullName: string): Promise<ChildSummary[]>;
  /** Booked and waiting bookings, by day then child name. */
  listBookings(filter: BookingFilter): Promise<BookingLine[]>;
  /** The site day of each child (through their school's site) on each of `days` that exists, with places taken. */
  siteDaysOf(childIds: readonly number[], days: readonly IsoDay[]): Promise<SiteDayOfChild[]>;
}
