import { cancelBookings } from '../../src/bookings/cancelBookings';
import { listBookings } from '../../src/bookings/listBookings';
import { reserveBookings } from '../../src/bookings/reserveBookings';
import { searchBookings } from '../../src/bookings/searchBookings';
import type { BookingWorld } from './support/bookingWorld';
import { FRIDAY, THURSDAY, TUESDAY, createBookingWorld } from './support/bookingWorld';

let world: BookingWorld;

beforeAll(async () => {
  world = await createBookingWorld();
});

afterAll(async () => {
  await world.destroy();
});

describe('listBookings and searchBookings', () => {
  it('lists a family’s booked and waiting days by child, leaving out cancellations and other families', async () => {
    await world.setCapacity('polangis', FRIDAY, 1);
    const other = await world.family({ name: 'Autre' });
    const family = await world.family({ children: 2, name: 'Martin' });
    const [lea, hugo] = family.childIds;
    await reserveBookings(world.deps, world.command(other));
    await reserveBookings(world.deps, world.command(family, { childIds: [lea], days: [TUESDAY, THURSDAY, FRIDAY], joinWaitingList: true }));
    await cancelBookings(world.deps, world.command(family, { childIds: [lea], days: [TUESDAY] }));

    const outcomes = await listBookings(world.queries, { guardianId: family.guardianIds[0] });

    expect(outcomes).toEqual([
      {
        code: 'listed',
        childId: lea,
        bookings: [
          expect.objectContaining({ day: THURSDAY, activity: 'soir', status: 'booked', siteName: 'Groupe scolaire Polangis' }),
          expect.objectContaining({ day: FRIDAY, status: 'waiting', position: 1 }),
        ],
      },
      { code: 'listed', childId: hugo, bookings: [] },
    ]);
  });

  it('limits the listing to a range of days and refuses children that are not the guardian’s', async () => {
    const family = await world.family();
    const other = await world.family();
    await reserveBookings(world.deps, world.command(family, { days: [TUESDAY, THURSDAY] }));

    const outcomes = await listBookings(world.queries, {
      guardianId: family.guardianIds[0],
      childIds: [family.childIds[0], other.childIds[0], 424_242],
      from: THURSDAY,
      to: FRIDAY,
    });

    expect(outcomes).toEqual([
      { code: 'listed', childId: family.childIds[0], bookings: [expect.objectContaining({ day: THURSDAY })] },
      { code: 'not_your_child', childId: other.childIds[0] },
      { code: 'unknown_child', childId: 424_242 },
    ]);
  });

  it('finds a child by name for staff, whatever the accents, case or order of names', async () => {
    const family = await world.family({ name: 'Lefèvre' });
    await reserveBookings(world.deps, world.command(family, { days: [THURSDAY] }));
    const [child] = await world.db.prisma.child.findMany({ where: { id: family.childIds[0] } });

    const shouted = `  ${child.lastName.toUpperCase().replace('È', 'E')} ${child.firstName} `;
    const byName = await searchBookings(world.queries, { childName: shouted });

    expect(byName.children.map((c) => c.id)).toEqual([child.id]);
    expect(byName.bookings.map((line) => line.day)).toEqual([THURSDAY]);
    expect((await searchBookings(world.queries, { childName: 'Personne Inconnue' })).children).toEqual([]);
  });
});
