/**
 * Round 14 (issue 9): date families set U showed missing once it was read, written anew.
 */
import { understand } from '../../../src/understanding/understand';

const read = (text: string, now: string, children = ['Nathan', 'Zoé']) => understand(text, { now, children });

describe('English ranges with "to"', () => {
  test.each([
    ['please cancel Zoé from monday 8 march to thursday 11 march', ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11']],
    ['Nathan garderie 15 to 18 march please', ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18']],
    ['Zoé was sick tuesday to thursday', ['2027-03-02', '2027-03-03', '2027-03-04']],
    ['remove Nathan every wednesday from 10 march to 24 march', ['2027-03-10', '2027-03-17', '2027-03-24']],
  ])('« %s »', (text, dates) => {
    expect(read(text, '2027-03-05T10:00').dates).toEqual(dates);
  });
});

describe('a weekday said apart from its date is that date', () => {
  test.each([
    ['inscrire Zoé mercredi le 17 mars au centre', ['2027-03-17']],
    ['Nathan jeudi soir, le 18, à la garderie svp', ['2027-03-18']],
    ['Zoé wednesday no centre, 17 mars', ['2027-03-17']],
  ])('« %s »', (text, dates) => {
    expect(read(text, '2027-03-08T10:00').dates).toEqual(dates);
  });

  test('two Wednesdays stay two: « pas mercredi, ni le mercredi 17 »', () => {
    expect(read('Nathan ne vient pas mercredi, ni le mercredi 17', '2027-03-08T10:00').dates).toEqual(['2027-03-10', '2027-03-17']);
  });

  test('« l’accueil du mercredi le 10 et le 17 » is those two days', () => {
    expect(read('inscrire Zoé à l’accueil du mercredi le 10 et le 17 mars', '2027-03-01T10:00').dates).toEqual(['2027-03-10', '2027-03-17']);
  });
});

describe('"et le mercredi aussi" beside the evening care and a period is the Wednesday service', () => {
  const week = ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19'];
  test.each([
    'Zoé part chez sa tante toute la semaine prochaine, annulez la garderie et le mercredi aussi',
    'mettre Nathan toute la semaine prochaine, le soir et le mercredi également',
    'la semaine prochaine Zoé ne vient pas, ni le soir ni le mercredi',
  ])('« %s »', (text) => {
    expect(read(text, '2027-03-08T10:00').dates).toEqual(week);
  });

  test('without a period, « la garderie et le mercredi » is still Wednesday', () => {
    expect(read('annuler la garderie et le mercredi pour Zoé', '2027-03-08T10:00').dates).toEqual(['2027-03-10']);
  });
});

describe('other families', () => {
  test('« jusqu’à la fin du mois » after a named first day ends that day’s month', () => {
    const dates = read('annuler Nathan à partir du lundi 15 mars jusqu’à la fin du mois', '2027-02-10T10:00').dates;
    expect(dates[0]).toBe('2027-03-15');
    expect(dates.at(-1)).toBe('2027-03-31');
  });

  test('« the wednesdays of may » in English', () => {
    expect(read('I need book Zoé for the wednesdays of may', '2027-03-31T10:00').dates).toEqual(['2027-05-05', '2027-05-12', '2027-05-19', '2027-05-26']);
  });

  test('« for toussaint holiday » is the autumn holidays', () => {
    expect(read('for toussaint holiday, until which date i can book Zoé?', '2026-09-20T10:00').dates[0]).toBe('2026-10-19');
  });

  test('« tomorow » typed with one r is tomorrow', () => {
    expect(read('reserve garderie for Zoé tomorow evening and friday also', '2027-03-09T08:00').dates).toEqual(['2027-03-10', '2027-03-12']);
  });

  test('a Turkish dotless i in a name is found: « Çınar »', () => {
    expect(understand('inscrire Çınar jeudi', { now: '2027-03-08T10:00', children: ['Çınar', 'Umay'] }).children).toEqual(['Çınar']);
  });
});
