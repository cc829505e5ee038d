/** Date families a fresh set of parents' messages showed the grammar missing (issue 9, set D read on 1 December). */
import { understand } from '../../../src/understanding/understand';

const on = (now: string, text: string) => understand(text, { now, children: ['Léa', 'Hugo', 'Inès'] }).dates;
const TUESDAY_10_NOVEMBER = '2026-11-10T21:10';

test.each([
  ["tous les mercredis d'avril jusqu'aux vacances pour Léa", ['2027-04-07', '2027-04-14']],
  ['les trois tous les mercredis de décembre avant les vacances', ['2026-12-02', '2026-12-09', '2026-12-16']],
  ['tous les mardis de décembre pour Hugo', ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']],
])('a month cut at the holidays that follow it: %s', (text, days) => expect(on(TUESDAY_10_NOVEMBER, text)).toEqual(days));

test.each([
  ["Léa aura besoin de l'accueil du soir les 18, 20 et 21", ['2026-11-18', '2026-11-20']],
  ['Hugo les 18 20 et 24', ['2026-11-18', '2026-11-20', '2026-11-24']],
])('days of the month in a list, commas or not: %s', (text, days) => expect(on(TUESDAY_10_NOVEMBER, text)).toEqual(days));

test.each([
  ["Pour annuler un mercredi, il faut prévenir combien de temps à l'avance ?"],
  ["Est-ce que le délai est différent quand c'est un lundi ?"],
])('"un lundi" is any Monday, no day: %s', (text) => expect(on(TUESDAY_10_NOVEMBER, text)).toEqual([]));

describe('round 7 (set D read again on 1 December)', () => {
  test('"les vacances d\'octobre" are the Toussaint holidays, and their first week is a week', () => {
    expect(on('2026-10-01T08:55', "Léa seulement la première semaine des vacances d'octobre svp")).toEqual(['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23']);
  });
  test('"la première semaine des vacances", unnamed, is the first week of the next holidays', () => {
    expect(on('2026-10-14T19:50', 'Léa ne viendra pas vendredi ni la première semaine des vacances')).toEqual(['2026-10-16', '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23']);
  });
  test('"du lundi 30 novembre jusqu\'aux vacances de Noël" starts on the 30th, not today', () => {
    const days = on('2026-11-11T20:00', "Annulez tout du lundi 30 novembre jusqu'aux vacances de Noël svp");
    expect(days[0]).toBe('2026-11-30');
    expect(days.at(-1)).toBe('2026-12-18');
  });
  test('"cet été, en juillet, tout le mois" is July only', () => {
    const days = on('2027-05-27T12:55', 'Bonjour, pour cet été je voudrais inscrire Hugo en juillet, tout le mois.');
    expect(days[0]).toBe('2027-07-01');
    expect(days.at(-1)).toBe('2027-07-30');
  });
  test('"opéré hier … jusqu\'au 28, annulez": the days to come, not yesterday', () => {
    expect(on('2027-05-20T17:10', "Hugo a été opéré hier, il restera à la maison jusqu'au 28. Annulez ses jours svp")[0]).toBe('2027-05-20');
  });
  test('"je n\'ai eu mon planning qu\'aujourd\'hui" names no day', () => {
    expect(on('2027-02-11T18:00', "Pourriez-vous accepter Léa pendant la première semaine des vacances d'hiver ? Je n'ai eu mon planning qu'aujourd'hui.")).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']);
  });
  test('"pour Noël" beside named days is the story: the days named', () => {
    expect(on('2026-12-15T21:00', 'On annule jeudi et vendredi pour les deux, on part plus tôt pour Noël')).toEqual(['2026-12-17', '2026-12-18']);
  });
  test('"à Noël" alone is the Christmas holidays', () => {
    expect(on('2026-12-01T21:00', 'inscrire Léa à Noël')[0]).toBe('2026-12-21');
  });
});

describe('round 7 (set E read on 1 December)', () => {
  test('"toute la semaine d\'après les vacances" is the week classes resume', () => {
    expect(on('2027-02-26T18:00', "Léa sera chez son père toute la semaine d'après les vacances")).toEqual(['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12']);
  });
  test('"les vacances commencent demain … la deuxième semaine des vacances": the second week only', () => {
    expect(on('2026-10-16T17:00', 'Les vacances commencent demain. Hugo va au centre toute la deuxième semaine des vacances.')).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30']);
  });
  test('"la semaine du 26 avril" inside the spring holidays named: that week', () => {
    expect(on('2027-03-31T13:00', 'On ne peut plus modifier les vacances de printemps : Léa doit être retirée de la semaine du 26 avril.')).toEqual(['2027-04-26', '2027-04-27', '2027-04-28', '2027-04-29', '2027-04-30']);
  });
  test('"pour aujourd\'hui, c\'est mercredi" is today only', () => {
    expect(on('2026-11-25T07:50', "J'ai oublié d'inscrire Léa pour aujourd'hui, c'est mercredi... c'est trop tard ?")).toEqual(['2026-11-25']);
  });
  test('the days a child "reste inscrite" are not cancelled', () => {
    expect(on('2026-12-17T11:00', 'Léa ne sera pas au centre lundi 21 finalement. Par contre elle reste inscrite le 22 et le 23.')).toEqual(['2026-12-21']);
  });
});

describe('set G read (2 December): typos and short forms of dates', () => {
  const FRIDAY_5_MARCH_2027 = '2027-03-05T14:00';
  test('"jusqu\'au vacances" is "jusqu\'aux vacances"', () => {
    expect(on(FRIDAY_5_MARCH_2027, 'inscrire Hugo les jeudis jusqu\'au vacances')).toEqual(['2027-03-11', '2027-03-18', '2027-03-25', '2027-04-01', '2027-04-08', '2027-04-15']);
  });
  test('weekdays cut short before a day number: "du lun 15 au mer 17"', () => {
    expect(on(FRIDAY_5_MARCH_2027, 'Léa du lun 15 au mer 17 mars')).toEqual(['2027-03-15', '2027-03-16', '2027-03-17']);
    expect(on(FRIDAY_5_MARCH_2027, 'Léa part à la mer 3 jours, on vous redit')).toEqual([]);
  });
  test('plural weekdays after "de": "combien de mercredis en mars", "plus de vendredis jusqu\'aux vacances"', () => {
    expect(on(FRIDAY_5_MARCH_2027, 'Léa est inscrite combien de mercredis en mars ?')).toEqual(['2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31']);
    const meaning = understand('Hugo plus de vendredis jusqu\'aux vacances', { now: FRIDAY_5_MARCH_2027, children: ['Léa', 'Hugo'] });
    expect(meaning.intent).toBe('cancel');
    expect(meaning.dates).toEqual(['2027-03-05', '2027-03-12', '2027-03-19', '2027-03-26', '2027-04-02', '2027-04-09', '2027-04-16']);
  });
});

test('"les 3 prochains mercredis": the next one and the weeks after, no children counted', () => {
  const meaning = understand('inscrire les 3 prochains mercredis', { now: '2027-03-03T18:00', children: ['Léa', 'Hugo', 'Inès'] });
  expect(meaning.dates).toEqual(['2027-03-10', '2027-03-17', '2027-03-24']);
  expect(meaning.children).toEqual([]);
  expect(on('2027-03-03T18:00', 'Hugo mercredi et le suivant')).toEqual(['2027-03-10', '2027-03-17']);
});
