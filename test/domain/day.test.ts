import { addDays, eachDay, isIsoDay, isoWeekday, mondayOf, todayIn, lastDayOfMonth } from '../../src/domain/day';

describe('calendar days', () => {
  it('rejects what is not a real day', () => {
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('13/03/2026')).toBe(false);
  });

  it('counts days across the DST change without drifting', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(eachDay('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  it('knows weekdays, Mondays and month ends', () => {
    expect(isoWeekday('2026-03-16')).toBe(1);
    expect(isoWeekday('2026-03-15')).toBe(7);
    expect(mondayOf('2026-03-15')).toBe('2026-03-09');
    expect(lastDayOfMonth('2026-02-10')).toBe('2026-02-28');
  });

  it('gives the Paris day of an instant late in the evening (UTC is still the day before)', () => {
    expect(todayIn(new Date('2026-03-09T23:30:00Z'), 'Europe/Paris')).toBe('2026-03-10');
    expect(todayIn(new Date('2026-07-09T22:30:00Z'), 'Europe/Paris')).toBe('2026-07-10');
    expect(todayIn(new Date('2026-07-09T21:30:00Z'), 'Europe/Paris')).toBe('2026-07-09');
  });
});
