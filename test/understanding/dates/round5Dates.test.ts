/** Date families parents use that the grammar missed (issue 9): "semaine pro", weekday filters, colloquial periods, typos. */
import { understand } from '../../../src/understanding/understand';

const on = (now: string, text: string) => understand(text, { now, children: ['Léa', 'Hugo', 'Inès'] }).dates;
const MONDAY_9_MARCH = '2026-03-09T10:00';

test.each([
  ['réserver Léa la semaine pro', ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20']],
  ['semaine pro mardi pour Hugo', ['2026-03-17']],
  ['Hugo mardi semaine pro', ['2026-03-17']],
  ['inscrire Léa mercredi de la sem prochaine', ['2026-03-18']],
])('"semaine pro" in every position: %s', (text, days) => expect(on(MONDAY_9_MARCH, text)).toEqual(days));

test.each([
  ['les vendredis de mai pour Léa', ['2026-05-15', '2026-05-22', '2026-05-29']],
  ['tous ses mardis avant les vacances pour Inès', ['2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14']],
  ['inscrire Léa tous les mercredis d\'avril', ['2026-04-01', '2026-04-08', '2026-04-15', '2026-04-22', '2026-04-29']],
])('weekdays inside a month or up to the holidays: %s', (text, days) => expect(on(MONDAY_9_MARCH, text)).toEqual(days));

test('the second week of the winter holidays', () => {
  expect(on(MONDAY_9_MARCH, 'la deuxième semaine des vacances d\'hiver pour Léa')).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
});

const CHRISTMAS_2026 = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'];
test.each([
  ['les vacances de fin d\'année pour Hugo', CHRISTMAS_2026],
  ['réserver Léa vacance de noel', CHRISTMAS_2026],
  ['inscrire Hugo à la Toussaint', ['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30']],
  ['Léa à Pâques', ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24', '2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30']],
])('colloquial period names and typos: %s', (text, days) => expect(on(MONDAY_9_MARCH, text)).toEqual(days));

test('"vacances d hivers", typed as said', () => {
  expect(on('2026-11-30T10:00', 'vacances d hivers pour Hugo')).toEqual([
    '2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05',
  ]);
});

test('elisions typed without apostrophe are read', () => {
  expect(understand('j ai besoin d une place pour Léa jeudi', { now: MONDAY_9_MARCH, children: ['Léa'] })).toMatchObject({ intent: 'reserve', dates: ['2026-03-12'] });
});

test.each([
  ['réserver Léa jeudi… non, pour mercredi', ['2026-03-11']],
  ['vac d\'hiver 2e semaine pour Hugo', ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']],
  ['inscrire Hugo pendant les vacances de printemps, la première semaine seulement', ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24']],
  ['Léa et Hugo restent le soir ce jeudi et le suivant', ['2026-03-12', '2026-03-19']],
  ['Léa au centre les mercredis de novembre après les vacances', ['2026-11-04', '2026-11-18', '2026-11-25']],
  ['inscrire Léa à partir du lundi 16 mars, tous les soirs de cette semaine-là', ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20']],
  ['Pouvez-vous ajouter Hugo le mardi et le jeudi pendant tout le mois d\'avril ?', ['2026-04-02', '2026-04-07', '2026-04-09', '2026-04-14', '2026-04-16', '2026-04-21', '2026-04-23', '2026-04-28', '2026-04-30']],
  ['inscrire Inès le jeudi vingt-six mars', ['2026-03-26']],
])('taken back, ranked, repeated, anaphoric, habitual, spelt: %s', (text, days) => expect(on(MONDAY_9_MARCH, text)).toEqual(days));
