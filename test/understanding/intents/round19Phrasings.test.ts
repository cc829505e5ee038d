/**
 * Round 19 (issue 9): families set AD showed missing once it was read, written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('days as parents say or dictate them', () => {
  test('weekdays « dans la première semaine des vacances » fall in that week; a weekday listed beside it with « ni » does not', () => {
    expect(read('mettre Zoé lundi et mardi dans la première semaine des vacances de Noël').dates).toEqual(['2026-12-21', '2026-12-22']);
    const listed = read('Zoé ne viendra pas vendredi ni la première semaine des vacances de Noël').dates;
    expect(listed).toContain('2026-12-11');
    expect(listed).toContain('2026-12-21');
  });

  test('« euh et aussi » adds a day; it takes none back', () => {
    expect(read('inscrire Nathan au centre le mercredi seize décembre euh et aussi le six janvier').dates).toEqual(['2026-12-16', '2027-01-06']);
  });

  test('« cette semaine, à partir de demain jusqu’à vendredi »: the days from tomorrow', () => {
    expect(read('annuler la garderie de Malo cette semaine, à partir de demain jusqu’à vendredi').dates).toEqual(['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
  });

  test('« le vendredi d’après »: the first Friday after the day named before it', () => {
    expect(read('Malo à la garderie mercredi en huit et le vendredi d’après svp').dates).toEqual(['2026-12-16', '2026-12-18']);
  });
});

describe('what parents ask', () => {
  test('« plu besoin » is no more need: a cancellation', () => {
    const result = read('plu besoin de garderie pr Malo jeudi, je suis en repos');
    expect(result.intent).toBe('cancel');
    expect(result.dates).toEqual(['2026-12-10']);
  });

  test('« pa jeudi mais vendredi a la place »: a move', () => {
    expect(read('chgt pr Malo: pa jeudi mais vendredi a la place').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Malo'] },
    ]);
  });

  test('« c trop tar mais jpeu… » asks a late change', () => {
    expect(read('je sais c trop tar mais jpeu mettre Zoé demain soir ? imprévu au travail').intent).toBe('late_request');
  });

  test('« jpeu avoir qqn au tel » asks a person, with or without a question mark', () => {
    expect(read('jpeu avoir qqn au tel svp, trop long a ecrire').intent).toBe('handoff');
    expect(read('jpeu avoir qqn au tel ?').intent).toBe('handoff');
  });

  test('a call asked beside a hospital stay goes to a person, even with a day the child will miss', () => {
    const result = understand('ma fille est hospitalisée depuis ce matin, elle sera absente demain, est-ce que quelqu’un peut me rappeler', options);
    expect(result.intent).toBe('handoff');
  });

  test('what the messaging allows, asked by someone who discovers it, is help', () => {
    expect(read('je découvre ce service de messagerie, vous pouvez m’expliquer ce qu’il permet de faire ?').intent).toBe('help');
  });

  test('how one went to see the headmistress in the old days asks no person; the booking told next stays a booking', () => {
    const result = read('De mon temps on allait voir la directrice, tout simplement. Bref, ma fille voudrait que Nathan aille au centre mercredi 16.');
    expect(result.intent).toBe('reserve');
    expect(result.dates).toEqual(['2026-12-16']);
  });

  test('the number of a sports club is off topic', () => {
    expect(read('auriez-vous le numéro du club de judo de la ville ?').intent).toBe('none');
  });

  test('two changes asked beside a funeral stay two changes, the first said first', () => {
    const result = read('Je garde Nathan et Zoé cette semaine, leurs parents sont à un enterrement. Il faut retirer Nathan du centre mercredi, et par contre mettre Zoé jeudi et vendredi.');
    expect(result.intent).toBe('cancel');
    expect(result.actions?.map(({ intent, dates }) => ({ intent, dates }))).toEqual([
      { intent: 'cancel', dates: ['2026-12-09'] },
      { intent: 'reserve', dates: ['2026-12-10', '2026-12-11'] },
    ]);
  });

  test('the week said before the first change heads the weekdays of the change after it', () => {
    expect(read('Du changement pour la semaine prochaine : Malo ne restera pas à la garderie mardi, mais il faudrait que Zoé reste jeudi soir.').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-15'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-17'], children: ['Zoé'] },
    ]);
    expect(read('Pour la semaine prochaine, Zoé restera à la garderie lundi, et Malo n’ira pas le jeudi, enlevez-le.').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-14'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2026-12-17'], children: ['Malo'] },
    ]);
  });
});
