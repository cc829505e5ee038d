/** A late reservation the service accepts still counts places: a full day means the waiting list. */
import { FRIDAY } from '../bookings/support/bookingWorld';
import { createRequestWorld, type RequestWorld } from './support/requestWorld';

/** Wednesday 11 March 2026, 15:00 in Paris: past Friday's deadline. */
const DECIDED_AT = new Date('2026-03-11T14:00:00Z');

let world: RequestWorld;

beforeEach(async () => {
  world = await createRequestWorld();
});
afterEach(async () => {
  await world.destroy();
});

test('accepted on a full day: the child goes on the waiting list, the day keeps its capacity', async () => {
  await world.setCapacity('polangis', FRIDAY, 1);
  const holder = await world.family();
  await world.book(holder, [FRIDAY]);
  const late = await world.family();
  const submitted = await world.services.requests.submitLateRequest(world.lateRequest(late));
  if (submitted.status !== 'submitted') throw new Error('expected a request');

  const decided = await world.services.requests.decideRequest({ number: submitted.number, decision: 'accept', staffId: 'agent.dupont', now: DECIDED_AT });

  expect(decided).toMatchObject({ status: 'decided', decision: 'accepted', applied: [{ childId: late.childIds[0], day: FRIDAY, code: 'waitlisted' }] });
  const booking = await world.db.prisma.booking.findFirst({ where: { childId: late.childIds[0], bookableDay: { day: FRIDAY } } });
  expect(booking?.status).toBe('waiting');
  expect(await world.db.prisma.booking.count({ where: { bookableDay: { day: FRIDAY }, status: 'booked' } })).toBe(1);
});
