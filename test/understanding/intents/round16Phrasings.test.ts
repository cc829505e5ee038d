/**
 * Round 16 (issue 9): families set Z showed missing once it was read, written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('a booking refused in so many words is a cancellation', () => {
  test('« je ne souhaite pas que Zoé soit inscrite vendredi » → cancel', () => {
    const result = read('je ne souhaite pas que Zoé soit inscrite vendredi, elle sera avec sa marraine');
    expect(result).toMatchObject({ intent: 'cancel', dates: ['2026-12-11'], children: ['Zoé'] });
  });

  test('a booking seen on the list, then refused, is a cancellation, not a look at the list', () => {
    const result = read("Madame, je lis sur le portail que Nathan figure sur la liste du mercredi 9 décembre. Je ne veux pas qu'il soit inscrit, merci de corriger.");
    expect(result).toMatchObject({ intent: 'cancel', dates: ['2026-12-09'], children: ['Nathan'] });
  });

  test('« je veux qu’il soit inscrit » stays a booking', () => {
    expect(read("je veux qu'il soit inscrit mercredi 16, c'est Malo").intent).toBe('reserve');
  });
});

describe('attending and having a place are bookings', () => {
  test('« que Malo fréquente le centre de loisirs » → reserve', () => {
    expect(read('Nous aimerions que Malo fréquente le centre de loisirs le mercredi 16 décembre.')).toMatchObject({ intent: 'reserve', dates: ['2026-12-16'], children: ['Malo'] });
  });

  test('« pour que Zoé ait une place », asked by a grandparent who wonders how to do it → reserve', () => {
    const result = read("Ma belle-fille m'a demandé de vous écrire pour que Zoé ait une place à la garderie jeudi. Est-ce la bonne façon de procéder ?");
    expect(result).toMatchObject({ intent: 'reserve', dates: ['2026-12-10'], children: ['Zoé'] });
  });
});

describe('a time given as a model is no day asked', () => {
  test('« comme l’an dernier, … les mercredis jusqu’aux vacances de Noël » → those Wednesdays', () => {
    const result = read("comme l'an dernier, j'aimerais que Nathan aille au centre les mercredis jusqu'aux vacances de Noël");
    expect(result).toMatchObject({ intent: 'reserve', dates: ['2026-12-09', '2026-12-16'], children: ['Nathan'] });
  });
});

describe('a day the family keeps, said inside a cancellation', () => {
  test('« on garde lundi mais pas mardi, vous pouvez enlever le mardi » cancels Tuesday only', () => {
    const result = read('la semaine prochaine pour Malo on garde lundi mais pas mardi, vous pouvez enlever le mardi');
    expect(result).toMatchObject({ intent: 'cancel', dates: ['2026-12-15'], children: ['Malo'] });
  });

  test('« annulez Zoé la semaine prochaine, on garde seulement le vendredi » cancels the other days', () => {
    const result = read('annulez Zoé la semaine prochaine, on garde seulement le vendredi');
    expect(result).toMatchObject({ intent: 'cancel', dates: ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17'], children: ['Zoé'] });
  });
});

describe('a child spoken to in the room, in a dictated message', () => {
  test('« attends Malo arrête de taper ton frère » adds no change for Malo', () => {
    const result = read('oui alors annule les trois pour jeudi et vendredi euh attends Malo arrête de taper ton frère voilà merci');
    expect(result.intent).toBe('cancel');
    expect(result.dates).toEqual(['2026-12-10', '2026-12-11']);
    expect(result.children).toEqual(['Nathan', 'Zoé', 'Malo']);
    expect(result.actions).toBeUndefined();
  });

  test('« Malo arrête la garderie » is still Malo’s cancellation', () => {
    const result = read('Malo arrête la garderie à partir de lundi 14');
    expect(result.intent).toBe('cancel');
    expect(result.children).toEqual(['Malo']);
  });
});

describe('errands of daily life and other outings are not for this service', () => {
  test.each(['vous pouvez me réserver une table au restaurant samedi soir ?', 'le bus 281 passe encore devant la poste depuis les travaux ?', 'à quelle heure ouvre le marché de la place Mozart mardi ?'])('« %s » → none', (text) => {
    expect(read(text).intent).toBe('none');
  });

  test('places asked for the children at the centre stay a booking', () => {
    expect(read('réservez deux places au centre pour Nathan et Zoé mercredi 16').intent).toBe('reserve');
  });
});

describe('how to use the assistant', () => {
  test.each(["Pourriez-vous m'indiquer la manière dont je dois formuler mes demandes ?", "comment il marche ce machin, j'écris et vous inscrivez ?", 'Dites-moi ce que vous êtes en mesure de faire pour une maman débordée.'])('« %s » → help', (text) => {
    expect(read(text).intent).toBe('help');
  });
});

describe('words of other languages', () => {
  test('Haitian Creole booking: « mwen vle enskri Malo pou madi 15 desanm »', () => {
    expect(read('Bonswa, mwen vle enskri Malo pou madi 15 desanm. Mèsi')).toMatchObject({ intent: 'reserve', dates: ['2026-12-15'], children: ['Malo'] });
  });

  test('Haitian Creole cancellation: « mwen bezwen anile sant lan pou Zoé ak Nathan vandredi »', () => {
    expect(read('mwen bezwen anile sant lan pou Zoé ak Nathan vandredi 11 desanm')).toMatchObject({ intent: 'cancel', dates: ['2026-12-11'], children: ['Nathan', 'Zoé'] });
  });

  test('Haitian Creole absence: « Zoé te malad yè … papye doktè a »', () => {
    const result = understand('Bonjou, Zoé te malad yè, mwen gen papye doktè a, kijan pou m voye l ba ou ?', { now: '2026-12-08T08:30', children: ['Zoé'] });
    expect(result).toMatchObject({ intent: 'absence', dates: ['2026-12-07'], children: ['Zoé'] });
  });

  test('Spanish weekdays around « del … hasta … »', () => {
    expect(read('necesito garderie para Nathan del lunes 14 hasta jueves 17, gracias').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17']);
  });

  test('English « and put her … à la place » is the booking of a move', () => {
    const result = read('hello, cancel Zoé wednesday 9 please and put her friday 11 à la place, thanks');
    expect(result.actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-09'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Zoé'] },
    ]);
  });
});

describe('« non plus » echoes the refusal just made', () => {
  test('« et Malo non plus vendredi » → cancel', () => {
    expect(read('et Malo non plus vendredi')).toMatchObject({ intent: 'cancel', dates: ['2026-12-11'], children: ['Malo'] });
  });

  test('« ah et Zoé non plus » → a cancellation that leans on the message before', () => {
    expect(read('ah et Zoé non plus')).toMatchObject({ intent: 'cancel', children: ['Zoé'], followUp: true });
  });

  test('« moi non plus je ne comprends pas » cancels nothing', () => {
    expect(read('moi non plus je ne comprends pas').intent).not.toBe('cancel');
  });
});

describe('a price in the conditional', () => {
  test('« pour Nathan le mercredi 16 ça ferait combien ? » asks the tariffs', () => {
    expect(read('pour Nathan le mercredi 16 ça ferait combien ?').topic).toBe('tariffs');
  });
});

describe('families of set AA', () => {
  test('working late at the hospital is no sensitive situation', () => {
    expect(read('Hello, Zoé need to stay au centre demain soir please, je finis tard à l’hôpital').intent).toBe('reserve');
  });

  test('« il faudrait que les deux petits restent à la garderie » → reserve', () => {
    expect(understand('il faudrait que les deux petits restent à la garderie jeudi soir, j’ai mon kiné', { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé'] }).intent).toBe('reserve');
  });

  test('« Zoé seulement, pas Malo » leaves Malo out', () => {
    expect(read('je veux inscrire Zoé seulement, pas Malo, mercredi 16').children).toEqual(['Zoé']);
  });

  test('the mother introduces her children, then names the one concerned', () => {
    expect(read('Bonsoir, je suis la maman de Nathan et Malo. Malo il va pas venir à la garderie jeudi, il va chez son papi.').children).toEqual(['Malo']);
  });

  test('a child the parent takes home, or who does not come, is out of the booking', () => {
    expect(read('Je voudrais que Zoé reste à la garderie mardi 15. Nathan, lui, je le prendrai avec moi.').children).toEqual(['Zoé']);
    expect(read('inscris Malo au centre mercredi 16 Zoé elle vient pas elle est chez sa tante').children).toEqual(['Malo']);
  });

  test('« annuler … et la remplacer par … » is a move', () => {
    expect(read('Je souhaiterais annuler la réservation de Zoé pour le lundi 14 décembre et la remplacer par le mardi 15 décembre.').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-14'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-15'], children: ['Zoé'] },
    ]);
  });

  test('the same booking said twice in a row is one request', () => {
    const result = read('je voudrais inscrire les trois au centre le mercredi 16 décembre et le mercredi 13 janvier c’est pour Nathan Zoé et Malo');
    expect(result.dates).toEqual(['2026-12-16', '2027-01-13']);
    expect(result.actions).toBeUndefined();
  });
});
