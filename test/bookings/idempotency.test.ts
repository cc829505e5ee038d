/** An idempotency key answers only the call it was first used for: same person, same operation. */
import { cancelBookings } from '../../src/bookings/cancelBookings';
import { IdempotencyConflictError } from '../../src/bookings/idempotency';
import { reserveBookings } from '../../src/bookings/reserveBookings';
import type { BookingWorld } from './support/bookingWorld';
import { FRIDAY, THURSDAY, createBookingWorld } from './support/bookingWorld';

let world: BookingWorld;

beforeEach(async () => {
  world = await createBookingWorld();
});
afterEach(async () => {
  await world.destroy();
});

const statusOf = async (childId: number, day: string) =>
  (await world.db.prisma.booking.findFirst({ where: { childId, bookableDay: { day } } }))?.status;

test('a key used for a reservation, then sent with a cancellation by the same parent, is refused: nothing is cancelled', async () => {
  const family = await world.family();
  await reserveBookings(world.deps, world.command(family, { days: [FRIDAY], idempotencyKey: 'message-7' }));

  await expect(cancelBookings(world.deps, world.command(family, { days: [FRIDAY], idempotencyKey: 'message-7' }))).rejects.toBeInstanceOf(
    IdempotencyConflictError,
  );
  expect(await statusOf(family.childIds[0], FRIDAY)).toBe('booked');
});

test('the same key and operation replays the first outcome, whatever the days sent again', async () => {
  const family = await world.family();
  const first = await reserveBookings(world.deps, world.command(family, { days: [FRIDAY], idempotencyKey: 'message-8' }));
  const replay = await reserveBookings(world.deps, world.command(family, { days: [THURSDAY], idempotencyKey: 'message-8' }));
  expect(replay).toEqual({ outcomes: first.outcomes, replayed: true });
  expect(await statusOf(family.childIds[0], THURSDAY)).toBeUndefined();
});
