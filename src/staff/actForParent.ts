/**
 * Staff acting for a parent (on the phone, at the desk): book or cancel a day, also past
 * the deadline with a reason the parent reads; promote or remove a waiting child. Every
 * act is audited under the staff member's name and told to every guardian of the family
 * (a `service_notice`, src/bot/parentNotifications.ts). Places are still counted: a full
 * day puts a booked child on the waiting list, never over capacity.
 */
import { promoteFirstWaiting } from '../bookings/cancelBookings';
import type { Actor, BookableDayRecord, BookingRules, BookingStore, BookingTransaction, ChildRecord } from '../bookings/ports';
import type { IsoDay } from '../domain/day';
import { frenchDay } from '../domain/frenchDates';
import { frenchTypography } from '../domain/frenchTypography';
import { SERVICE_NOTICE } from '../requests/requestViews';

export interface StaffMember {
  id: number;
  name: string;
}

export type ActOutcome =
  | { ok: true; code: 'booked' | 'waitlisted' | 'cancelled' | 'promoted' | 'removed'; message: string }
  | { ok: false; code: 'not_in_family' | 'closed_day' | 'reason_required' | 'already_booked' | 'not_booked' | 'not_waiting'; message: string };

export interface ActDeps {
  store: BookingStore;
  rules: BookingRules;
  activityLabel(day: IsoDay): string;
}

/** The first name staff sign with ("Sophie" of "Sophie Durand"). */
export const firstNameOf = (displayName: string) => displayName.trim().split(/\s+/)[0] || displayName;

const actorOf = (staff: StaffMember): Actor => ({ kind: 'staff', id: String(staff.id), channel: 'console' });

async function tellFamily(tx: BookingTransaction, child: ChildRecord, bookingId: number, text: string, now: Date): Promise<void> {
  for (const guardianId of await tx.guardiansOfFamily(child.familyId)) {
    await tx.enqueueNotification({ kind: SERVICE_NOTICE, guardianId, bookingId, payload: { text: frenchTypography(text) }, createdAt: now });
  }
}

async function lockDay(tx: BookingTransaction, child: ChildRecord, day: IsoDay): Promise<BookableDayRecord | undefined> {
  const [bookableDay] = await tx.lockBookableDays([{ siteId: child.siteId, day }]);
  return bookableDay;
}

/** Books or cancels `day` for a child of `familyId`; past the deadline only with a reason. */
export async function actForParent(
  deps: ActDeps,
  input: { familyId: number; childId: number; day: IsoDay; action: 'reserve' | 'cancel'; reason?: string; staff: StaffMember; now: Date },
): Promise<ActOutcome> {
  const reason = input.reason?.trim() || undefined;
  const offer = deps.rules.activityOn(input.day);
  if (!offer.open) return { ok: false, code: 'closed_day', message: `Pas d'accueil le ${frenchDay(input.day)}.` };
  const pastDeadline = input.now.getTime() >= deps.rules.deadlineFor(input.day).closesAt.getTime();
  if (pastDeadline && !reason) {
    return { ok: false, code: 'reason_required', message: 'La date limite est passée : indiquez le motif, il est transmis au parent.' };
  }
  const actor = actorOf(input.staff);
  const label = deps.activityLabel(input.day);
  const who = `Le service périscolaire (${firstNameOf(input.staff.name)})`;
  const because = reason ? ` Motif : ${reason}.` : '';
  return deps.store.transaction(async (tx): Promise<ActOutcome> => {
    const [child] = await tx.findChildren([input.childId]);
    if (!child || child.familyId !== input.familyId) return { ok: false, code: 'not_in_family', message: "Cet enfant n'est pas de cette famille." };
    const bookableDay = await lockDay(tx, child, input.day);
    if (!bookableDay || (bookableDay.closedReason && input.action === 'reserve')) {
      return { ok: false, code: 'closed_day', message: `Pas d'accueil le ${frenchDay(input.day)} pour ${child.firstName}.` };
    }
    const existing = await tx.findBooking(child.id, bookableDay.id);
    const details = { childId: child.id, day: input.day, activity: bookableDay.activity, staffName: input.staff.name, reason: reason ?? null, pastDeadline, forParent: true };
    const when = `${label} du ${frenchDay(input.day)}`;
    if (input.action === 'reserve') {
      if (existing?.status === 'booked' || existing?.status === 'waiting') {
        return { ok: false, code: 'already_booked', message: `${child.firstName} est déjà ${existing.status === 'booked' ? 'inscrit(e)' : "en liste d'attente"} le ${frenchDay(input.day)}.` };
      }
      const to = (await tx.countBooked(bookableDay.id)) < bookableDay.capacity ? 'booked' : 'waiting';
      const booking = await tx.changeBookingStatus({ childId: child.id, bookableDayId: bookableDay.id, to, waitingSince: input.now, at: input.now, actor, reason: reason ?? 'réservé par le service pour le parent', from: existing?.status ?? null });
      await tx.recordAudit({ at: input.now, actor, action: to === 'booked' ? 'booking.reserve' : 'booking.waitlist', entityType: 'Booking', entityId: String(booking.id), details: { ...details, to } });
      await tellFamily(tx, child, booking.id, to === 'booked'
        ? `${who} a réservé pour ${child.firstName} l'${when}.${because}`
        : `${who} a inscrit ${child.firstName} sur la liste d'attente de l'${when} (complet).${because}`, input.now);
      return { ok: true, code: to === 'booked' ? 'booked' : 'waitlisted', message: to === 'booked' ? `${child.firstName} est inscrit(e) le ${frenchDay(input.day)} ; la famille est prévenue.` : `Complet : ${child.firstName} est en liste d'attente le ${frenchDay(input.day)} ; la famille est prévenue.` };
    }
    if (!existing || existing.status === 'cancelled') return { ok: false, code: 'not_booked', message: `${child.firstName} n'est pas inscrit(e) le ${frenchDay(input.day)}.` };
    const booking = await tx.changeBookingStatus({ childId: child.id, bookableDayId: bookableDay.id, to: 'cancelled', at: input.now, actor, reason: reason ?? 'annulé par le service pour le parent', from: existing.status });
    await tx.recordAudit({ at: input.now, actor, action: 'booking.cancel', entityType: 'Booking', entityId: String(booking.id), details: { ...details, from: existing.status, to: 'cancelled' } });
    if (existing.status === 'booked') await promoteFirstWaiting(tx, bookableDay, actor, input.now);
    await tellFamily(tx, child, booking.id, `${who} a annulé la réservation de ${child.firstName} pour l'${when}.${because}`, input.now);
    return { ok: true, code: 'cancelled', message: `Réservation de ${child.firstName} le ${frenchDay(input.day)} annulée ; la famille est prévenue.` };
  });
}

/** Gives a waiting child a place (staff decide, even on a full day) or removes them from the list; the family is told. */
export async function changeWaiting(
  deps: ActDeps,
  input: { childId: number; day: IsoDay; action: 'promote' | 'remove'; staff: StaffMember; now: Date },
): Promise<ActOutcome> {
  const actor = actorOf(input.staff);
  const label = deps.activityLabel(input.day);
  return deps.store.transaction(async (tx): Promise<ActOutcome> => {
    const [child] = await tx.findChildren([input.childId]);
    const bookableDay = child && (await lockDay(tx, child, input.day));
    const existing = bookableDay && (await tx.findBooking(child.id, bookableDay.id));
    if (!child || !bookableDay || existing?.status !== 'waiting') return { ok: false, code: 'not_waiting', message: "Cet enfant n'est plus en liste d'attente." };
    const to = input.action === 'promote' ? 'booked' : 'cancelled';
    const booking = await tx.changeBookingStatus({ childId: child.id, bookableDayId: bookableDay.id, to, at: input.now, actor, reason: input.action === 'promote' ? 'place donnée par le service' : "retiré de la liste d'attente par le service", from: 'waiting' });
    await tx.recordAudit({ at: input.now, actor, action: input.action === 'promote' ? 'booking.promote' : 'booking.waitlist_remove', entityType: 'Booking', entityId: String(booking.id), details: { childId: child.id, day: input.day, staffName: input.staff.name, from: 'waiting', to } });
    const when = `${label} du ${frenchDay(input.day)}`;
    await tellFamily(tx, child, booking.id, input.action === 'promote'
      ? `Bonne nouvelle : une place s'est libérée, ${child.firstName} est inscrit(e) à l'${when}. Si vous n'en avez plus besoin, annulez-la ici.`
      : `${child.firstName} n'est plus sur la liste d'attente de l'${when}. Pour toute question, écrivez-nous ici.`, input.now);
    return { ok: true, code: input.action === 'promote' ? 'promoted' : 'removed', message: input.action === 'promote' ? `${child.firstName} a une place le ${frenchDay(input.day)} ; la famille est prévenue.` : `${child.firstName} est retiré(e) de la liste ; la famille est prévenue.` };
  });
}
