/**
 * Round 15 (issue 9): families set W showed missing once it was read, and the known
 * misses of the previous note, written as new sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('an order after a child who no longer comes is that order', () => {
  test('« Malo ne vient plus, annulez tout janvier svp » → cancel', () => {
    expect(read('Malo ne vient plus, annulez tout janvier svp').intent).toBe('cancel');
  });

  test('« je ne veux plus annuler jeudi pour Malo » stays the negation of a cancellation', () => {
    expect(read('je ne veux plus annuler jeudi pour Malo').intent).not.toBe('cancel');
  });
});

describe('staying with the service is a booking', () => {
  test.each(['Zoé restera avec vous jeudi soir, je finis tard', 'Nathan reste chez vous mercredi après-midi, merci'])('« %s » → reserve', (text) => {
    expect(read(text).intent).toBe('reserve');
  });
});

describe('words of other languages', () => {
  test('Haitian Creole thanks and goodbye: « bon, mèsi, orevwa »', () => {
    const result = read('bon, mèsi, orevwa');
    expect(result.intent).toBe('smalltalk');
  });

  test('Spanish « ambos » are both children', () => {
    expect(understand('necesito garderie para ambos el jueves 10, gracias', { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé'] }).children).toEqual(['Nathan', 'Zoé']);
  });

  test('Romanian « nu mai » is no month of May', () => {
    const result = read('Malo nu mai vine la garderie, anulați vineri');
    expect(result.intent).toBe('cancel');
    expect(result.dates).toEqual(['2026-12-11']);
  });

  test('Spanish « y quitar » opens a second change', () => {
    expect(read('reservar Zoé jueves y quitar Malo viernes por favor').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2026-12-11'], children: ['Malo'] },
    ]);
  });

  test('« no …, but yes … »: the day taken off, then the one wanted', () => {
    expect(read('Nathan no centre mercredi, but yes vendredi please').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-09'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Nathan'] },
    ]);
  });

  test('« (non) centre » beside a child takes the days off', () => {
    expect(read('Zoé (non) centre demain').intent).toBe('cancel');
  });

  test('Tagalog « naka-book … bukas ? just to check » is a look at tomorrow', () => {
    const result = read('naka-book ba si Malo bukas? just to check');
    expect(result.intent).toBe('check');
    expect(result.dates).toEqual(['2026-12-08']);
  });
});

describe('two changes, said simply', () => {
  test('« aller centre » for two children, then a day taken off', () => {
    expect(read('Nathan et Zoé aller centre demain, et enlever vendredi svp').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-08'], children: ['Nathan', 'Zoé'] },
      { intent: 'cancel', dates: ['2026-12-11'], children: ['Nathan', 'Zoé'] },
    ]);
  });

  test('a day taken back inside a two-child message keeps only the day said instead', () => {
    expect(read('Zoé le mardi, pardon, le jeudi, et Malo vendredi').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-11'], children: ['Malo'] },
    ]);
  });
});

describe('a need told beside trouble with the website is the booking', () => {
  test('« il faudrait le centre pour Zoé mercredi 16, je n’arrive pas à me connecter sur le site »', () => {
    expect(read("il faudrait le centre pour Zoé mercredi 16, je n'arrive pas à me connecter sur le site").intent).toBe('reserve');
  });
});

describe('errands that are not the service’s', () => {
  test.each(['vous savez où acheter du doliprane ce soir ?', 'je cherche une femme de ménage, vous avez un contact ?'])('« %s » → none', (text) => {
    expect(read(text).intent).toBe('none');
  });
});

describe('set X families, written anew', () => {
  test('a formal « je ne pourrai me libérer » frees no place', () => {
    expect(read("Pourriez-vous inscrire Nathan à l'accueil du soir lundi 14 ? Je ne pourrai me libérer avant 19 heures.").intent).toBe('reserve');
  });

  test('a confirmation after a mistaken date is the booking, no exception asked', () => {
    expect(read("Suite à mon message d'hier, où je m'étais trompé de jour, je vous confirme que je souhaite inscrire Malo le mardi 15 décembre.").intent).toBe('reserve');
  });

  test('« une personne du service pourrait m’expliquer ? » asks a person', () => {
    expect(read("Le papa est à l'hôpital, je suis perdue pour la garderie de Zoé. Une personne du service pourrait m'expliquer ?").intent).toBe('handoff');
  });

  test('« talk to a responsable » asks a person', () => {
    expect(read('they refuse Malo at the centre, I want to talk to a manager please').intent).toBe('handoff');
  });

  test('SMS « ce ke g réservé » is a look', () => {
    expect(read('c koi ke g reservé pr malo cette semaine ?').intent).toBe('check');
  });

  test('« tu sers à quoi ? » asks what the assistant does', () => {
    expect(read('tu sers a quoi exactement ? tu sais faire des réservations ?').intent).toBe('help');
  });

  test('Vietnamese « và » joins two children', () => {
    expect(read('demain Zoé và Malo không đi garderie, annuler svp').children).toEqual(['Zoé', 'Malo']);
  });

  test('Spanish « qué días tiene reservado » is a look', () => {
    expect(read('quería saber qué días tiene reservado Nathan en enero, gracias').intent).toBe('check');
  });

  test('Romanian « și » opens a second change, and « je veux garderie » is a booking', () => {
    expect(read('je veux garderie jeudi pour Zoé și vendredi annuler pour Malo').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2026-12-11'], children: ['Malo'] },
    ]);
  });
});

describe('set Y families, written anew', () => {
  test('a cancellation made by mistake, to undo, is a booking', () => {
    const result = read("J'ai annulé par erreur le jeudi 10 de Zoé, vous pouvez la remettre s'il vous plaît ?");
    expect(result.intent).toBe('reserve');
    expect(result.dates).toEqual(['2026-12-10']);
    expect(result.actions).toBeUndefined();
  });

  test('a cancellation withdrawn is a booking', () => {
    expect(read("Oubliez mon message d'annulation : Malo ira bien à la garderie mardi 15.").intent).toBe('reserve');
  });

  test('praise for the lady on the phone is thanks', () => {
    expect(read("Merci, le monsieur au téléphone a été très aimable. Bonne fin de journée à vous.").intent).toBe('smalltalk');
  });

  test('adding one’s partner to the family account is a question on the account', () => {
    expect(read("Comment mon fils peut-il ajouter sa nouvelle compagne sur le compte, pour qu'elle réserve aussi ?").intent).toBe('faq');
  });

  test('the date beyond which one can no longer book is a deadline', () => {
    expect(read("Quelle est la date au-delà de laquelle on ne peut plus inscrire Nathan pour les vacances d'hiver ?").intent).toBe('deadline');
  });

  test('a person asked « sans délai », formally, is a handoff', () => {
    expect(read("Un inconnu a voulu prendre Zoé à la sortie. Je souhaite m'entretenir sans délai avec le directeur du service.").intent).toBe('handoff');
  });

  test('a dictated message meant for someone else says so', () => {
    const result = read('envoyer à maman je passe te prendre à six heures point');
    expect(result.intent).toBe('none');
  });

  test('« par ce biais » asks what the assistant does', () => {
    expect(read('Peut-on annuler directement par ce biais, ou faut-il aller sur le portail ?').intent).toBe('help');
  });

  test('English « don’t need » and « cancel » cancel', () => {
    expect(read("the kids don't need the centre on wednesday, can you cancel please").intent).toBe('cancel');
  });

  test('« the kids », « los niños » are all the children', () => {
    expect(read('what did I book for the kids next week?').children).toEqual(['Nathan', 'Zoé', 'Malo']);
  });
});
