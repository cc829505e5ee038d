/**
 * Round 30 (issue 9): families found in set AT once read, written as new sentences (none
 * is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, now = options.now, children = options.children) => understand(text, { now, children });
const summer = '2027-06-01T09:00';
/** The actions with their children in alphabetical order (the order they are named in does not matter). */
const sortedChildren = (actions: readonly { intent: string; dates: string[]; children: string[] }[] | undefined) =>
  actions?.map((action) => ({ ...action, children: [...action.children].sort((a, b) => a.localeCompare(b)) }));

describe('two changes in one message', () => {
  test('« Malo pas mer finalement, mettez-le plutôt jeudi »: Wednesday cancelled, Thursday booked', () => {
    expect(read('Malo pas mer finalement, mettez-le plutôt jeudi').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-03'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2027-02-04'], children: ['Malo'] },
    ]);
  });

  test('dictated with no comma: « zoé pas mardi finalement inscrivez-la plutôt vendredi »', () => {
    expect(read('bon zoé pas mardi finalement inscrivez-la plutôt vendredi').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-02'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2027-02-05'], children: ['Zoé'] },
    ]);
  });

  test('« … et de l’inscrire, à la place, le mardi 9 »: « à la place » between commas keeps the booking whole', () => {
    expect(read('Je vous saurais gré de retirer Nathan de la garderie du lundi 8 février et de le prévoir, à la place, le mardi 9 février.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-08'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2027-02-09'], children: ['Nathan'] },
    ]);
  });

  test('« il faudrait que Malo vienne chez vous … ; en revanche Zoé n’aura pas besoin de rester »: a booking first, then a cancellation', () => {
    const result = read("Il faudrait que Malo vienne chez vous le vendredi 5 ; en revanche, Zoé n'aura pas besoin de rester le jeudi 4.");
    expect(result.intent).toBe('reserve');
    expect(result.actions).toEqual([
      { intent: 'reserve', dates: ['2027-02-05'], children: ['Malo'] },
      { intent: 'cancel', dates: ['2027-02-04'], children: ['Zoé'] },
    ]);
  });

  test('« pour la semaine du 8 : Nathan lun mar, Zoé juste le mer »: each child’s own days of that week', () => {
    expect(read('pour la semaine du 8 février : nathan lun mar, zoé juste le mer. merci').actions).toEqual([
      { intent: 'reserve', dates: ['2027-02-08', '2027-02-09'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2027-02-10'], children: ['Zoé'] },
    ]);
  });

  test('« … et Nathan seulement le 12 et le 13, puisque ensuite il part chez ses cousins »: both are bookings', () => {
    expect(read('Zoé au centre du 12 au 16 juillet, et Nathan seulement le lundi 12 et le mardi 13, puisque ensuite il part chez ses cousins', summer).actions).toEqual([
      { intent: 'reserve', dates: ['2027-07-12', '2027-07-13', '2027-07-15', '2027-07-16'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2027-07-12', '2027-07-13'], children: ['Nathan'] },
    ]);
  });
});

describe('the child of a clause before, by a pronoun, and another child « aussi »', () => {
  test('« Malo il va pas au centre mercredi 3 mais inscrivez-le le 10 à la place et Zoé aussi le 10 »: Malo and Zoé on the 10th', () => {
    expect(sortedChildren(read('alors euh Malo il va pas au centre mercredi 3 mais euh inscrivez-le le mercredi 10 à la place et Zoé aussi le 10').actions)).toEqual([
      { intent: 'cancel', dates: ['2027-02-03'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2027-02-10'], children: ['Malo', 'Zoé'] },
    ]);
  });

  test('« annule Malo mercredi 3 et inscris-le jeudi 4 et Zoé aussi »: both on the Thursday', () => {
    expect(sortedChildren(read('annule Malo mercredi 3 et inscris-le jeudi 4 et Zoé aussi').actions)).toEqual([
      { intent: 'cancel', dates: ['2027-02-03'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2027-02-04'], children: ['Malo', 'Zoé'] },
    ]);
  });
});

describe('a grandparent’s story around a booking', () => {
  test('« j’ai une entorse et ne pourrai plus garder Zoé le mercredi »: the reason of a booking, not a cancellation', () => {
    const result = read("J'ai une entorse et ne pourrai plus garder Zoé le mercredi, il faudrait qu'elle aille au centre les mercredis 3 et 10 février.");
    expect([result.intent, result.dates, result.children]).toEqual(['reserve', ['2027-02-03', '2027-02-10'], ['Zoé']]);
  });

  test('« autrefois on envoyait les petits en colonie, mais aujourd’hui tout passe par internet »: a memory, and no day of today', () => {
    const result = read("Autrefois on envoyait les petits en colonie, mais aujourd'hui tout passe par internet : je voudrais inscrire Nathan au centre la première semaine des vacances d'hiver.");
    expect([result.intent, result.dates]).toEqual(['reserve', ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']]);
  });

  test('« sa maman souhaiterait qu’il y aille tous les mercredis »: the service named before, « y »', () => {
    const result = read("Chère Madame, Malo m'a parlé avec joie de ses après-midi au centre, et son papa, très occupé, souhaiterait qu'il y aille tous les mercredis jusqu'aux vacances. Je vous le demande donc de sa part.");
    expect([result.intent, result.dates]).toEqual(['reserve', ['2027-02-03', '2027-02-10', '2027-02-17']]);
  });

  test('« resteront le soir comme le mercredi, chaque jour du 9 au 19 »: both services, every day', () => {
    expect(read('Zoé et Malo resteront chez vous, le soir comme le mercredi, chaque jour du mardi 9 au vendredi 19 février, car leurs parents sont en déplacement.').dates).toEqual([
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
      '2027-02-15',
      '2027-02-16',
      '2027-02-17',
      '2027-02-18',
      '2027-02-19',
    ]);
  });

  test('« pour la fin du mois de mars, du 15 au 30, … les mardis et les jeudis seulement ; le reste de la semaine je m’en occupe »: those days of the range', () => {
    const result = read("Pour la fin du mois de mars, du 15 au 30, les trois devraient rester à la garderie du soir les mardis et les jeudis seulement ; le reste de la semaine, je m'en occupe moi-même.");
    expect([result.intent, result.dates]).toEqual(['reserve', ['2027-03-16', '2027-03-18', '2027-03-23', '2027-03-25', '2027-03-30']]);
  });

  test('« inutile de les attendre au centre la semaine qui sépare Noël du jour de l’an, on m’a parlé d’une date limite »: a cancellation', () => {
    const result = read("Inutile de les attendre au centre la semaine qui sépare Noël du jour de l'an, on m'a parlé d'une date limite alors je préviens.", '2026-12-01T10:00');
    expect([result.intent, result.dates]).toEqual(['cancel', ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']]);
  });

  test('« Cher Monsieur, je vous souhaite de belles fêtes »: wishes, « cher » asks no price', () => {
    expect(read('Chère Madame, cher Monsieur, je vous souhaite de belles fêtes de fin d’année. Bien amicalement.').intent).toBe('smalltalk');
  });
});

describe('days said better', () => {
  test('« le mardi 9, ou plutôt le lundi 8 »: the Monday only', () => {
    expect(read('Nathan ne viendra pas le mardi 9, ou plutôt le lundi 8, je m’embrouille').dates).toEqual(['2027-02-08']);
  });

  test('« mardi 9, ou bien est-ce le 10 ? attendez… non, c’est bien le mardi 9 »: the Tuesday', () => {
    expect(read("Mardi 9, ou bien est-ce le 10 ? Attendez que je vérifie... non, c'est bien le mardi 9 : Zoé ne viendra pas.").dates).toEqual(['2027-02-09']);
  });

  test('« mardi non jeudi jeudi 11 », as dictated: that Thursday once', () => {
    expect(read('alors nathan il reste le soir mardi non jeudi jeudi 11 merci').dates).toEqual(['2027-02-11']);
  });

  test('« les lundi et mardi des vacances d’hiver, c’est-à-dire le 22 et le 23 »: the days by their numbers', () => {
    expect(read("Malo au centre les lundi et mardi des vacances d'hiver, c'est-à-dire le 22 et le 23 février.").dates).toEqual(['2027-02-22', '2027-02-23']);
  });

  test('« seulement la seconde semaine, celle qui commence le lundi 1er mars »: that week', () => {
    expect(read("Nathan au centre pendant les vacances d'hiver, enfin seulement la seconde semaine, celle qui commence le lundi 1er mars.").dates).toEqual([
      '2027-03-01',
      '2027-03-02',
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
    ]);
  });

  test('« la deuxième semaine de ces vacances d’hiver »: of those holidays', () => {
    expect(read("Zoé ira au centre toute la deuxième semaine de ces vacances d'hiver.").dates).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
  });
});

describe('what a story tells is no day asked', () => {
  test('« elle s’est cognée à la récré ce matin … ne viendra pas demain »: tomorrow only', () => {
    expect(read("Zoé s'est cognée à la récré ce matin, elle ne viendra pas à la garderie demain.").dates).toEqual(['2027-02-02']);
  });

  test('« ma fille, qui est de garde cette semaine … ne viendra pas le vendredi 12 »: that Friday only', () => {
    expect(read('Je vous écris pour ma fille, qui est de garde cette semaine : Malo ne viendra pas le vendredi 12 février.').dates).toEqual(['2027-02-12']);
  });

  test('« ni le mardi 9, je serai chez eux toute cette semaine-là »: the days named only', () => {
    expect(read('Zoé ne restera pas le soir le lundi 8 ni le mardi 9, je serai chez eux toute cette semaine-là.').dates).toEqual(['2027-02-08', '2027-02-09']);
  });

  test('« j’ai fait la semaine dernière une demande, où en est-elle ? »: no day', () => {
    const result = read("J'ai fait la semaine dernière une demande d'inscription, pouvez-vous me dire où elle en est ?");
    expect([result.intent, result.dates]).toEqual(['check', []]);
  });

  test('« je suis chez ma fille pour les vacances … cette semaine ? »: this week only', () => {
    expect(read('Je suis chez ma fille pour les vacances, pouvez-vous me dire quels jours Malo est prévu au centre cette semaine ?', '2027-02-24T10:00').dates).toEqual([
      '2027-02-24',
      '2027-02-25',
      '2027-02-26',
    ]);
  });
});

describe('periods and what is left out of them', () => {
  test('« (pas le 14 c férié) » after the children: the holiday out, no 14th of another month', () => {
    expect(read('les 3 au centre du 12 au 16 juillet pour les trois (pas le 14 c ferie)', summer).dates).toEqual(['2027-07-12', '2027-07-13', '2027-07-15', '2027-07-16']);
  });

  test('« en juillet sauf du 5 au 9 »: the range left out is July’s', () => {
    const { dates } = read('Zoé au centre en juillet sauf du 5 au 9', summer);
    expect(dates).toContain('2027-07-12');
    expect(dates.filter((day) => day >= '2027-07-05' && day <= '2027-07-09')).toEqual([]);
  });

  test('« tous les mercredis de février, sauf les mercredis des vacances »: the school Wednesdays', () => {
    expect(read("Malo tous les mercredis de février, sauf les mercredis des vacances d'hiver").dates).toEqual(['2027-02-03', '2027-02-10', '2027-02-17']);
  });

  test('« pour juillet : Zoé tous les jours du 12 au 16 »: July heads the days, it is not asked whole', () => {
    expect(read('pour juillet : Zoé au centre tous les jours du 12 au 16', summer).dates).toEqual(['2027-07-12', '2027-07-13', '2027-07-15', '2027-07-16']);
  });
});

describe('questions and other words', () => {
  test('« vous le sortez de tous les mardis de mars »: a cancellation; « elle sort du centre à 18h » is none', () => {
    expect(read('Malo vous le sortez de tous les mardis de mars svp').intent).toBe('cancel');
    expect(read('elle sort du centre à 18h').intent).not.toBe('cancel');
  });

  test('« j’ai pris quoi pour les vacances d’hiver déjà ? »: a look', () => {
    expect(read('jai pris quoi deja pr les vac d hiver jsp plus').intent).toBe('check');
  });

  test('« quel jour c’est le dernier pour changer les vacances d’avril ? »: the deadline', () => {
    expect(read("Bonjour, quel jour c'est le dernier pour changer les vacances d'avril ? Merci").intent).toBe('deadline');
  });

  test('« c’est pas pour vous, je parlais à mon mari »: nothing asked', () => {
    expect(read("euh non rien c'est pas pour toi je parlais à mon fils").intent).toBe('none');
  });

  test('« ajouter mon conjoint comme membre de la famille sur notre espace citoyen »: the account, a practical question', () => {
    expect(read('Je souhaiterais ajouter mon conjoint comme membre de la famille sur notre espace citoyen. Quelle est la démarche ?').intent).toBe('faq');
  });

  test('« je ne sais pas ce qu’il sait faire ni comment on s’en sert »: help with the assistant', () => {
    expect(read("Ma fille m'a mis votre programme sur la tablette, mais je ne sais pas ce qu'il sait faire ni comment on s'en sert. Pourriez-vous m'éclairer ?").intent).toBe('help');
  });

  test('formal: « la date jusqu’à laquelle il m’est possible de modifier » is the deadline; « comment fonctionne ce service en ligne » is help', () => {
    expect(read("Madame, Monsieur, je vous saurais gré de bien vouloir m'indiquer la date jusqu'à laquelle il m'est possible de modifier les réservations de Nathan pour les vacances d'hiver.").intent).toBe('deadline');
    expect(read('Monsieur, je me permets de vous solliciter afin de savoir comment fonctionne ce service en ligne. Bien à vous.').intent).toBe('help');
  });

  test('« je ne voudrais pas faire attendre tout le monde »: no child named in a question on hours', () => {
    expect(read('à quelle heure ferme la garderie le soir ? je ne voudrais pas faire attendre tout le monde').children).toEqual([]);
  });
});
