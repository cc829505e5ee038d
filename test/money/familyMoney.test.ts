import { DEFAULT_TOWN_CONFIG_PATH, loadTownConfig } from '../../src/config/townConfig';
import type { TariffsConfig } from '../../src/config/tariffsConfig';
import { PrismaMoneyStore } from '../../src/infrastructure/money/prismaMoneyStore';
import { FamilyMoney, ageOn, monthBounds } from '../../src/money/familyMoney';
import type { AttendanceSource, MoneyFamily } from '../../src/money/ports';
import type { TestDatabase } from '../infrastructure/support/testDatabase';
import { createTestDatabase } from '../infrastructure/support/testDatabase';

const tariffs = loadTownConfig(DEFAULT_TOWN_CONFIG_PATH).tariffs as TariffsConfig;
let db: TestDatabase;
let martin: MoneyFamily;

/** Attendance recorded by staff: these bookings (by child first name and day) absent. */
function absences(days: Array<[number, string]>): AttendanceSource {
  return {
    presentByBooking: async (ids) => {
      const rows = await db.prisma.booking.findMany({ where: { id: { in: ids.map(Number) } }, select: { id: true, childId: true, bookableDay: { select: { day: true } } } });
      return new Map(rows.filter((r) => days.some(([child, day]) => child === r.childId && day === r.bookableDay.day)).map((r) => [String(r.id), false]));
    },
  };
}

const child = (name: string) => martin.children.find((c) => c.firstName === name)!;

beforeAll(async () => {
  db = await createTestDatabase('seeded');
  const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
  martin = (await new PrismaMoneyStore(db.prisma).familyOfGuardian(guardian.id))!;
});

afterAll(async () => {
  await db.destroy();
});

describe('the demo Martin family', () => {
  it('has a QF of 850 (bracket C), a treasury reference and two payments in 2026', async () => {
    expect(martin).toMatchObject({ quotient: 850, quotientBracket: 'C', resident: true, billingReference: 'FAM-000101' });
    const payments = await new FamilyMoney(new PrismaMoneyStore(db.prisma), tariffs).payments(martin, '2026-01-01', '2026-12-31');
    expect(payments.map((p) => p.amountCents)).toEqual([1260, 2520]);
  });
});

describe('monthly statement from the database', () => {
  const soir = tariffs.activities.soir!.prices.C;
  const mercredi = tariffs.activities.mercredi!.prices.C;

  it('bills every booking of November 2026 while no attendance is recorded', async () => {
    const statement = await new FamilyMoney(new PrismaMoneyStore(db.prisma), tariffs).statement(martin, '2026-11');
    expect(statement.lines).toHaveLength(6);
    expect(statement.children).toEqual([
      { childId: child('Léa').id, days: 4, billedDays: 4, amountCents: 4 * soir },
      { childId: child('Inès').id, days: 2, billedDays: 2, amountCents: 2 * mercredi },
    ]);
    expect(statement.totalCents).toBe(4 * soir + 2 * mercredi);
  });

  it('bills an unjustified absence and not an absence whose justification the service accepted', async () => {
    const guardian = await db.prisma.guardian.findUniqueOrThrow({ where: { email: 'camille.martin@example.fr' } });
    const lea = child('Léa');
    await db.prisma.request.create({
      data: {
        number: 'D-2026-990001',
        kind: 'absence_justification',
        status: 'accepted',
        guardianId: guardian.id,
        childId: lea.id,
        payload: JSON.stringify({ type: 'absence_justification', children: [{ id: lea.id, firstName: 'Léa', lastName: 'Martin' }], days: ['2026-11-05'], leftOut: [], documentIds: ['doc'] }),
      },
    });
    const money = new FamilyMoney(new PrismaMoneyStore(db.prisma), tariffs, absences([[lea.id, '2026-11-03'], [lea.id, '2026-11-05']]));
    const statement = await money.statement(martin, '2026-11');
    const leaLines = statement.lines.filter((l) => l.childId === lea.id);
    expect(leaLines.map((l) => [l.day, l.presence, l.amountCents])).toEqual([
      ['2026-11-03', 'absent_unjustified', soir],
      ['2026-11-05', 'absent_justified', 0],
      ['2026-11-10', 'attended', soir],
      ['2026-11-17', 'attended', soir],
    ]);
    expect(statement.totalCents).toBe(3 * soir + 2 * mercredi);
  });

  it('attributes the year’s payments to the children in proportion to what each was billed', async () => {
    const figures = await new FamilyMoney(new PrismaMoneyStore(db.prisma), tariffs).attestation(martin, 2026);
    expect(figures.totalPaidCents).toBe(3780);
    expect(figures.children.map((c) => [c.child.firstName, c.billedCents, c.paidCents, c.underAgeLimit])).toEqual([
      ['Léa', 8 * soir, 1704, false],
      ['Hugo', mercredi, 692, false],
      ['Inès', 2 * mercredi, 1384, true],
    ]);
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-11', '2026-11-30'],
  ])('month %s ends on %s', (month, last) => {
    expect(monthBounds(month).to).toBe(last);
  });

  it('counts whole years', () => {
    expect(ageOn('2021-09-20', '2026-01-01')).toBe(4);
    expect(ageOn('2019-02-03', '2026-01-01')).toBe(6);
    expect(ageOn('2020-01-01', '2026-01-01')).toBe(6);
  });
});
