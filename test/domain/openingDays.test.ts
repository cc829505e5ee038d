/** Which accueil each day offers (booking-rules.md, "What can be booked"). */
import { createTownRules } from '../../src/domain/createTownRules';

const rules = createTownRules();

describe('activity offered by a day', () => {
  it.each([
    ['2026-03-09', 'soir'], // Monday, school period
    ['2026-03-10', 'soir'],
    ['2026-03-11', 'mercredi'],
    ['2026-03-12', 'soir'],
    ['2026-03-13', 'soir'],
    ['2026-10-21', 'vacances'], // Wednesday in the Toussaint holidays
    ['2026-10-19', 'vacances'],
    ['2026-12-31', 'vacances'], // Noël holidays
    ['2026-07-06', 'vacances'], // summer
    ['2026-08-31', 'vacances'], // last day of summer 2026: classes resume Tuesday 1 September
    ['2026-09-01', 'soir'], // rentrée
    ['2026-05-15', 'vacances'], // pont de l'Ascension: no class, accueil de loisirs
    ['2026-07-03', 'soir'], // last Friday of school
  ])('%s offers %s', (day, activity) => {
    const offer = rules.activityOn(day);
    expect(offer.open).toBe(true);
    if (offer.open) expect(offer.activity).toBe(activity);
  });

  it.each([
    ['2026-03-14', 'weekend'],
    ['2026-03-15', 'weekend'],
    ['2026-07-14', 'public_holiday'],
    ['2026-05-14', 'public_holiday'], // Ascension
    ['2026-05-25', 'public_holiday'], // Lundi de Pentecôte
    ['2026-12-25', 'public_holiday'],
    ['2027-01-01', 'public_holiday'],
    ['2026-11-11', 'public_holiday'],
    ['2027-09-06', 'outside_calendar'], // 2027-2028 not yet published
  ])('%s is closed (%s)', (day, reason) => {
    const offer = rules.activityOn(day);
    expect(offer).toMatchObject({ open: false, reason });
  });

  it('names the public holiday', () => {
    expect(rules.activityOn('2026-07-14')).toMatchObject({ publicHolidayName: expect.stringMatching(/Nationale/) });
  });

  it('lists the opening days of the Noël 2026 holidays without Christmas and New Year', () => {
    expect(rules.openingDays('2026-12-19', '2027-01-03')).toEqual([
      '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24',
      '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
    ]);
  });
});

describe('holiday periods of zone C', () => {
  it.each([
    ['2026-10-17', 'toussaint'],
    ['2026-11-01', 'toussaint'],
    ['2027-02-20', 'hiver'],
    ['2027-03-07', 'hiver'],
    ['2027-07-03', 'ete'],
  ])('%s belongs to %s', (day, kind) => {
    expect(rules.calendar.periodContaining(day)?.kind).toBe(kind);
  });

  it.each(['2026-11-02', '2027-03-08', '2027-02-19'])('%s is a school day', (day) => {
    expect(rules.calendar.periodContaining(day)).toBeUndefined();
  });

  it('finds the next holidays from a school day and from inside a period', () => {
    expect(rules.calendar.nextPeriod('2026-11-26')?.kind).toBe('noel');
    expect(rules.calendar.nextPeriod('2026-12-23')?.kind).toBe('noel');
    expect(rules.calendar.nextPeriod('2026-11-26', 'printemps')?.firstDay).toBe('2027-04-17');
    expect(rules.calendar.nextPeriodStartingAfter('2026-12-23')?.kind).toBe('hiver');
  });
});
