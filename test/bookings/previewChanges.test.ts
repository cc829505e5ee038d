/** What a change would do, told before the parent confirms: a table of situations, nothing written. */
import { cancelBookings } from '../../src/bookings/cancelBookings';
import { previewChanges } from '../../src/bookings/previewChanges';
import { reserveBookings } from '../../src/bookings/reserveBookings';
import type { BookingWorld } from './support/bookingWorld';
import { EARLY, FRIDAY, THURSDAY, TUESDAY, createBookingWorld } from './support/bookingWorld';

/** Wednesday 11 March 2026, 10:00 in Paris: Tuesday 10 and Friday 13 are past their deadline, Monday 16 is not. */
const LATE = new Date('2026-03-11T09:00:00Z');
const MONDAY_16 = '2026-03-16';
const SATURDAY = '2026-03-14';

let world: BookingWorld;
beforeEach(async () => {
  world = await createBookingWorld();
});
afterEach(async () => {
  await world.destroy();
});

test('reserve: will change, already booked whatever the deadline, past deadline, full, closed', async () => {
  const family = await world.family();
  const [child] = family.childIds;
  await reserveBookings(world.deps, world.command(family, { days: [TUESDAY] }));
  await world.setCapacity('polangis', MONDAY_16, 0);
  const before = await world.db.prisma.booking.count();

  const preview = await previewChanges(world.queries, world.rules, {
    guardianId: family.guardianIds[0],
    mode: 'reserve',
    childIds: [child],
    days: [TUESDAY, FRIDAY, SATURDAY, MONDAY_16, '2026-03-17'],
    now: LATE,
  });
  expect(preview).toEqual([
    { code: 'already', childId: child, day: TUESDAY },
    { code: 'past_deadline', childId: child, day: FRIDAY, deadline: expect.objectContaining({ lastDay: TUESDAY, closingTime: '23:59' }) },
    { code: 'closed_day', childId: child, day: SATURDAY, reason: 'weekend' },
    { code: 'full', childId: child, day: MONDAY_16 },
    { code: 'will_change', childId: child, day: '2026-03-17' },
  ]);
  expect(await world.db.prisma.booking.count()).toBe(before);
});

test('cancel: a day never booked is "already" (not a late cancellation), a booked day past its deadline is past deadline', async () => {
  const family = await world.family();
  const [child] = family.childIds;
  await reserveBookings(world.deps, world.command(family, { days: [THURSDAY, FRIDAY, MONDAY_16] }));
  await cancelBookings(world.deps, world.command(family, { days: [MONDAY_16] }));

  const preview = await previewChanges(world.queries, world.rules, {
    guardianId: family.guardianIds[0],
    mode: 'cancel',
    childIds: [child],
    days: [TUESDAY, FRIDAY, MONDAY_16],
    now: LATE,
  });
  expect(preview.map((p) => [p.day, p.code])).toEqual([
    [TUESDAY, 'already'],
    [FRIDAY, 'past_deadline'],
    [MONDAY_16, 'already'],
  ]);
  const early = await previewChanges(world.queries, world.rules, { guardianId: family.guardianIds[0], mode: 'cancel', childIds: [child], days: [THURSDAY], now: EARLY });
  expect(early).toEqual([{ code: 'will_change', childId: child, day: THURSDAY }]);
});

test('another family\'s child and a day closed by the service', async () => {
  const mine = await world.family();
  const theirs = await world.family();
  await world.setCapacity('polangis', THURSDAY, 10, 'grève');
  const preview = await previewChanges(world.queries, world.rules, {
    guardianId: mine.guardianIds[0],
    mode: 'reserve',
    childIds: [mine.childIds[0], theirs.childIds[0]],
    days: [THURSDAY],
    now: EARLY,
  });
  expect(preview).toEqual([
    { code: 'closed_day', childId: mine.childIds[0], day: THURSDAY, reason: 'closed_by_service', detail: 'grève' },
    { code: 'not_your_child', childId: theirs.childIds[0], day: THURSDAY },
  ]);
});
