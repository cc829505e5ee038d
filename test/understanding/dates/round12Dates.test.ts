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

describe('day numbers in words listed before their month', () => {
  test('« le premier, le deux et le trois février »', () => {
    expect(read('il faut la garderie pour Zoé le premier, le deux et le trois février', '2026-12-01T10:00').dates).toEqual(['2027-02-01', '2027-02-02', '2027-02-03']);
  });

  test('« les quinze seize et dix-sept décembre » (dictated, no commas)', () => {
    expect(read('nathan sera pas au centre les quinze seize et dix-sept décembre', '2026-12-01T10:00').dates).toEqual(['2026-12-15', '2026-12-16', '2026-12-17']);
  });

  test('« les deux et trois enfants » stay words', () => {
    expect(read('les deux enfants au centre mercredi 9 décembre', '2026-12-01T10:00').dates).toEqual(['2026-12-09']);
  });
});

describe('weeks of a holiday period and days in formal or non-native words', () => {
  test('« deuxième semaine de grande vacances » is the second week of the summer holidays', () => {
    expect(read('Deuxième semaine de grande vacances, Nathan au centre', '2027-05-03T10:00').dates).toEqual(['2027-07-12', '2027-07-13', '2027-07-15', '2027-07-16']);
  });

  test('« la première semaine des vacances de février et la deuxième aussi » is both weeks', () => {
    expect(read('réserver Zoé la première semaine des vacances d’hiver et la deuxième aussi', '2026-12-01T10:00').dates).toHaveLength(10);
  });

  test('« la semaine de 7 décembre » is that week', () => {
    expect(read('annuler Nathan toute la semaine de 7 décembre', '2026-12-01T10:00').dates).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
  });

  test('« de ce jour » in a letter is today', () => {
    expect(read('Pourriez-vous confirmer que Zoé est inscrite à l’accueil du soir de ce jour ?', '2026-12-03T09:00').dates).toEqual(['2026-12-03']);
  });
});

describe('« un » after a weekday is an article, unless a month follows', () => {
  test('« vendredi, un truc de dernière minute » is the Friday', () => {
    expect(read('hors délai je sais mais faut caser Zoé vendredi, un imprévu au boulot', '2026-12-01T08:00').dates).toEqual(['2026-12-04']);
  });

  test('« le vendredi un janvier » stays the 1st', () => {
    expect(read('Nathan au centre le mardi un juin', '2026-12-01T08:00').dates).toEqual(['2027-06-01']);
  });
});
