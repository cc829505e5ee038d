/**
 * Round 28 (issue 9): families found in set AR once read and in conversations, written as
 * new sentences (none is copied from a set).
 */
import { understand, understandInDetail } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C: 20 February to 7 March, spring from 17 April).
const options = { now: '2027-02-01T09:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, now = options.now) => understand(text, { ...options, now });
const weekdays = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d <= new Date(`${to}T12:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() >= 1 && d.getUTCDay() <= 5) days.push(d.toISOString().slice(0, 10));
  }
  return days;
};

describe('weekdays cut short in filters and exceptions', () => {
  test('« ts les mer jusqu’aux vacs d’hiver »: every Wednesday until the holidays', () => {
    expect(read("désinscrire Malo ts les mer jusqu'aux vacs d'hiver, il a rugby").dates).toEqual(['2027-02-03', '2027-02-10', '2027-02-17']);
  });

  test('« sauf le ven » leaves the Fridays out', () => {
    expect(read('Zoé au centre la 1ere sem des vacs d hiver sauf le ven').dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25']);
  });

  test('« lun » alone, told of a past absence, is last Monday', () => {
    const result = read("Zoé avait de la fièvre lun, elle n'est pas allée à la garderie", '2027-02-03T18:00');
    expect([result.intent, result.dates]).toEqual(['absence', ['2027-02-01']]);
  });

  test('« ts les jeu jusqu’à fin sept »: « sept » after « fin » is September, not seven', () => {
    expect(read('inscrire Nathan ts les jeu jusqu a fin sept', '2026-09-01T08:00').dates).toEqual(['2026-09-03', '2026-09-10', '2026-09-17', '2026-09-24']);
  });
});

describe('a booking told without a verb', () => {
  test('« je mets mes 3 au centre la 1ère semaine des vacances d’hiver » books all three', () => {
    const result = read('bsr je mets mes 3 au centre la 1ere semaine des vacances d hiver');
    expect([result.intent, result.dates, result.children]).toEqual(['reserve', weekdays('2027-02-22', '2027-02-26'), ['Nathan', 'Zoé', 'Malo']]);
  });

  test('« centre pr mes 3 du 22 au 26 fév » and « les 3 au centre … mdr » are bookings', () => {
    expect(read('centre pr mes 3 du 22 au 26 fev').intent).toBe('reserve');
    expect(read('février : les 3 au centre du 22 au 26 mdr').intent).toBe('reserve');
  });

  test('« … euh non efface ça », said to the dictation, cancels nothing', () => {
    expect(read('chéri tu as vu mes clés euh non efface ça').intent).not.toBe('cancel');
    expect(read('effacez la réservation de Zoé mardi').intent).toBe('cancel');
  });
});

describe('a day said no to inside a booking', () => {
  test('« Exception : pas le mardi 9 » leaves that day out, and asks no exception to the deadline', () => {
    const result = read("Madame, je vous prie d'inscrire Zoé à l'accueil du soir du lundi 8 au vendredi 12 mars. Exception : pas le mardi 9, elle a orthophoniste.");
    expect([result.intent, result.dates]).toEqual(['reserve', ['2027-03-08', '2027-03-10', '2027-03-11', '2027-03-12']]);
  });

  test('« … svp (pas le 25, je suis en congé) » is a booking of the other days', () => {
    const result = read('Nathan + Malo au centre le 22 23 24 fev svp (pas le 25 je suis en congé)');
    expect([result.intent, result.dates]).toEqual(['reserve', ['2027-02-22', '2027-02-23', '2027-02-24']]);
  });
});

describe('days of the calendar named in words', () => {
  test('« la veille de Noël » and « la veille du jour de l’An »', () => {
    expect(read('inscrire Zoé la veille de Noël', '2026-12-01T09:00').dates).toEqual(['2026-12-24']);
    expect(read('Zoé au centre toutes les vacances de Noël, hormis la veille du jour de l’An', '2026-12-01T09:00').dates).toEqual([
      '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30',
    ]);
  });

  test('« pour le réveillon » tells why, it names no day', () => {
    expect(read('Zoé au centre toutes les vacances de Noël, on fait le réveillon chez nous', '2026-12-01T09:00').dates).toContain('2026-12-31');
  });

  test('« le premier jour des vacances d’hiver et le dernier aussi »', () => {
    expect(read("mettre Malo au centre le premier jour des vacances d'hiver et le dernier aussi").dates).toEqual(['2027-02-22', '2027-03-05']);
  });

  test('« les semaines du 8 et du 15 mars », « la semaine du 8 mars et celle du 15 »', () => {
    const both = [...weekdays('2027-03-08', '2027-03-12'), ...weekdays('2027-03-15', '2027-03-19')];
    expect(read('inscrire Zoé les semaines du 8 et du 15 mars').dates).toEqual(both);
    expect(read('inscrire Zoé la semaine du 8 mars et celle du 15').dates).toEqual(both);
  });

  test('« les deux dernières semaines de juin », « la première semaine de juillet »', () => {
    expect(read('Nathan au centre les deux dernières semaines de juin').dates).toEqual(weekdays('2027-06-21', '2027-06-30'));
    // (Thursday 1 and Friday 2 July belong to the week before: the first week of July is the one of Monday 5.)
    expect(read('Nathan au centre la première semaine de juillet').dates).toEqual(weekdays('2027-07-05', '2027-07-09'));
  });

  test('« jeudi dans quinze jours », « mardi dans deux semaines »: that weekday of the week named', () => {
    // (Said on Monday 1 February: the Thursday of the week of the 15th.)
    expect(read('inscrire Zoé jeudi dans quinze jours').dates).toEqual(['2027-02-18']);
    expect(read('inscrire Zoé mardi dans deux semaines', '2027-02-03T09:00').dates).toEqual(['2027-02-16']);
  });

  test('« le mardi et le jeudi de la semaine de la rentrée et puis le lundi d’après »', () => {
    expect(read('Nathan le mardi et le jeudi de la semaine de la rentrée et puis le lundi d’après aussi', '2027-02-24T19:00').dates).toEqual(['2027-03-09', '2027-03-11', '2027-03-15']);
  });

  test('« tous les mercredi après les vacances d’hiver jusqu’aux vacances de printemps » (singular)', () => {
    expect(read("inscrire Malo tous les mercredi après les vacances d'hiver jusqu'aux vacances de printemps").dates).toEqual([
      '2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31', '2027-04-07', '2027-04-14',
    ]);
  });

  test('« les mardis de mars, tous les mardis jusqu’à la fin mars » is March said again', () => {
    expect(read('inscrire Zoé les mardis de mars, bref tous les mardis jusqu’à la fin mars').dates).toEqual([
      '2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30',
    ]);
  });

  test('« des lundi 8 mars et mardi 9 mars » is a list, not « dès »', () => {
    expect(read('retirer Zoé de la garderie des lundi 8 mars et mardi 9 mars').dates).toEqual(['2027-03-08', '2027-03-09']);
  });
});

describe('two changes in one message', () => {
  test('« finalement pas le mardi 9 mars, plutôt le jeudi 11. tu peux changer ? »: a move', () => {
    expect(read('malo finalement pas le mardi 9 mars, plutot le jeudi 11. tu peux changer ?').actions).toEqual([
      { intent: 'cancel', dates: ['2027-03-09'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2027-03-11'], children: ['Malo'] },
    ]);
  });

  test('« … ne viendra pas lundi 8 mars par contre vous pouvez la mettre le mardi 9 à la place »', () => {
    expect(read('Zoé ne viendra pas le lundi 8 mars par contre vous pouvez la mettre le mardi 9 à la place').actions).toEqual([
      { intent: 'cancel', dates: ['2027-03-08'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2027-03-09'], children: ['Zoé'] },
    ]);
  });

  test('the children named before « pas » are those taken off', () => {
    expect(read('Nathan et Zoé ne viendront pas lundi 8 mars par contre Zoé viendra mardi 9 à la place').actions).toEqual([
      { intent: 'cancel', dates: ['2027-03-08'], children: ['Nathan', 'Zoé'] },
      { intent: 'reserve', dates: ['2027-03-09'], children: ['Zoé'] },
    ]);
  });

  test('« Nathan et Zoé au centre le lundi 22 février et Malo le mardi 23 »: each child with his own day', () => {
    expect(read('Nathan et Zoé au centre le lundi 22 février et Malo le mardi 23').actions).toEqual([
      { intent: 'reserve', dates: ['2027-02-22'], children: ['Nathan', 'Zoé'] },
      { intent: 'reserve', dates: ['2027-02-23'], children: ['Malo'] },
    ]);
  });

  test('weekdays after a week of the holidays are that week’s', () => {
    expect(read("Nathan et Zoé toute la première semaine des vacances d'hiver, et Malo seulement le lundi et le mardi").actions).toEqual([
      { intent: 'reserve', dates: weekdays('2027-02-22', '2027-02-26'), children: ['Nathan', 'Zoé'] },
      { intent: 'reserve', dates: ['2027-02-22', '2027-02-23'], children: ['Malo'] },
    ]);
  });

  test('a weekday put « à la place » of an open habit is a habit from the same day', () => {
    const result = understandInDetail("à partir de mars Zoé n'ira plus à la garderie le lundi, mettez-la le jeudi à la place", options);
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: [], children: ['Zoé'], openEnded: { weekdays: [1], from: '2027-03-01' } },
      { intent: 'reserve', dates: [], children: ['Zoé'], openEnded: { weekdays: [4], from: '2027-03-01' } },
    ]);
    // (Its « à la place » leans on no request before it: after another change, the days of that change are not taken.)
    expect(result.followUp).toBeUndefined();
  });
});

describe('a person who came for the child unannounced', () => {
  test('« mon ex est venu chercher Malo sans prévenir » is sensitive, handed to a person', () => {
    const result = read('mon ex est venu chercher Malo à la garderie sans prévenir hier soir');
    expect([result.intent, result.sensitive]).toEqual(['handoff', true]);
    expect(read('sa mamie est venue chercher Zoé hier, tout va bien merci').sensitive).toBeUndefined();
  });
});
