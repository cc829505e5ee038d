/**
 * Round 20 (issue 9): families set AE showed missing once it was read, written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, children = options.children) => understand(text, { ...options, children });

describe('days and children as parents list them', () => {
  test('« les mercredis 9 et 16 » is one list; « (pas Nathan) » leaves him out', () => {
    const result = read('zoé et malo au centre les mercredis 9 et 16 décembre stp (pas nathan)');
    expect(result.dates).toEqual(['2026-12-09', '2026-12-16']);
    expect([...result.children].sort()).toEqual(['Malo', 'Zoé']);
  });

  test('« et aussi le seize » is one more day of the month said before; « Zoé elle non » leaves her out', () => {
    const result = read('c’est pour malo il aura besoin du centre le mercredi neuf décembre et aussi le seize zoé elle non ça va');
    expect(result.dates).toEqual(['2026-12-09', '2026-12-16']);
    expect(result.children).toEqual(['Malo']);
  });

  test('« la garderie des deux » is both children', () => {
    expect([...read('annuler garderie des deux jeudi, on part tôt', ['Zoé', 'Malo']).children].sort()).toEqual(['Malo', 'Zoé']);
  });

  test('« févier » is February, not the tree', () => {
    expect(read('réserver le centre pour Zoé la première semaine des vacances de févier').dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']);
  });

  test('day numbers said with one holiday week fall in it', () => {
    expect(read('inscrire Malo la deuxième semaine des vacances d’hiver, du 1er au 5').dates).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
  });
});

describe('what parents ask', () => {
  test('a booking asked in so many words, beside where the child will be the other week, is a booking', () => {
    const result = read('Ma fille m’a demandé de réserver le centre pour Zoé la première semaine des vacances d’hiver. La deuxième semaine, elle viendra chez moi en Bretagne.');
    expect(result.intent).toBe('reserve');
    expect(result.dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']);
  });

  test('« le médecin nous a fait un papier, comment je vous l’envoie ? » justifies an absence', () => {
    const result = read('Malo n’est pas venu au centre mercredi, il avait de la fièvre. Le médecin nous a fait un papier, comment je vous l’envoie ?');
    expect(result.intent).toBe('absence');
    expect(result.dates).toEqual(['2026-12-02']);
  });

  test('« what can I do with this chat? » asks for help', () => {
    expect(read('Hi, I am new. What I can do with this chat?').intent).toBe('help');
  });
});
