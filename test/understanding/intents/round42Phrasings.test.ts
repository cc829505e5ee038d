/**
 * Round 42 (issue 9): families found in set BG once read (set BH frozen first), written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February).
const options = { now: '2027-01-11T20:00', children: ['Ilan', 'Capucine'] };
const read = (text: string, now = options.now, children = options.children) => understand(text, { now, children });

describe('a day taken back while speaking', () => {
  test('« jeudi euh non mercredi et jeudi, elle avait … »: both days of the list said again', () => {
    expect(read('Capucine était absente jeudi euh non mercredi et jeudi elle avait une gastro')).toMatchObject({
      intent: 'absence',
      dates: ['2027-01-06', '2027-01-07'],
      children: ['Capucine'],
    });
  });

  test('« du lundi 1er au vendredi 5 euh non au jeudi 4 »: the end said again keeps the start', () => {
    expect(read('annulez Ilan du lundi 1er février au vendredi 5 euh non au jeudi 4')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04'],
    });
  });

  test('« le mardi 19 non pardon pas le 19 le mardi 26 janvier »: the day said no to, then the one said instead', () => {
    expect(read('réservez Capucine le mardi 19 non pardon pas le 19 le mardi 26 janvier')).toMatchObject({ intent: 'reserve', dates: ['2027-01-26'] });
  });
});

describe('two changes in one message', () => {
  test('« par contre », « en revanche » set a child and days against the change before: the other change', () => {
    expect(read('annulez Ilan mercredi 13. par contre Capucine jeudi 14 svp').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-13'], children: ['Ilan'] },
      { intent: 'reserve', dates: ['2027-01-14'], children: ['Capucine'] },
    ]);
    expect(read('Ilan ne viendra pas demain. Je vous remercie d’annuler. En revanche, Capucine devra rester vendredi.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-12'], children: ['Ilan'] },
      { intent: 'reserve', dates: ['2027-01-15'], children: ['Capucine'] },
    ]);
    // Without the contrast, the same change goes on.
    expect(read('annulez Ilan mercredi 13 et Capucine jeudi 14').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-13'], children: ['Ilan'] },
      { intent: 'cancel', dates: ['2027-01-14'], children: ['Capucine'] },
    ]);
  });

  test('a hyphenated name listed after another child stays in the same change', () => {
    expect(read('inscrivez ilan et jean-baptiste mardi soir, et enlevez les vendredi', options.now, ['Jean-Baptiste', 'Ilan']).actions).toEqual([
      { intent: 'reserve', dates: ['2027-01-12'], children: ['Jean-Baptiste', 'Ilan'] },
      { intent: 'cancel', dates: ['2027-01-15'], children: ['Jean-Baptiste', 'Ilan'] },
    ]);
  });

  test('the story told before the changes is not a change of its own', () => {
    expect(read('changement : j’ai la garde mardi au lieu de vendredi. donc inscrivez Ilan mardi soir et enlevez-le vendredi').actions).toEqual([
      { intent: 'reserve', dates: ['2027-01-12'], children: ['Ilan'] },
      { intent: 'cancel', dates: ['2027-01-15'], children: ['Ilan'] },
    ]);
    expect(read('Capucine devait venir mercredi, mais finalement ce sera jeudi. Il faut donc l’enlever du mercredi et la mettre le jeudi.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-13'], children: ['Capucine'] },
      { intent: 'reserve', dates: ['2027-01-14'], children: ['Capucine'] },
    ]);
    // « le lundi » is the Monday of the story, not the next one.
    expect(read('j’ai réservé Ilan le lundi 18 janvier alors qu’il fallait le mardi 19. Pouvez-vous enlever le lundi et mettre le mardi à la place ?').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-18'], children: ['Ilan'] },
      { intent: 'reserve', dates: ['2027-01-19'], children: ['Ilan'] },
    ]);
  });
});
