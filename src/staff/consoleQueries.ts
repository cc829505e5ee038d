/**
 * What the console reads for a day's work: the day board's numbers, a day's attendance
 * list and waiting lists, families found by a search and a family's file. Prisma's query
 * API only (no SQL), so both databases answer the same.
 */
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { ActivityCode } from '../config/townConfig';
import type { IsoDay } from '../domain/day';
import { parseRequestPayload } from '../requests/requestPayload';
import type { RequestPayload } from '../requests/requestPayload';
import { PrismaAttendanceStore } from '../attendance/prismaAttendanceStore';
import type { AttendanceMark } from '../attendance/attendance';

/** One site's activity on one day, as the board draws it. */
export interface BoardCell {
  day: IsoDay;
  siteId: number;
  siteName: string;
  activity: ActivityCode;
  activityLabel: string;
  capacity: number;
  booked: number;
  waiting: number;
  closedReason: string | null;
}

export interface AttendanceRow {
  bookingId: number;
  childId: number;
  childName: string;
  firstName: string;
  lastName: string;
  className: string;
  schoolName: string;
  familyId: number;
  guardians: Array<{ name: string; phone: string | null }>;
  notes: string[];
  mark?: AttendanceMark;
}

export interface AttendanceGroup {
  day: IsoDay;
  siteName: string;
  activityLabel: string;
  capacity: number;
  rows: AttendanceRow[];
}

export interface WaitingRow {
  bookingId: number;
  position: number;
  childName: string;
  className: string;
  familyId: number;
  since: Date;
}

export interface WaitingGroup {
  bookableDayId: number;
  siteName: string;
  activityLabel: string;
  capacity: number;
  booked: number;
  rows: WaitingRow[];
}

export interface FamilyHit {
  familyId: number;
  familyName: string;
  guardians: string[];
  children: string[];
}

export interface FamilyFile {
  id: number;
  name: string;
  guardians: Array<{ id: number; name: string; email: string; phone: string | null }>;
  children: Array<{ id: number; firstName: string; lastName: string; className: string; schoolName: string; birthDate: string }>;
  bookings: Array<{ bookingId: number; childId: number; day: IsoDay; activity: ActivityCode; status: 'booked' | 'waiting' }>;
  requests: Array<{ number: string; kind: string; status: string; createdAt: Date; summary: string }>;
  documents: Array<{ id: string; name: string; receivedAt: Date; available: boolean }>;
  conversations: Array<{ id: number; status: string; createdAt: Date }>;
}

/** Lower case, accents removed, spaces squeezed: "Léa  MARTIN" and "lea martin" match. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const digits = (text: string) => text.replace(/\D/g, '');

const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;
const guardianName = (g: { civility: string; firstName: string; lastName: string }) => `${g.civility} ${g.firstName} ${g.lastName}`;

const payloadOf = (text: string): RequestPayload | undefined => {
  try {
    return parseRequestPayload(text);
  } catch {
    return undefined;
  }
};

export class ConsoleQueries {
  private readonly attendance: PrismaAttendanceStore;

  constructor(private readonly prisma: PrismaClient) {
    this.attendance = new PrismaAttendanceStore(prisma);
  }

  /** Booked / capacity / waiting per site and activity, each day from `from` to `to`. */
  async board(from: IsoDay, to: IsoDay): Promise<BoardCell[]> {
    const days = await this.prisma.bookableDay.findMany({
      where: { day: { gte: from, lte: to } },
      include: { site: true, activity: true },
      orderBy: [{ day: 'asc' }, { siteId: 'asc' }],
    });
    const counts = await this.prisma.booking.groupBy({
      by: ['bookableDayId', 'status'],
      where: { bookableDayId: { in: days.map((d) => d.id) }, status: { in: ['booked', 'waiting'] } },
      _count: { _all: true },
    });
    const count = (id: number, status: string) => counts.find((c) => c.bookableDayId === id && c.status === status)?._count._all ?? 0;
    return days.map((d) => ({
      day: d.day,
      siteId: d.siteId,
      siteName: d.site.name,
      activity: d.activityCode as ActivityCode,
      activityLabel: d.activity.label,
      capacity: d.capacity,
      booked: count(d.id, 'booked'),
      waiting: count(d.id, 'waiting'),
      closedReason: d.closedReason,
    }));
  }

  /** The children booked on `day`, per site and activity, with what staff need at the door. */
  async attendanceOf(day: IsoDay): Promise<AttendanceGroup[]> {
    const days = await this.prisma.bookableDay.findMany({
      where: { day },
      include: {
        site: true,
        activity: true,
        bookings: {
          where: { status: 'booked' },
          include: { child: { include: { school: true, family: { include: { guardians: true } } } } },
        },
      },
      orderBy: { siteId: 'asc' },
    });
    const bookingIds = days.flatMap((d) => d.bookings.map((b) => b.id));
    const marks = await this.attendance.ofBookings(bookingIds);
    const notes = await this.notesOf(day);
    return days.map((d) => ({
      day,
      siteName: d.site.name,
      activityLabel: d.activity.label,
      capacity: d.capacity,
      rows: d.bookings
        .map((b) => ({
          bookingId: b.id,
          childId: b.childId,
          childName: `${b.child.lastName.toUpperCase()} ${b.child.firstName}`,
          firstName: b.child.firstName,
          lastName: b.child.lastName,
          className: b.child.className,
          schoolName: b.child.school.name,
          familyId: b.child.familyId,
          guardians: b.child.family.guardians.map((g) => ({ name: guardianName(g), phone: g.phone })),
          notes: notes.get(b.childId) ?? [],
          mark: marks.get(b.id),
        }))
        .sort((a, b) => a.childName.localeCompare(b.childName, 'fr')),
    }));
  }

  /** Per child: justified absences and pending late requests naming `day`. */
  private async notesOf(day: IsoDay): Promise<Map<number, string[]>> {
    const requests = await this.prisma.request.findMany({
      where: { payload: { contains: `"${day}"` }, kind: { in: ['absence_justification', 'late_request'] } },
      orderBy: { createdAt: 'asc' },
    });
    const notes = new Map<number, string[]>();
    for (const request of requests) {
      const payload = payloadOf(request.payload);
      if (!payload || !payload.days.includes(day)) continue;
      let note: string | undefined;
      if (payload.type === 'absence_justification' && request.status !== 'refused') {
        note = request.status === 'accepted' ? `Absence justifiée (${request.number})` : `Justificatif d'absence à examiner (${request.number})`;
      } else if (payload.type === 'late_request' && (request.status === 'submitted' || request.status === 'in_progress')) {
        note = `Demande hors délai en attente (${request.number})`;
      }
      if (!note) continue;
      for (const child of payload.children) notes.set(child.id, [...(notes.get(child.id) ?? []), note]);
    }
    return notes;
  }

  /** The waiting lists of `day`, first in line first. */
  async waitingOf(day: IsoDay): Promise<WaitingGroup[]> {
    const days = await this.prisma.bookableDay.findMany({
      where: { day },
      include: {
        site: true,
        activity: true,
        bookings: { where: { status: { in: ['waiting', 'booked'] } }, include: { child: true }, orderBy: [{ waitingSince: 'asc' }, { id: 'asc' }] },
      },
      orderBy: { siteId: 'asc' },
    });
    return days.map((d) => ({
      bookableDayId: d.id,
      siteName: d.site.name,
      activityLabel: d.activity.label,
      capacity: d.capacity,
      booked: d.bookings.filter((b) => b.status === 'booked').length,
      rows: d.bookings
        .filter((b) => b.status === 'waiting')
        .map((b, index) => ({
          bookingId: b.id,
          position: index + 1,
          childName: `${b.child.lastName.toUpperCase()} ${b.child.firstName}`,
          className: b.child.className,
          familyId: b.child.familyId,
          since: b.waitingSince ?? b.createdAt,
        })),
    }));
  }

  /**
   * Families whose child, guardian, e-mail or phone matches `query` (accents, case and
   * the phone's spacing ignored). Read whole and filtered here: a town's families fit.
   */
  async searchFamilies(query: string, limit = 50): Promise<FamilyHit[]> {
    const words = folded(query).split(' ').filter(Boolean);
    const phone = digits(query);
    if (words.length === 0) return [];
    const families = await this.prisma.family.findMany({ include: { guardians: true, children: true }, orderBy: { name: 'asc' } });
    const hits: FamilyHit[] = [];
    for (const family of families) {
      const haystack = folded(
        [family.name, ...family.guardians.flatMap((g) => [g.firstName, g.lastName, g.email]), ...family.children.flatMap((c) => [c.firstName, c.lastName])].join(' '),
      );
      const phoneMatch = phone.length >= 4 && family.guardians.some((g) => g.phone && digits(g.phone).includes(phone));
      if (phoneMatch || words.every((word) => haystack.includes(word))) {
        hits.push({
          familyId: family.id,
          familyName: family.name,
          guardians: family.guardians.map(guardianName),
          children: family.children.map(fullName),
        });
      }
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** A family's file; bookings from `from` to `to` (a month). */
  async familyFile(familyId: number, from: IsoDay, to: IsoDay): Promise<FamilyFile | undefined> {
    const family = await this.prisma.family.findUnique({
      where: { id: familyId },
      include: { guardians: { orderBy: { id: 'asc' } }, children: { include: { school: true }, orderBy: { birthDate: 'asc' } } },
    });
    if (!family) return undefined;
    const childIds = family.children.map((c) => c.id);
    const guardianIds = family.guardians.map((g) => g.id);
    const [bookings, requests, documents, conversations] = await Promise.all([
      this.prisma.booking.findMany({
        where: { childId: { in: childIds }, status: { in: ['booked', 'waiting'] }, bookableDay: { day: { gte: from, lte: to } } },
        include: { bookableDay: true },
      }),
      this.prisma.request.findMany({ where: { guardianId: { in: guardianIds } }, orderBy: { createdAt: 'desc' }, take: 50 }),
      this.prisma.document.findMany({ where: { guardianId: { in: guardianIds } }, orderBy: { receivedAt: 'desc' }, take: 50 }),
      this.prisma.handoff.findMany({ where: { guardianId: { in: guardianIds } }, orderBy: { createdAt: 'desc' }, take: 20 }),
    ]);
    return {
      id: family.id,
      name: family.name,
      guardians: family.guardians.map((g) => ({ id: g.id, name: guardianName(g), email: g.email, phone: g.phone })),
      children: family.children.map((c) => ({ id: c.id, firstName: c.firstName, lastName: c.lastName, className: c.className, schoolName: c.school.name, birthDate: c.birthDate })),
      bookings: bookings.map((b) => ({
        bookingId: b.id,
        childId: b.childId,
        day: b.bookableDay.day,
        activity: b.bookableDay.activityCode as ActivityCode,
        status: b.status as 'booked' | 'waiting',
      })),
      requests: requests.map((r) => ({ number: r.number, kind: r.kind, status: r.status, createdAt: r.createdAt, summary: summaryOf(payloadOf(r.payload)) })),
      documents: documents.map((d) => ({ id: d.id, name: d.originalName ?? 'document', receivedAt: d.receivedAt, available: d.purgedAt === null })),
      conversations: conversations.map((h) => ({ id: h.id, status: h.status, createdAt: h.createdAt })),
    };
  }

  /** A booking's child and day (for the waiting-list actions). */
  async bookingInfo(bookingId: number): Promise<{ childId: number; day: IsoDay } | undefined> {
    const booking = await this.prisma.booking.findUnique({ where: { id: bookingId }, include: { bookableDay: true } });
    return booking ? { childId: booking.childId, day: booking.bookableDay.day } : undefined;
  }

  /** Ids of hand-overs whose transcript contains `text` (as the database compares). */
  async handoffsMentioning(text: string): Promise<Set<number>> {
    const rows = await this.prisma.handoffMessage.findMany({ where: { text: { contains: text } }, select: { handoffId: true }, take: 500 });
    return new Set(rows.map((r) => r.handoffId));
  }

  /** The family of a guardian's conversation, with phones and pending requests (beside a transcript). */
  async familyOfGuardian(guardianId: number): Promise<{ familyId: number; phones: string[]; pendingRequests: Array<{ number: string; kind: string; summary: string }> } | undefined> {
    const guardian = await this.prisma.guardian.findUnique({ where: { id: guardianId }, include: { family: { include: { guardians: true } } } });
    if (!guardian) return undefined;
    const requests = await this.prisma.request.findMany({
      where: { guardianId: { in: guardian.family.guardians.map((g) => g.id) }, status: { in: ['submitted', 'in_progress'] } },
      orderBy: { createdAt: 'asc' },
    });
    return {
      familyId: guardian.familyId,
      phones: guardian.family.guardians.flatMap((g) => (g.phone ? [`${g.phone} (${g.firstName})`] : [])),
      pendingRequests: requests.map((r) => ({ number: r.number, kind: KIND_LABELS[r.kind] ?? r.kind, summary: summaryOf(payloadOf(r.payload)) })),
    };
  }
}

export const KIND_LABELS: Record<string, string> = {
  late_request: 'demande hors délai',
  absence_justification: "justificatif d'absence",
  booking_change: 'modification de réservation',
  service_message: 'message au service',
  quotient_familial: 'quotient familial',
};

export const STATUS_LABELS: Record<string, string> = {
  submitted: 'reçue',
  in_progress: 'en cours',
  accepted: 'acceptée',
  refused: 'refusée',
  closed: 'traitée',
};

/** One line: who and which days. */
export function summaryOf(payload: RequestPayload | undefined): string {
  if (!payload) return '';
  const children = payload.children.map((c) => c.firstName).join(', ');
  const days = payload.days.length ? ` · ${payload.days.length} jour(s) à partir du ${payload.days[0].split('-').reverse().join('/')}` : '';
  if (payload.type === 'service_message') return `« ${payload.text.slice(0, 80)} »`;
  if (payload.type === 'quotient_familial') return `${payload.documentIds.length} document(s) pour le quotient familial`;
  return `${children}${days}`;
}
