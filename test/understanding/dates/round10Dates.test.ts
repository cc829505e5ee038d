/**
 * Round 10 (issue 9): date families set I showed missing once it was read, written anew.
 */
import { understand } from '../../../src/understanding/understand';

const read = (text: string, now: string, children = ['Léa', 'Hugo', 'Inès']) => understand(text, { now, children });

describe('days as parents type them', () => {
  test('« se soir » is this evening, « dem » tomorrow', () => {
    expect(read('annule Hugo se soir et dem', '2026-12-07T07:30').dates).toEqual(['2026-12-07', '2026-12-08']);
  });

  test('a weekday cut short right after a child: « léa ven, hugo jeu svp »', () => {
    const meaning = read('léa ven, hugo jeu svp', '2026-12-07T21:00');
    expect(meaning.actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Léa'] },
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Hugo'] },
    ]);
  });

  test('« un jeu » after a child stays a game', () => {
    expect(read('Léa a un jeu de société pour la fête', '2026-12-07T21:00').dates).toEqual([]);
  });

  test('« mercredi prochain et le mercredi d\'après » are two Wednesdays', () => {
    expect(read("il me faut une place pour Inès mercredi prochain et le mercredi d'après", '2026-12-07T08:00').dates).toEqual(['2026-12-09', '2026-12-16']);
  });
});

describe('days inside what is named with them', () => {
  test('a day number said with a month falls in it: « en mars, et aussi le 2 »', () => {
    expect(read('pour Hugo les mercredis de mars, et aussi le 2', '2027-02-10T10:00').dates).toEqual(['2027-03-02', '2027-03-03', '2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31']);
  });

  test('« la première semaine des vacances d\'hiver, du lundi au jeudi » is those days of that week', () => {
    expect(read("Inès la première semaine des vacances d'hiver, du lundi au jeudi", '2027-01-10T10:00').dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25']);
  });
});

describe('times that are no days asked', () => {
  test.each([
    ["j'ai reçu la facture de novembre, pourriez-vous m'expliquer le montant ?"],
    ['le marché de Noël de la ville, c\'est où ?'],
    ['merci pour le beau spectacle de Noël, Léa était ravie'],
    ['c\'est combien pour le mercredi ?'],
  ])('%s', (text) => expect(read(text, '2026-12-02T10:00').dates).toEqual([]));
});

test('« jusque vacances », the article left out, ends the day before the next holidays', () => {
  expect(read('tout les jeudis annuler jusque vacances pour Hugo', '2026-11-30T10:00').dates).toEqual(['2026-12-03', '2026-12-10', '2026-12-17']);
});
