/**
 * Applies a late request the service accepted: the same booking changes as the
 * parent's reserve and cancel, but past the deadline (flyer: "le service décide"), under
 * the staff member's name, with an audit trail that says so. Places are still counted:
 * a full day puts the child on its waiting list rather than over capacity.
 */
import { promoteFirstWaiting } from '../bookings/cancelBookings';
import type { Actor, BookableDayRecord, BookingRules, BookingTransaction, ChildRecord } from '../bookings/ports';
import type { IsoDay } from '../domain/day';
import type { LateRequestPayload } from './requestPayload';

/** Written in every audit entry of such a change. */
export const STAFF_OVERRIDE_REASON = 'accepted by staff past deadline';

export type AppliedCode = 'booked' | 'waitlisted' | 'already_booked' | 'cancelled' | 'not_booked' | 'closed_day' | 'not_in_family';

/** What the acceptance did, child by child and day by day. */
export interface AppliedChange {
  childId: number;
  childFirstName: string;
  day: IsoDay;
  code: AppliedCode;
}

interface Context {
  tx: BookingTransaction;
  actor: Actor;
  now: Date;
  number: string;
}

async function audit(ctx: Context, action: string, bookingId: number, details: Record<string, unknown>): Promise<void> {
  await ctx.tx.recordAudit({
    at: ctx.now,
    actor: ctx.actor,
    action,
    entityType: 'Booking',
    entityId: String(bookingId),
    details: { ...details, reason: STAFF_OVERRIDE_REASON, request: ctx.number },
  });
}

async function reserve(ctx: Context, child: ChildRecord, day: BookableDayRecord): Promise<AppliedCode> {
  const existing = await ctx.tx.findBooking(child.id, day.id);
  if (existing?.status === 'booked') return 'already_booked';
  if (existing?.status === 'waiting') return 'waitlisted';
  const to = (await ctx.tx.countBooked(day.id)) < day.capacity ? 'booked' : 'waiting';
  const reason = `demande ${ctx.number} acceptée par le service hors délai`;
  const booking = await ctx.tx.changeBookingStatus({ childId: child.id, bookableDayId: day.id, to, waitingSince: ctx.now, at: ctx.now, actor: ctx.actor, reason });
  const details = { childId: child.id, day: day.day, activity: day.activity, siteId: day.siteId, from: existing?.status ?? null, to };
  await audit(ctx, to === 'booked' ? 'booking.reserve' : 'booking.waitlist', booking.id, details);
  return to === 'booked' ? 'booked' : 'waitlisted';
}

async function cancel(ctx: Context, child: ChildRecord, day: BookableDayRecord): Promise<AppliedCode> {
  const existing = await ctx.tx.findBooking(child.id, day.id);
  if (!existing || existing.status === 'cancelled') return 'not_booked';
  const reason = `demande ${ctx.number} acceptée par le service hors délai`;
  const booking = await ctx.tx.changeBookingStatus({ childId: child.id, bookableDayId: day.id, to: 'cancelled', at: ctx.now, actor: ctx.actor, reason });
  await audit(ctx, 'booking.cancel', booking.id, { childId: child.id, day: day.day, activity: day.activity, from: existing.status, to: 'cancelled' });
  if (existing.status === 'booked') await promoteFirstWaiting(ctx.tx, day, ctx.actor, ctx.now);
  return 'cancelled';
}

/**
 * Applies `payload` for the family `familyId`: frees days first (a modification's old
 * days), then books. Days are locked in one fixed order, as the parent's use cases do.
 */
export async function applyAcceptedChange(
  tx: BookingTransaction,
  rules: BookingRules,
  input: { payload: LateRequestPayload; familyId: number; number: string; actor: Actor; now: Date },
): Promise<AppliedChange[]> {
  const { payload } = input;
  const toCancel = payload.action === 'reserve' ? [] : payload.days;
  const toReserve = payload.action === 'reserve' ? payload.days : payload.action === 'modify' ? payload.newDays : [];
  const children = new Map((await tx.findChildren(payload.children.map((c) => c.id))).map((child) => [child.id, child]));
  const members = payload.children.flatMap((c) => {
    const child = children.get(c.id);
    return child && child.familyId === input.familyId ? [child] : [];
  });

  const wanted = new Map<string, { siteId: number; day: IsoDay }>();
  for (const child of members) {
    for (const day of [...toCancel, ...toReserve]) {
      if (rules.activityOn(day).open) wanted.set(`${day}|${child.siteId}`, { siteId: child.siteId, day });
    }
  }
  const locked = await tx.lockBookableDays([...wanted.keys()].sort().map((key) => wanted.get(key)!));
  const bySiteDay = new Map(locked.map((d) => [`${d.day}|${d.siteId}`, d]));
  const ctx: Context = { tx, actor: input.actor, now: input.now, number: input.number };

  const applied: AppliedChange[] = [];
  const plan = [...toCancel.map((day) => ({ day, op: cancel })), ...toReserve.map((day) => ({ day, op: reserve }))];
  for (const snapshot of payload.children) {
    const child = members.find((m) => m.id === snapshot.id);
    for (const { day, op } of plan) {
      const base = { childId: snapshot.id, childFirstName: snapshot.firstName, day };
      if (!child) {
        applied.push({ ...base, code: 'not_in_family' });
        continue;
      }
      const bookableDay = bySiteDay.get(`${day}|${child.siteId}`);
      const closed = !bookableDay || (bookableDay.closedReason !== null && op === reserve);
      applied.push({ ...base, code: closed ? 'closed_day' : await op(ctx, child, bookableDay) });
    }
  }
  return applied;
}
