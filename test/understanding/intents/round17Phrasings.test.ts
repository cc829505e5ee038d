/**
 * Round 17 (issue 9): families set AB showed missing once it was read, written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('a change asked in polite forms', () => {
  test('« je vous remercie d’annuler ses réservations » is a cancellation, not a look at them', () => {
    const result = read('Ma fille Zoé ayant maintenant son cours de théâtre le mercredi, je vous remercie d’annuler ses réservations des mercredis 9 et 16 décembre.');
    expect(result).toMatchObject({ intent: 'cancel', dates: ['2026-12-09', '2026-12-16'], children: ['Zoé'] });
  });

  test('« si c’est encore possible, inscrire Malo » is a booking; « c’est encore possible de réserver ? » still asks the deadline', () => {
    expect(read('Bonjour, je voudrais, si c’est encore possible, inscrire Malo à la garderie vendredi 11.')).toMatchObject({ intent: 'reserve', dates: ['2026-12-11'], children: ['Malo'] });
    expect(read('c’est encore possible de réserver pour vendredi ?').intent).toBe('deadline');
  });

  test('« Pourriez-vous inscrire … et, par ailleurs, annuler … ? » is two changes, not a question on the deadline', () => {
    const result = read('Pourriez-vous inscrire Nathan à l’accueil du mercredi 16 décembre et, par ailleurs, annuler la réservation de Malo pour le jeudi 17 ?');
    expect(result.intent).toBe('reserve');
    expect(result.actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Nathan'] },
      { intent: 'cancel', dates: ['2026-12-17'], children: ['Malo'] },
    ]);
  });

  test('a cancellation told plainly with its days and the service, amid a story, is a cancellation', () => {
    const result = read('Leur père les emmène en Normandie, alors il ne faut plus les compter à l’accueil du soir du 14 au 18 décembre.');
    expect(result.intent).toBe('cancel');
    expect(result.dates).toContain('2026-12-14');
  });

  test('children and days with « svp » and a word on the parent’s work schedule are a booking, not a look', () => {
    const result = read('Malo ts les lundis et jeudis jusqu’aux vacances svp, nouveau planning au travail');
    expect(result).toMatchObject({ intent: 'reserve', dates: ['2026-12-10', '2026-12-14', '2026-12-17'], children: ['Malo'] });
  });
});

describe('one day for another', () => {
  test('« … au lieu. » at the end: the first day cancelled, the second booked', () => {
    const result = read('Bonsoir, Malo vient pas jeudi 10, je veux mettre lui le vendredi 11 au lieu.');
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Malo'] },
    ]);
  });

  test('« n’iront plus … la première semaine, mais il faudrait les mettre la deuxième »: a week moved', () => {
    const result = read('Nathan et Zoé n’iront plus au centre la première semaine des vacances de Noël, du 21 au 24 décembre, mais il faudrait les y mettre du 28 au 31 décembre.');
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24'], children: ['Nathan', 'Zoé'] },
      { intent: 'reserve', dates: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'], children: ['Nathan', 'Zoé'] },
    ]);
  });

  test('the day undone beside an appointment is the coming one, not last week’s', () => {
    const result = read('Zoé ne viendra pas jeudi, elle a rendez-vous chez l’orthodontiste, mais en revanche il faudrait l’inscrire le mercredi 16.');
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Zoé'] },
    ]);
  });
});

describe('children and days', () => {
  test('a sister the grandmother can take is out of the booking; a child picked up at 18 h stays in it', () => {
    expect(read('Finalement il vaudrait mieux que Nathan reste à la garderie jeudi. Sa sœur Zoé, je peux la prendre, elle est grande.')).toMatchObject({ intent: 'reserve', dates: ['2026-12-10'], children: ['Nathan'] });
    expect(read('inscrivez Zoé jeudi, je peux la prendre à 18h')).toMatchObject({ intent: 'reserve', dates: ['2026-12-10'], children: ['Zoé'] });
  });

  test('« jusque la fin de la semaine » reads as « jusqu’à la fin de la semaine »', () => {
    const loose = read('Nathan il vient plus à la garderie à partir de demain jusque la fin de la semaine, vous enlevez svp');
    const proper = read('Nathan ne vient plus à la garderie à partir de demain jusqu’à la fin de la semaine, vous enlevez svp');
    expect(loose.intent).toBe('cancel');
    expect(loose.dates.length).toBeGreaterThan(0);
    expect(loose.dates).toEqual(proper.dates);
  });

  test('a street number is no day, and no closing is told for it', () => {
    const result = read('Je voudrais savoir jusqu’à quelle heure la garderie reste ouverte, et si c’est bien au 12 rue de Paris qu’il faut déposer les papiers. Merci.');
    expect(result.dates).toEqual([]);
    expect(result.closedDates).toBeUndefined();
  });
});

describe('help and off-topic', () => {
  test('« comment sa marche ce truc », « qu’est-ce que je peux te demander » ask for help', () => {
    expect(read('bonsoir comment sa marche ce truc qu’est-ce que je peux te demander').intent).toBe('help');
  });

  test('a shopping list is off topic', () => {
    expect(read('ajoute du beurre et des œufs à la liste de courses').intent).toBe('none');
  });
});

describe('a bare weekday in a move', () => {
  test('« je veux mettre lui le vendredi au lieu »: the coming Friday booked, not every Friday', () => {
    const result = read('Bonsoir, Malo il vient pas jeudi, je veux mettre lui le vendredi au lieu.');
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Malo'] },
    ]);
  });
});
