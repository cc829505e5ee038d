import { reserveBookings } from '../../src/bookings/reserveBookings';
import { STAFF_OVERRIDE_REASON } from '../../src/requests/applyAcceptedChange';
import { StaffRequestsAdapter } from '../../src/requests/staffRequestsAdapter';
import { EARLY, FRIDAY } from '../bookings/support/bookingWorld';
import { aReceivedPdf, createRequestWorld, type RequestWorld } from './support/requestWorld';

/** Wednesday 11 March 2026, 15:00 in Paris: the service decides, past Friday's deadline. */
const DECIDED_AT = new Date('2026-03-11T14:00:00Z');

let world: RequestWorld;

beforeEach(async () => {
  world = await createRequestWorld();
});

afterEach(async () => {
  await world.destroy();
});

async function lateRequestFor(family: Awaited<ReturnType<RequestWorld['family']>>, action: 'reserve' | 'cancel' = 'reserve'): Promise<string> {
  const result = await world.services.requests.submitLateRequest(world.lateRequest(family, { action }));
  if (result.status !== 'submitted') throw new Error('expected a request');
  return result.number;
}

function fridayBookingOf(childId: number) {
  return world.db.prisma.booking.findFirst({ where: { childId, bookableDay: { day: FRIDAY } }, include: { history: true } });
}

describe('decideRequest on a late request', () => {
  it('accept: books past the deadline under the staff name, audited as such, and the parent is told', async () => {
    const family = await world.family();
    const number = await lateRequestFor(family);
    const decided = await world.services.requests.decideRequest({ number, decision: 'accept', staffId: 'agent.dupont', now: DECIDED_AT });

    expect(decided).toMatchObject({ status: 'decided', decision: 'accepted', applied: [{ childId: family.childIds[0], day: FRIDAY, code: 'booked' }] });
    const booking = await fridayBookingOf(family.childIds[0]);
    expect(booking).toMatchObject({ status: 'booked' });
    expect(booking!.history).toEqual([expect.objectContaining({ toStatus: 'booked', actorKind: 'staff', actorId: 'agent.dupont', reason: `demande ${number} acceptée par le service hors délai` })]);
    const [audit] = await world.db.prisma.auditEntry.findMany({ where: { action: 'booking.reserve' } });
    expect(audit).toMatchObject({ actorKind: 'staff', actorId: 'agent.dupont', at: DECIDED_AT });
    expect(JSON.parse(audit.details)).toMatchObject({ reason: STAFF_OVERRIDE_REASON, request: number, day: FRIDAY });

    const request = await world.db.prisma.request.findUniqueOrThrow({ where: { number }, include: { history: { orderBy: { id: 'asc' } } } });
    expect(request).toMatchObject({ status: 'accepted', decidedAt: DECIDED_AT });
    expect(request.history.map((h) => [h.fromStatus, h.toStatus, h.actorKind])).toEqual([[null, 'submitted', 'guardian'], ['submitted', 'accepted', 'staff']]);

    const guardianId = family.guardianIds[0];
    const [notification] = await world.services.requests.pendingNotifications(guardianId);
    expect(notification).toMatchObject({ kind: 'request_decided', requestNumber: number });
    expect(notification.text).toBe(`Votre demande hors délai n° ${number} a été acceptée : place réservée pour Enfant0 le vendredi 13 mars.`);
    expect(await world.services.requests.guardiansToNotify()).toEqual([guardianId]);
    expect(await world.services.requests.markNotified([notification.id], { now: DECIDED_AT, guardianId: guardianId + 1000 })).toBe(0);
    expect(await world.services.requests.markNotified([notification.id], { now: DECIDED_AT, guardianId })).toBe(1);
    expect(await world.services.requests.pendingNotifications(guardianId)).toEqual([]);
  });

  it('accept a cancellation: frees the place past the deadline and gives it to the first waiting child', async () => {
    const family = await world.family();
    await world.book(family, [FRIDAY]);
    await world.setCapacity('polangis', FRIDAY, 1);
    const waiting = await world.family();
    await reserveBookings(world.deps, world.command(waiting, { days: [FRIDAY], joinWaitingList: true, now: EARLY }));
    const number = await lateRequestFor(family, 'cancel');

    const decided = await world.services.requests.decideRequest({ number, decision: 'accept', staffId: 'agent.dupont', now: DECIDED_AT });
    expect(decided).toMatchObject({ status: 'decided', applied: [{ code: 'cancelled' }] });
    expect(await fridayBookingOf(family.childIds[0])).toMatchObject({ status: 'cancelled' });
    expect(await fridayBookingOf(waiting.childIds[0])).toMatchObject({ status: 'booked' });
    expect((await world.services.requests.pendingNotifications(waiting.guardianIds[0])).map((n) => n.kind)).toEqual(['waitlist_promoted']);
  });

  it('refuse: needs a reason, records it, changes no booking, and tells the parent why', async () => {
    const family = await world.family();
    const number = await lateRequestFor(family);
    expect(await world.services.requests.decideRequest({ number, decision: 'refuse', reason: '  ', staffId: 'agent', now: DECIDED_AT })).toEqual({ status: 'reason_required', number });

    const reason = 'Le groupe est complet ce jour-là.';
    expect(await world.services.requests.decideRequest({ number: number.toLowerCase(), decision: 'refuse', reason, staffId: 'agent', now: DECIDED_AT })).toMatchObject({ status: 'decided', decision: 'refused', applied: [] });
    expect(await fridayBookingOf(family.childIds[0])).toBeNull();
    expect(await world.db.prisma.request.findUniqueOrThrow({ where: { number } })).toMatchObject({ status: 'refused', decisionNote: reason });
    const [notification] = await world.services.requests.pendingNotifications(family.guardianIds[0]);
    expect(notification.text).toBe(`Votre demande hors délai n° ${number} a été refusée par le service. Motif : ${reason}`);

    expect(await world.services.requests.decideRequest({ number, decision: 'accept', staffId: 'agent', now: DECIDED_AT })).toEqual({ status: 'already_decided', number, current: 'refused' });
    expect(await world.services.requests.decideRequest({ number: 'D-2026-999999', decision: 'accept', staffId: 'agent', now: DECIDED_AT })).toEqual({ status: 'not_found', number: 'D-2026-999999' });
  });
});

describe('decideRequest on an absence justification, and the parent’s list', () => {
  it('accepts or refuses with a reason, notifies, and "mes demandes" shows the latest first with history', async () => {
    const family = await world.family();
    const guardianId = family.guardianIds[0];
    await world.book(family, ['2026-03-09']);
    const { documentId } = await world.services.requests.registerDocument({ guardianId, document: aReceivedPdf(), channel: 'webchat', now: DECIDED_AT });
    const justification = await world.services.requests.submitJustification({
      guardianId, childId: family.childIds[0], days: ['2026-03-09'], documentIds: [documentId], channel: 'webchat', idempotencyKey: 'j1', now: new Date('2026-03-11T08:00:00Z'),
    });
    if (justification.status !== 'received') throw new Error('expected a receipt');
    const late = await lateRequestFor(family);

    const refused = await world.services.requests.decideRequest({ number: justification.number, decision: 'refuse', reason: 'Certificat illisible.', staffId: 'agent', now: DECIDED_AT });
    expect(refused).toMatchObject({ status: 'decided', kind: 'absence_justification', decision: 'refused' });
    const [notification] = await world.services.requests.pendingNotifications(guardianId);
    expect(notification.text).toBe(`Votre justificatif d'absence n° ${justification.number} a été refusé par le service. Motif : Certificat illisible.`);

    const list = await world.services.requests.listRequests({ guardianId });
    expect(list.map((r) => [r.number, r.statusLabel])).toEqual([[late, 'envoyée au service'], [justification.number, 'refusée']]);
    expect(list[1].history.map((h) => h.status)).toEqual(['submitted', 'refused']);
    expect(list[1].summary).toBe(`Demande ${justification.number} (justificatif d'absence) pour Enfant0 : lundi 9 mars — refusée (motif : Certificat illisible.)`);
  });
});

describe('StaffRequestsAdapter (staff console port)', () => {
  it('lists the requests to decide with the family name, and decides with a French notice', async () => {
    const family = await world.family({ name: 'Martin' });
    const number = await lateRequestFor(family);
    const adapter = new StaffRequestsAdapter(world.services.queries, (command) => world.services.requests.decideRequest(command));

    const [summary] = await adapter.listToDecide();
    expect(summary).toMatchObject({ number, kind: 'demande hors délai', status: 'envoyée au service', familyName: expect.stringMatching(/^Famille Martin/) });
    expect(await adapter.decide({ number, decision: 'accept', staffId: 7, now: DECIDED_AT })).toEqual({ ok: true, message: `Demande ${number} acceptée ; la famille en sera informée.` });
    expect(await adapter.listToDecide()).toEqual([]);
    expect(await world.db.prisma.requestStatusChange.findFirst({ where: { toStatus: 'accepted' } })).toMatchObject({ actorKind: 'staff', actorId: '7', channel: 'console' });
  });
});
