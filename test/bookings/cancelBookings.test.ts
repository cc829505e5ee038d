import { WAITLIST_PROMOTED, cancelBookings } from '../../src/bookings/cancelBookings';
import { reserveBookings } from '../../src/bookings/reserveBookings';
import type { BookingWorld, FamilyFixture } from './support/bookingWorld';
import { EARLY, FRIDAY, THURSDAY, TRANSACTION_ENGINES, createBookingWorld } from './support/bookingWorld';

let world: BookingWorld;


const later = (seconds: number) => new Date(EARLY.getTime() + seconds * 1000);

async function bookingOf(family: FamilyFixture, day = FRIDAY) {
  return world.db.prisma.booking.findFirst({
    where: { childId: family.childIds[0], bookableDay: { day } },
    include: { history: { orderBy: { id: 'asc' } } },
  });
}

async function waitingPositions() {
  const lines = await world.queries.listBookings({ from: FRIDAY, to: FRIDAY });
  return lines.filter((line) => line.status === 'waiting').map((line) => [line.childId, line.position]);
}

describe.each(TRANSACTION_ENGINES)('cancelBookings (%s transactions)', (engine) => {
  beforeEach(async () => {
    world = await createBookingWorld(engine);
  });

  afterEach(async () => {
    await world.destroy();
  });

  it('cancels a booking, keeping its history and an audit row', async () => {
    const family = await world.family();
    await reserveBookings(world.deps, world.command(family, { days: [THURSDAY, FRIDAY] }));
    const result = await cancelBookings(world.deps, world.command(family, { days: [FRIDAY], now: later(60), channel: 'msteams' }));

    expect(result.outcomes).toEqual([{ code: 'cancelled', childId: family.childIds[0], day: FRIDAY, activity: 'soir', wasWaiting: false }]);
    const booking = await bookingOf(family);
    expect(booking?.status).toBe('cancelled');
    expect(booking?.history.map((h) => [h.fromStatus, h.toStatus, h.channel])).toEqual([
      [null, 'booked', 'test'],
      ['booked', 'cancelled', 'msteams'],
    ]);
    expect(await world.db.prisma.auditEntry.count({ where: { action: 'booking.cancel', channel: 'msteams' } })).toBe(1);
    expect((await bookingOf(family, THURSDAY))?.status).toBe('booked');
  });

  it('says not booked for a day that was never booked or is already cancelled', async () => {
    const family = await world.family();
    await reserveBookings(world.deps, world.command(family));
    await cancelBookings(world.deps, world.command(family));
    const result = await cancelBookings(world.deps, world.command(family, { days: [FRIDAY, THURSDAY] }));

    expect(result.outcomes).toEqual([
      { code: 'not_booked', childId: family.childIds[0], day: FRIDAY },
      { code: 'not_booked', childId: family.childIds[0], day: THURSDAY },
    ]);
  });

  it('refuses after the deadline and leaves the booking as it was', async () => {
    const family = await world.family();
    await reserveBookings(world.deps, world.command(family));
    const result = await cancelBookings(world.deps, world.command(family, { now: new Date('2026-03-11T07:00:00Z') }));

    expect(result.outcomes[0]).toMatchObject({ code: 'past_deadline', deadline: { text: 'mardi 10 mars 2026 à 23h59' } });
    expect((await bookingOf(family))?.status).toBe('booked');
  });

  it('gives the freed place to the first waiting child and records that the family must be told', async () => {
    await world.setCapacity('polangis', FRIDAY, 1);
    const leaving = await world.family();
    const firstInLine = await world.family({ guardians: 2 });
    const secondInLine = await world.family();
    await reserveBookings(world.deps, world.command(leaving));
    await reserveBookings(world.deps, world.command(firstInLine, { joinWaitingList: true, now: later(1) }));
    await reserveBookings(world.deps, world.command(secondInLine, { joinWaitingList: true, now: later(2) }));

    await cancelBookings(world.deps, world.command(leaving, { now: later(10) }));

    const promoted = await bookingOf(firstInLine);
    expect(promoted?.status).toBe('booked');
    expect(promoted?.history.at(-1)).toMatchObject({
      fromStatus: 'waiting',
      toStatus: 'booked',
      actorKind: 'system',
      reason: 'place libérée par une annulation',
      at: later(10),
    });
    const notifications = await world.db.prisma.notification.findMany({ orderBy: { guardianId: 'asc' } });
    expect(notifications.map((n) => [n.kind, n.guardianId, n.bookingId, n.status])).toEqual(
      firstInLine.guardianIds.map((guardianId) => [WAITLIST_PROMOTED, guardianId, promoted?.id, 'pending']),
    );
    expect(JSON.parse(notifications[0].payload)).toMatchObject({ childId: firstInLine.childIds[0], day: FRIDAY, activity: 'soir' });
    expect(await world.db.prisma.auditEntry.count({ where: { action: 'booking.promote', actorKind: 'system' } })).toBe(1);
    expect(await waitingPositions()).toEqual([[secondInLine.childIds[0], 1]]);
  });

  it('cancelling a booked and a waiting sibling at once: the promoted sibling is then cancelled too, and the place passes on', async () => {
    await world.setCapacity('polangis', FRIDAY, 1);
    const siblings = await world.family({ children: 2 });
    const next = await world.family();
    await reserveBookings(world.deps, world.command(siblings, { joinWaitingList: true }));
    await reserveBookings(world.deps, world.command(next, { joinWaitingList: true, now: later(1) }));

    const result = await cancelBookings(world.deps, world.command(siblings, { now: later(10) }));

    expect(result.outcomes.map((outcome) => [outcome.childId, outcome.code, 'wasWaiting' in outcome && outcome.wasWaiting])).toEqual([
      [siblings.childIds[0], 'cancelled', false],
      [siblings.childIds[1], 'cancelled', false],
    ]);
    const second = await world.db.prisma.booking.findFirst({
      where: { childId: siblings.childIds[1] },
      include: { history: { orderBy: { id: 'asc' } } },
    });
    expect(second?.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'waiting'],
      ['waiting', 'booked'],
      ['booked', 'cancelled'],
    ]);
    expect((await bookingOf(next))?.status).toBe('booked');
  });

  it('leaving the waiting list frees no place and promotes nobody', async () => {
    await world.setCapacity('polangis', FRIDAY, 1);
    const booked = await world.family();
    const first = await world.family();
    const second = await world.family();
    await reserveBookings(world.deps, world.command(booked));
    await reserveBookings(world.deps, world.command(first, { joinWaitingList: true, now: later(1) }));
    await reserveBookings(world.deps, world.command(second, { joinWaitingList: true, now: later(2) }));

    const result = await cancelBookings(world.deps, world.command(first, { now: later(5) }));

    expect(result.outcomes[0]).toMatchObject({ code: 'cancelled', wasWaiting: true });
    expect(await world.db.prisma.booking.count({ where: { status: 'booked' } })).toBe(1);
    expect(await world.db.prisma.notification.count()).toBe(0);
    expect(await waitingPositions()).toEqual([[second.childIds[0], 1]]);
  });

  it('books again after a cancellation on the same row, history telling the whole story', async () => {
    const family = await world.family();
    await reserveBookings(world.deps, world.command(family));
    await cancelBookings(world.deps, world.command(family, { now: later(1) }));
    const again = await reserveBookings(world.deps, world.command(family, { now: later(2) }));

    expect(again.outcomes[0].code).toBe('booked');
    expect(await world.db.prisma.booking.count()).toBe(1);
    expect((await bookingOf(family))?.history.map((h) => h.toStatus)).toEqual(['booked', 'cancelled', 'booked']);
  });

  it('replays a cancellation key without cancelling twice or promoting again', async () => {
    await world.setCapacity('polangis', FRIDAY, 1);
    const leaving = await world.family();
    const waiting = await world.family();
    await reserveBookings(world.deps, world.command(leaving));
    await reserveBookings(world.deps, world.command(waiting, { joinWaitingList: true, now: later(1) }));
    const command = world.command(leaving, { now: later(5) });
    const first = await cancelBookings(world.deps, command);
    // The leaving family books again in between: the replay must not cancel this new booking.
    await reserveBookings(world.deps, world.command(leaving, { now: later(6), joinWaitingList: true }));

    const replay = await cancelBookings(world.deps, command);

    expect(replay).toEqual({ outcomes: first.outcomes, replayed: true });
    expect((await bookingOf(leaving))?.status).toBe('waiting');
    expect(await world.db.prisma.notification.count()).toBe(1);
  });
});

describe('a cancellation on a day that stays full', () => {
  beforeEach(async () => {
    world = await createBookingWorld();
  });
  afterEach(async () => {
    await world.destroy();
  });

  it('promotes nobody when the service has lowered the capacity below the children booked', async () => {
    const first = await world.family();
    const second = await world.family();
    const waiting = await world.family();
    await world.setCapacity('polangis', FRIDAY, 2);
    await reserveBookings(world.deps, world.command(first));
    await reserveBookings(world.deps, world.command(second, { now: later(1) }));
    await reserveBookings(world.deps, world.command(waiting, { joinWaitingList: true, now: later(2) }));
    // The service takes one place back (fewer staff that evening): 2 booked for 1 place.
    await world.setCapacity('polangis', FRIDAY, 1);

    await cancelBookings(world.deps, world.command(first, { now: later(10) }));

    // One booked for one place: the day is still full, the waiting child still waits.
    expect((await bookingOf(waiting))?.status).toBe('waiting');
    expect(await world.db.prisma.booking.count({ where: { bookableDay: { day: FRIDAY }, status: 'booked' } })).toBe(1);
    expect(await world.db.prisma.notification.count()).toBe(0);
  });
});
