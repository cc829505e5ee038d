import { IdempotencyConflictError } from '../../src/bookings/idempotency';
import { reserveBookings } from '../../src/bookings/reserveBookings';
import type { BookingWorld } from './support/bookingWorld';
import { EARLY, FRIDAY, THURSDAY, TUESDAY, TRANSACTION_ENGINES, createBookingWorld } from './support/bookingWorld';

let world: BookingWorld;


async function bookingsOf(childId: number) {
  return world.db.prisma.booking.findMany({
    where: { childId },
    include: { bookableDay: true, history: true },
    orderBy: { bookableDay: { day: 'asc' } },
  });
}

describe.each(TRANSACTION_ENGINES)('reserveBookings (%s transactions)', (engine) => {
  beforeEach(async () => {
    world = await createBookingWorld(engine);
  });

  afterEach(async () => {
    await world.destroy();
  });

  it('books every asked day for every asked child, with history and audit naming who and which channel', async () => {
    const family = await world.family({ children: 2 });
    const [lea, hugo] = family.childIds;
    const result = await reserveBookings(world.deps, world.command(family, { days: [THURSDAY, FRIDAY], channel: 'webchat' }));

    expect(result.replayed).toBe(false);
    expect(result.outcomes).toEqual([
      { code: 'booked', childId: lea, day: THURSDAY, activity: 'soir' },
      { code: 'booked', childId: lea, day: FRIDAY, activity: 'soir' },
      { code: 'booked', childId: hugo, day: THURSDAY, activity: 'soir' },
      { code: 'booked', childId: hugo, day: FRIDAY, activity: 'soir' },
    ]);
    const rows = await bookingsOf(lea);
    expect(rows.map((row) => [row.bookableDay.day, row.status])).toEqual([
      [THURSDAY, 'booked'],
      [FRIDAY, 'booked'],
    ]);
    const who = { actorKind: 'guardian', actorId: String(family.guardianIds[0]), channel: 'webchat', at: EARLY };
    expect(rows[0].history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'booked', ...who })]);
    const audit = await world.db.prisma.auditEntry.findMany({ where: { action: 'booking.reserve' } });
    expect(audit).toHaveLength(4);
    expect(audit[0]).toMatchObject({ ...who, entityType: 'Booking' });
  });

  it('says already booked without writing anything new', async () => {
    const family = await world.family();
    await reserveBookings(world.deps, world.command(family));
    const again = await reserveBookings(world.deps, world.command(family, { days: [FRIDAY, THURSDAY] }));

    expect(again.outcomes.map((o) => o.code)).toEqual(['already_booked', 'booked']);
    expect(await world.db.prisma.bookingStatusChange.count()).toBe(2);
  });

  it('refuses a day past its deadline, giving the deadline, and still books the others', async () => {
    const family = await world.family();
    const [child] = family.childIds;
    // Wednesday 11 March 2026, 08:00 in Paris: Friday 13 closed on Tuesday 10 at 23:59.
    const now = new Date('2026-03-11T07:00:00Z');
    const result = await reserveBookings(world.deps, world.command(family, { now, days: [FRIDAY, '2026-03-16'] }));

    expect(result.outcomes).toEqual([
      {
        code: 'past_deadline',
        childId: child,
        day: FRIDAY,
        deadline: { closesAt: '2026-03-10T23:00:00.000Z', lastDay: TUESDAY, closingTime: '23:59', text: 'mardi 10 mars 2026 à 23h59' },
      },
      { code: 'booked', childId: child, day: '2026-03-16', activity: 'soir' },
    ]);
  });

  it('accepts a change at 23:59 on the last day and refuses it one minute later', async () => {
    const family = await world.family();
    const at2359 = new Date('2026-03-10T22:59:30Z');
    const at0000 = new Date('2026-03-10T23:00:00Z');
    const late = await reserveBookings(world.deps, world.command(family, { now: at0000 }));
    const inTime = await reserveBookings(world.deps, world.command(family, { now: at2359 }));
    expect(late.outcomes[0].code).toBe('past_deadline');
    expect(inTime.outcomes[0].code).toBe('booked');
  });

  it('explains closed days: weekend, public holiday, closed by the service, not in the database', async () => {
    const family = await world.family();
    const [child] = family.childIds;
    await world.setCapacity('polangis', THURSDAY, 60, 'Grève du personnel');
    const result = await reserveBookings(
      world.deps,
      world.command(family, { days: ['2026-03-14', '2026-05-14', THURSDAY, '2026-04-07'], now: new Date('2026-03-01T09:00:00Z') }),
    );

    expect(result.outcomes).toEqual([
      { code: 'closed_day', childId: child, day: '2026-03-14', reason: 'weekend' },
      { code: 'closed_day', childId: child, day: '2026-05-14', reason: 'public_holiday', detail: 'Ascension' },
      { code: 'closed_day', childId: child, day: THURSDAY, reason: 'closed_by_service', detail: 'Grève du personnel' },
      { code: 'closed_day', childId: child, day: '2026-04-07', reason: 'not_scheduled' },
    ]);
    expect(await world.db.prisma.booking.count()).toBe(0);
  });

  it('refuses unknown children and other families’ children, booking the guardian’s own', async () => {
    const mine = await world.family();
    const theirs = await world.family();
    const result = await reserveBookings(
      world.deps,
      world.command(mine, { childIds: [theirs.childIds[0], 999_999, mine.childIds[0]] }),
    );

    expect(result.outcomes).toEqual([
      { code: 'not_your_child', childId: theirs.childIds[0], day: FRIDAY },
      { code: 'unknown_child', childId: 999_999, day: FRIDAY },
      { code: 'booked', childId: mine.childIds[0], day: FRIDAY, activity: 'soir' },
    ]);
    expect(await bookingsOf(theirs.childIds[0])).toEqual([]);
  });

  it('answers full when no place is left, and keeps the waiting list in order when asked', async () => {
    await world.setCapacity('polangis', FRIDAY, 1);
    const first = await world.family();
    const second = await world.family();
    const third = await world.family();
    await reserveBookings(world.deps, world.command(first));

    const full = await reserveBookings(world.deps, world.command(second));
    expect(full.outcomes).toEqual([
      { code: 'full', childId: second.childIds[0], day: FRIDAY, activity: 'soir', capacity: 1, waitingCount: 0 },
    ]);
    expect(await bookingsOf(second.childIds[0])).toEqual([]);

    const waitSecond = await reserveBookings(world.deps, world.command(second, { joinWaitingList: true }));
    const oneSecondLater = new Date(EARLY.getTime() + 1000);
    const waitThird = await reserveBookings(world.deps, world.command(third, { joinWaitingList: true, now: oneSecondLater }));
    const askAgain = await reserveBookings(world.deps, world.command(second, { joinWaitingList: true }));

    expect(waitSecond.outcomes[0]).toMatchObject({ code: 'waitlisted', position: 1 });
    expect(waitThird.outcomes[0]).toMatchObject({ code: 'waitlisted', position: 2 });
    expect(askAgain.outcomes[0]).toMatchObject({ code: 'waitlisted', position: 1 });
    expect((await bookingsOf(third.childIds[0]))[0]).toMatchObject({ status: 'waiting' });
    expect(await world.db.prisma.auditEntry.count({ where: { action: 'booking.waitlist' } })).toBe(2);
  });

  it('counts the places taken earlier in the same call: two siblings for the last place, the second waits', async () => {
    await world.setCapacity('polangis', FRIDAY, 2);
    const other = await world.family();
    const siblings = await world.family({ children: 2 });
    await reserveBookings(world.deps, world.command(other));

    const result = await reserveBookings(world.deps, world.command(siblings, { days: [THURSDAY, FRIDAY], joinWaitingList: true }));

    expect(result.outcomes.map((outcome) => [outcome.childId, outcome.day, outcome.code])).toEqual([
      [siblings.childIds[0], THURSDAY, 'booked'],
      [siblings.childIds[0], FRIDAY, 'booked'],
      [siblings.childIds[1], THURSDAY, 'booked'],
      [siblings.childIds[1], FRIDAY, 'waitlisted'],
    ]);
    expect(result.outcomes[3]).toMatchObject({ position: 1 });
  });

  it('replays a key: same outcomes, nothing written, even once the deadline has passed', async () => {
    const family = await world.family();
    const command = world.command(family, { days: [THURSDAY, FRIDAY] });
    const first = await reserveBookings(world.deps, command);
    const counts = async () => [
      await world.db.prisma.booking.count(),
      await world.db.prisma.bookingStatusChange.count(),
      await world.db.prisma.auditEntry.count(),
      await world.db.prisma.idempotencyKey.count(),
    ];
    const before = await counts();

    const replay = await reserveBookings(world.deps, { ...command, now: new Date('2026-03-12T12:00:00Z') });

    expect(replay).toEqual({ outcomes: first.outcomes, replayed: true });
    expect(await counts()).toEqual(before);
  });

  it('rejects a key reused by another guardian instead of leaking their outcome', async () => {
    const family = await world.family();
    const other = await world.family();
    await reserveBookings(world.deps, world.command(family, { idempotencyKey: 'message-1' }));
    await expect(
      reserveBookings(world.deps, world.command(other, { idempotencyKey: 'message-1' })),
    ).rejects.toBeInstanceOf(IdempotencyConflictError);
    expect(await bookingsOf(other.childIds[0])).toEqual([]);
  });
});
