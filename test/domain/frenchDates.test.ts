import { frenchDay, frenchDayList, frenchTime } from '../../src/domain/frenchDates';

describe('days in French', () => {
  it.each([
    ['2026-03-11', {}, 'mercredi 11 mars'],
    ['2026-03-10', { withYear: true }, 'mardi 10 mars 2026'],
    ['2027-04-01', {}, 'jeudi 1er avril'],
    ['2026-08-15', { withoutWeekday: true }, '15 août'],
  ])('%s → %s', (day, options, text) => {
    expect(frenchDay(day, options)).toBe(text);
  });

  it('lists days with commas and "et"', () => {
    expect(frenchDayList(['2026-03-11', '2026-03-12', '2026-03-13'])).toBe(
      'mercredi 11 mars, jeudi 12 mars et vendredi 13 mars',
    );
    expect(frenchDayList(['2026-03-11'])).toBe('mercredi 11 mars');
  });

  it('writes times the French way', () => {
    expect(frenchTime('23:59')).toBe('23h59');
    expect(frenchTime('08:30')).toBe('8h30');
  });
});
