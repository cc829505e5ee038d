/**
 * The flyer's deadlines, as tables: every worked example of booking-rules.md is a row,
 * plus DST weeks, Mondays, holiday periods and summer.
 */
import { createTownRules } from '../../src/domain/createTownRules';

const rules = createTownRules();

describe('deadline of a day (booking-rules.md, worked examples)', () => {
  it.each([
    // School period: D − 3 days (Tuesday to Friday), D − 4 for a Monday, at 23:59.
    ['2026-03-13', '2026-03-10', 'school_period'], // Friday → Tuesday (flyer's own example)
    ['2026-03-16', '2026-03-12', 'school_period'], // Monday → Thursday (flyer's own example)
    ['2026-03-11', '2026-03-08', 'school_period'], // Wednesday → Sunday
    ['2026-03-10', '2026-03-07', 'school_period'], // Tuesday → Saturday
    ['2026-03-12', '2026-03-09', 'school_period'], // Thursday → Monday
    // Short holidays: the Sunday 15 days before the first Monday, shared by every day.
    ['2027-02-22', '2027-02-07', 'short_holidays'], // hiver 2027, first day
    ['2027-03-05', '2027-02-07', 'short_holidays'], // hiver 2027, last Friday
    ['2027-04-19', '2027-04-04', 'short_holidays'], // printemps 2027
    ['2027-04-30', '2027-04-04', 'short_holidays'],
    ['2026-12-21', '2026-12-06', 'short_holidays'], // fin d'année 2026
    ['2027-01-01', '2026-12-06', 'short_holidays'], // a public holiday still belongs to the period
    ['2026-10-19', '2026-10-04', 'short_holidays'], // Toussaint 2026
    // Summer: the Sunday 22 days before the first Monday.
    ['2027-07-05', '2027-06-13', 'summer_holidays'],
    ['2027-08-31', '2027-06-13', 'summer_holidays'],
    ['2026-07-06', '2026-06-14', 'summer_holidays'],
    ['2026-08-20', '2026-06-14', 'summer_holidays'],
    // Bridge day (pont de l'Ascension): school-period rule, as booking-rules.md says.
    ['2026-05-15', '2026-05-12', 'school_period'],
    // Back from holidays: the first Monday of school is an ordinary Monday.
    ['2026-03-09', '2026-03-05', 'school_period'],
    ['2027-01-04', '2026-12-31', 'school_period'],
  ])('%s closes on %s (%s)', (day, lastDay, rule) => {
    const deadline = rules.deadlineFor(day);
    expect(deadline.lastDay).toBe(lastDay);
    expect(deadline.rule).toBe(rule);
    expect(deadline.closingTime).toBe('23:59');
  });

  it('closes at 23:59 Paris time in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(rules.deadlineFor('2026-03-13').closesAt.toISOString()).toBe('2026-03-10T23:00:00.000Z');
    expect(rules.deadlineFor('2026-06-12').closesAt.toISOString()).toBe('2026-06-09T22:00:00.000Z');
  });

  it('keeps the wall clock through the DST changes (end of March, end of October)', () => {
    // 29 March 2026: clocks go forward. Thursday 2 April closes Monday 30 March (UTC+2).
    expect(rules.deadlineFor('2026-04-02').lastDay).toBe('2026-03-30');
    expect(rules.deadlineFor('2026-04-02').closesAt.toISOString()).toBe('2026-03-30T22:00:00.000Z');
    // Wednesday 1 April closes Sunday 29 March, the day of the change itself.
    expect(rules.deadlineFor('2026-04-01').closesAt.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // Monday 30 March closes Thursday 26 March, still in winter time.
    expect(rules.deadlineFor('2026-03-30').closesAt.toISOString()).toBe('2026-03-26T23:00:00.000Z');
    // 25 October 2026: clocks go back. Tuesday 27 October is in the Toussaint holidays.
    expect(rules.deadlineFor('2026-11-03').lastDay).toBe('2026-10-31');
    expect(rules.deadlineFor('2026-11-03').closesAt.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    // Wednesday 28 October 2026 is in the Toussaint holidays: Sunday 4 October (summer time).
    expect(rules.deadlineFor('2026-10-28').closesAt.toISOString()).toBe('2026-10-04T22:00:00.000Z');
  });
});

describe('is a change still allowed', () => {
  const friday = '2026-03-13';
  it.each([
    ['2026-03-10T22:58:59.000Z', true], // Tuesday 23:58:59 Paris
    ['2026-03-10T22:59:59.999Z', true], // Tuesday 23:59:59.999 Paris: still in the 23:59 minute
    ['2026-03-10T23:00:00.000Z', false], // Wednesday 00:00 Paris
    ['2026-03-12T09:00:00.000Z', false],
  ])('Friday 13 March at %s → %s', (instant, allowed) => {
    expect(rules.isChangeAllowed(friday, new Date(instant))).toBe(allowed);
  });

  it('gives the same answer whatever the server time zone, since it compares instants', () => {
    const before = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      expect(rules.isChangeAllowed(friday, new Date('2026-03-10T22:30:00.000Z'))).toBe(true);
      expect(rules.deadlineFor(friday).closesAt.toISOString()).toBe('2026-03-10T23:00:00.000Z');
    } finally {
      process.env.TZ = before;
    }
  });
});
