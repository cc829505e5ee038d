/**
 * Round 12 (issue 9): date families set L showed missing once it was read, written anew.
 */
import { understand } from '../../../src/understanding/understand';

const read = (text: string, now: string, children = ['Nathan', 'Zoé']) => understand(text, { now, children });

describe('months cut short after a day number', () => {
  test.each([
    ['garderie pour Zoé du 8 au 10 fév svp', ['2027-02-08', '2027-02-09', '2027-02-10']],
    ['Nathan au centre le 5 janv.', ['2027-01-05']],
    ['annuler Nathan le 2 avr', ['2027-04-02']],
  ])('« %s »', (text, dates) => {
    expect(read(text, '2026-12-01T10:00').dates).toEqual(dates);
  });
});
