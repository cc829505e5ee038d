/**
 * The family's iCalendar feed: a secret address per family (only the sha256 of its
 * token is stored), revocable by asking for a new one, written with ical-generator from
 * the bookings as they are when the parent's calendar asks, so that it follows every
 * booking change (a cancelled day disappears at the next refresh).
 */
import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { IsoDay } from '../domain/day';
import { addDays, todayIn } from '../domain/day';
import type { PrismaClient } from '../infrastructure/database/createPrismaClient';
import type { CalendarFeeds, FeedLink } from './familySpace';

/** Days of the past kept in the feed; the future is taken whole (a school year or two). */
const PAST_DAYS = 62;
const FUTURE_DAYS = 450;
/** The token in the address: 32 random bytes, base64url (43 characters). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashFeedToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface CalendarFeedOptions {
  /** The address parents reach the assistant at, e.g. "https://periscolaire.joinville-le-pont.fr". */
  publicOrigin: string;
  timeZone: string;
  /** The town's name in the calendar's title. */
  calendarName?: string;
}

export class PrismaCalendarFeeds implements CalendarFeeds {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: CalendarFeedOptions,
  ) {}

  async link(guardianId: number, now: Date): Promise<FeedLink> {
    const familyId = await this.familyOf(guardianId);
    const active = await this.prisma.calendarFeed.findFirst({ where: { familyId, revokedAt: null }, orderBy: { id: 'desc' } });
    if (active) return { status: 'exists', since: active.createdAt };
    return { status: 'created', url: await this.create(familyId, now) };
  }

  async renew(guardianId: number, now: Date): Promise<string> {
    const familyId = await this.familyOf(guardianId);
    await this.prisma.calendarFeed.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: now } });
    return this.create(familyId, now);
  }

  /** The feed of the token's family, or undefined for an unknown or revoked token. */
  async feed(token: string, now: Date): Promise<string | undefined> {
    if (!FEED_TOKEN.test(token)) return undefined;
    const row = await this.prisma.calendarFeed.findUnique({ where: { tokenHash: hashFeedToken(token) } });
    if (!row || row.revokedAt) return undefined;
    const today = todayIn(now, this.options.timeZone);
    const bookings = await this.prisma.booking.findMany({
      where: {
        child: { familyId: row.familyId },
        status: { in: ['booked', 'waiting'] },
        bookableDay: { day: { gte: addDays(today, -PAST_DAYS), lte: addDays(today, FUTURE_DAYS) } },
      },
      include: { child: true, bookableDay: { include: { activity: true, site: true } } },
      orderBy: [{ bookableDay: { day: 'asc' } }, { childId: 'asc' }],
    });
    const calendar = ical({
      name: this.options.calendarName ?? 'Périscolaire — réservations',
      timezone: this.options.timeZone,
      prodId: { company: 'Ville de Joinville-le-Pont', product: 'assistant-periscolaire', language: 'FR' },
      ttl: 3600,
    });
    for (const booking of bookings) {
      const day = booking.bookableDay.day as IsoDay;
      const waiting = booking.status === 'waiting';
      calendar.createEvent({
        id: `booking-${booking.childId}-${day}@assistant-periscolaire`,
        start: dayStart(day),
        allDay: true,
        summary: `${booking.child.firstName} — ${capitalised(booking.bookableDay.activity.label)}${waiting ? " (liste d'attente)" : ''}`,
        description: waiting ? "Pas encore de place : l'enfant est sur liste d'attente." : 'Place réservée.',
        location: booking.bookableDay.site.name,
        stamp: booking.updatedAt,
      });
    }
    return calendar.toString();
  }

  private async create(familyId: number, now: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.prisma.calendarFeed.create({ data: { familyId, tokenHash: hashFeedToken(token), createdAt: now } });
    return `${this.options.publicOrigin.replace(/\/$/, '')}/agenda/${token}.ics`;
  }

  private async familyOf(guardianId: number): Promise<number> {
    const guardian = await this.prisma.guardian.findUniqueOrThrow({ where: { id: guardianId }, select: { familyId: true } });
    return guardian.familyId;
  }
}

/** Midnight UTC of the day: an all-day event only reads the date. */
function dayStart(day: IsoDay): Date {
  return new Date(`${day}T00:00:00Z`);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
