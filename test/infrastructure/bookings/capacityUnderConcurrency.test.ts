import { reserveBookings } from '../../../src/bookings/reserveBookings';
import type { BookingWorld } from '../../bookings/support/bookingWorld';
import { FRIDAY, TRANSACTION_ENGINES, createBookingWorld } from '../../bookings/support/bookingWorld';
import { testProvider } from '../support/testDatabase';

let world: BookingWorld;


describe.each(TRANSACTION_ENGINES)(`capacity under concurrent reservations (${testProvider()}) (%s transactions)`, (engine) => {
  beforeAll(async () => {
    world = await createBookingWorld(engine);
  });

  afterAll(async () => {
    await world.destroy();
  });

  it('50 parents at once for a day with 10 places: exactly 10 booked, 40 told it is full', async () => {
    await world.setCapacity('polangis', FRIDAY, 10);
    const families = [];
    for (let i = 0; i < 50; i += 1) families.push(await world.family());

    const results = await Promise.all(
      families.map((family) => reserveBookings(world.deps, world.command(family, { days: [FRIDAY] }))),
    );

    const codes = results.map((result) => result.outcomes[0].code);
    expect(codes.filter((code) => code === 'booked')).toHaveLength(10);
    expect(codes.filter((code) => code === 'full')).toHaveLength(40);
    expect(results.flatMap((r) => r.outcomes).filter((o) => o.code === 'full')).toEqual(
      expect.arrayContaining([expect.objectContaining({ capacity: 10, waitingCount: 0 })]),
    );
    const day = await world.db.prisma.bookableDay.findFirstOrThrow({ where: { day: FRIDAY, site: { code: 'polangis' } } });
    expect(await world.db.prisma.booking.count({ where: { bookableDayId: day.id, status: 'booked' } })).toBe(10);
    expect(await world.db.prisma.booking.count({ where: { bookableDayId: day.id } })).toBe(10);
  });

  it('two sites keep separate counts: a full site does not fill the other', async () => {
    await world.setCapacity('palissy', FRIDAY, 3);
    await world.setCapacity('parangon', FRIDAY, 5);
    const families = [];
    for (let i = 0; i < 8; i += 1) families.push(await world.family({ siteCode: i % 2 === 0 ? 'palissy' : 'parangon' }));

    const results = await Promise.all(families.map((family) => reserveBookings(world.deps, world.command(family))));

    const bookedAt = (site: string) =>
      world.db.prisma.booking.count({ where: { status: 'booked', bookableDay: { day: FRIDAY, site: { code: site } } } });
    expect(await bookedAt('palissy')).toBe(3);
    expect(await bookedAt('parangon')).toBe(4);
    expect(results.filter((r) => r.outcomes[0].code === 'full')).toHaveLength(1);
  });
});

describe(`one message delivered twice at once (${testProvider()})`, () => {
  beforeAll(async () => {
    world = await createBookingWorld('direct');
  });

  afterAll(async () => {
    await world.destroy();
  });

  it('books once, and both deliveries answer the same outcome (the second one replayed)', async () => {
    const family = await world.family();
    const command = world.command(family, { days: [FRIDAY] });

    const [a, b] = await Promise.all([reserveBookings(world.deps, command), reserveBookings(world.deps, command)]);

    expect(a.outcomes).toEqual(b.outcomes);
    expect(a.outcomes[0].code).toBe('booked');
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await world.db.prisma.booking.count({ where: { childId: family.childIds[0] } })).toBe(1);
    expect(await world.db.prisma.bookingStatusChange.count({ where: { booking: { childId: family.childIds[0] } } })).toBe(1);
  });
});
