import { DEFAULT_TOWN_CONFIG_PATH, loadTownConfig } from '../../src/config/townConfig';
import type { TariffsConfig } from '../../src/config/tariffsConfig';
import type { BookedDay } from '../../src/money/statement';
import { computeStatement, justifiedKey } from '../../src/money/statement';

const base = loadTownConfig(DEFAULT_TOWN_CONFIG_PATH).tariffs as TariffsConfig;
const soirC = base.activities.soir!.prices.C;
const mercrediC = base.activities.mercredi!.prices.C;

/** Object mother: a kept booking of child 1 in March 2026. */
const booking = (over: Partial<BookedDay> & { bookingId: string; day: string }): BookedDay => ({ childId: 1, activity: 'soir', ...over });

function statementOf(bookings: BookedDay[], present: Record<string, boolean>, justified: string[] = [], tariffs: TariffsConfig = base) {
  return computeStatement({
    month: '2026-03',
    bookings,
    present: new Map(Object.entries(present)),
    justified: new Set(justified),
    profile: { quotient: 850, resident: true },
    tariffs,
  });
}

describe('monthly statement', () => {
  it.each([
    ['attended', { b1: true }, [], 'attended', true, soirC],
    ['no attendance recorded yet (counts as attended)', {}, [], 'attended', true, soirC],
    ['absent without justification (billed)', { b1: false }, [], 'absent_unjustified', true, soirC],
    ['absent with an accepted justification (not billed)', { b1: false }, [justifiedKey(1, '2026-03-10')], 'absent_justified', false, 0],
    ['justified but present (billed: the child came)', { b1: true }, [justifiedKey(1, '2026-03-10')], 'attended', true, soirC],
  ])('%s', (_, present, justified, presence, billed, amount) => {
    const statement = statementOf([booking({ bookingId: 'b1', day: '2026-03-10' })], present, justified);
    expect(statement.lines[0]).toMatchObject({ presence, billed, amountCents: amount });
    expect(statement.totalCents).toBe(amount);
  });

  it('adds the late-booking surcharge when the town sets one (rounded half up)', () => {
    const tariffs = { ...base, billing: { ...base.billing, lateBookingSurchargePercent: 10 } };
    const statement = statementOf([booking({ bookingId: 'b1', day: '2026-03-10', late: true }), booking({ bookingId: 'b2', day: '2026-03-12' })], {}, [], tariffs);
    expect(statement.lines[0].surchargeCents).toBe(Math.floor((soirC * 10 + 50) / 100));
    expect(statement.lines[1].surchargeCents).toBe(0);
    expect(statement.totalCents).toBe(2 * soirC + statement.lines[0].surchargeCents);
  });

  it('follows a town that does not bill unjustified absences', () => {
    const tariffs = { ...base, billing: { ...base.billing, absentWithoutJustification: 'notBilled' as const } };
    expect(statementOf([booking({ bookingId: 'b1', day: '2026-03-10' })], { b1: false }, [], tariffs).totalCents).toBe(0);
  });

  it('totals per child and per activity, days in order', () => {
    const statement = statementOf(
      [
        booking({ bookingId: 'b3', day: '2026-03-11', childId: 2, activity: 'mercredi' }),
        booking({ bookingId: 'b1', day: '2026-03-10' }),
        booking({ bookingId: 'b2', day: '2026-03-13' }),
      ],
      { b2: false },
      [justifiedKey(1, '2026-03-13')],
    );
    expect(statement.lines.map((l) => l.day)).toEqual(['2026-03-10', '2026-03-11', '2026-03-13']);
    expect(statement.children).toEqual([
      { childId: 1, days: 2, billedDays: 1, amountCents: soirC },
      { childId: 2, days: 1, billedDays: 1, amountCents: mercrediC },
    ]);
    expect(statement.totalCents).toBe(soirC + mercrediC);
  });
});
