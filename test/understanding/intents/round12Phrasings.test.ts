/**
 * Round 12 (issue 9): families found in sets K and L once they were read. The sentences
 * are written anew for the tests, not copied from the sets.
 */
import { understand } from '../../../src/understanding/understand';

// Tuesday 1 December 2026.
const options = { now: '2026-12-01T10:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('children told apart: one booked, another taken away', () => {
  test('« Nathan jeudi à la garderie, Zoé non, tu la retires ? » books Nathan and cancels Zoé the same day', () => {
    expect(read('Nathan jeudi à la garderie, Zoé non, elle reste avec moi, tu la retires ?')).toMatchObject({
      intent: 'reserve',
      dates: ['2026-12-03'],
      children: ['Nathan'],
      actions: [
        { intent: 'reserve', dates: ['2026-12-03'], children: ['Nathan'] },
        { intent: 'cancel', dates: ['2026-12-03'], children: ['Zoé'] },
      ],
    });
  });

  test('« Malo viendra vendredi, mais pas Zoé, elle n’en a plus besoin »', () => {
    expect(read("Malo viendra vendredi finalement, mais pas Zoé, elle n'en a plus besoin").actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-04'], children: ['Malo'] },
      { intent: 'cancel', dates: ['2026-12-04'], children: ['Zoé'] },
    ]);
  });

  test('« pour vendredi : Zoé non, Malo oui » cancels Zoé and books Malo', () => {
    expect(read('Pour vendredi : Zoé non, Malo oui.').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-04'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-04'], children: ['Malo'] },
    ]);
  });

  test('two children booked while the third stays at home is a booking, never a cancellation', () => {
    expect(read('Nathan et Malo au centre le mercredi 9 décembre, Zoé reste à la maison avec sa mamie.')).toMatchObject({
      intent: 'reserve',
      dates: ['2026-12-09'],
      children: ['Nathan', 'Malo'],
    });
  });

  test('a list of children is one group, not children told apart', () => {
    expect(read('je ne pourrai pas garder Nathan, Zoé et Malo comme prévu, il faudrait les inscrire au centre lundi 7')).toMatchObject({
      intent: 'reserve',
      dates: ['2026-12-07'],
      children: ['Nathan', 'Zoé', 'Malo'],
    });
    expect(read('nathan zoé et malo ne vont pas au centre mercredi, on part chez mamie')).toMatchObject({ intent: 'cancel', children: ['Nathan', 'Zoé', 'Malo'] });
  });

  test('each child on its own day with one cancelling word for both is two cancellations, not a booking', () => {
    const reading = read('nathan lundi 7 et zoé mardi 8, annulez les deux jours svp');
    expect(reading.intent).toBe('cancel');
    expect((reading.actions ?? [reading]).every((a) => a.intent === 'cancel')).toBe(true);
  });
});

describe('another service of the town or of daily life is off topic', () => {
  test.each([
    'Où peut-on inscrire un adulte aux cours du conservatoire ?',
    'tu peux me donner le numéro d’un taxi ?',
    'Quelle pharmacie est ouverte ce soir à Joinville ?',
    'Je dois refaire mon passeport, quels papiers faut-il ?',
    'mets moi un rappel pour appeler le garagiste',
    'Connaissez-vous un électricien disponible rapidement ?',
  ])('« %s » is none', (text) => {
    expect(read(text).intent).toBe('none');
  });

  test('a child’s papers for the service stay the service’s', () => {
    expect(read('la carte d’identité de ma fille est demandée pour l’inscription au centre ?').intent).not.toBe('none');
  });
});

describe('the hour to pick a child up is a practical question, not a deadline', () => {
  test.each([
    'jusqu’à quel heure je peux venir chercher mon fils le soir au plus tard ?',
    'c’est ouvert jusqu’à quelle heure le soir ?',
    'jusqu’à quelle heure la garderie garde les enfants ?',
  ])('« %s » is faq', (text) => {
    expect(read(text).intent).toBe('faq');
  });

  test('until when one may book stays a deadline', () => {
    expect(read('jusqu’à quelle heure je peux réserver la garderie pour demain ?').intent).toBe('deadline');
  });
});

describe('a deadline said missed beside a change is a late request', () => {
  test.each([
    'je sais, c’est après la date limite, mais il me faut la garderie pour Zoé jeudi',
    'c’est mort niveau délai je sais, mais Nathan pourrait venir mercredi ?',
    'suis à la bourre pour les résas mais tu peux mettre Malo au centre demain ?',
  ])('« %s » is late_request', (text) => {
    expect(read(text).intent).toBe('late_request');
  });
});

describe('letter formulas alone are smalltalk, the assistant’s working is help', () => {
  test.each(['Madame, Monsieur, bonsoir.', 'Merci de votre réponse rapide. Veuillez agréer mes salutations les meilleures.'])('« %s » is smalltalk', (text) => {
    expect(read(text).intent).toBe('smalltalk');
  });

  test.each([
    'Pouvez-vous me décrire le fonctionnement de cet assistant ?',
    'Quelles sont les demandes qu’il est en mesure de traiter, ce chat ?',
    'Ce chatbot permet-il de réserver, ou faut-il aller sur le portail ?',
  ])('« %s » is help', (text) => {
    expect(read(text).intent).toBe('help');
  });
});

describe('set L read: questions and requests in everyday words', () => {
  test.each([
    ['j’ai écrit au service la semaine dernière, vous pouvez regarder où ça en est ?', 'check'],
    ['ma demande de dérogation, t’as des news ?', 'check'],
    ['pour annuler jeudi, le dernier moment c’est quand ?', 'deadline'],
    ['comment on fait pour créer compte ?', 'faq'],
    ['Mon mari peut-il avoir un accès au compte de la famille ?', 'faq'],
    ['Quelles sont les modalités pour obtenir l’attestation de paiement ?', 'faq'],
    ['J’aimerais parler directement à la directrice, pouvez-vous transmettre mon message à la directrice ?', 'handoff'],
    ['est-ce que ma fille zoé et inscrite vendredi', 'check'],
    ['tu peux virer tout ce qui est réservé pour Malo en janvier ?', 'cancel'],
    ['Nathan il vient pas demain, il a de la fièvre', 'cancel'],
    ['Zoé mercredi 9 au centre, j’ai réservé ou pas ? je me rappelle plus', 'check'],
    ['Nathan est en vacances chez nous, tu me le mets au centre lundi 21 ?', 'reserve'],
    ['test test hello', 'none'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('set L read: several changes with their own children', () => {
  test('« Nathan reste pas au centre jeudi, son père le prend. Par contre Zoé oui, faut la rajouter »', () => {
    expect(read('Nathan reste pas au centre jeudi, finalement son père le prend. par contre Zoé oui, faut la rajouter').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-03'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2026-12-03'], children: ['Zoé'] },
    ]);
  });

  test('« enlève Nathan et Zoé jeudi et mets-les vendredi » keeps both children in both changes', () => {
    expect(read('enlève Nathan et Zoé jeudi et mets-les plutôt vendredi').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-03'], children: ['Nathan', 'Zoé'] },
      { intent: 'reserve', dates: ['2026-12-04'], children: ['Nathan', 'Zoé'] },
    ]);
  });

  test('children introduced first, then each with its own change', () => {
    expect(read('Je vous écris pour Zoé et Malo. Zoé ne viendra pas au centre jeudi, elle a un spectacle. Et Malo, il faudrait le rajouter vendredi.').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-03'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-04'], children: ['Malo'] },
    ]);
  });

  test('a greeting before a list of children keeps the list', () => {
    expect(read('bonjour zoé et nathan ne viendront pas jeudi par contre nathan viendra vendredi à la place').actions?.[0]).toEqual({ intent: 'cancel', dates: ['2026-12-03'], children: ['Nathan', 'Zoé'] });
  });
});

describe('more words for all of the family’s children', () => {
  test.each(['mes filles seront au centre mercredi 9', 'les kids à la garderie mercredi 9', 'mes garçons viendront mercredi 9', 'les jumeaux au centre mercredi 9', 'toute la tribu au centre mercredi 9', 'mes petites au centre mercredi 9'])(
    '« %s » names every child',
    (text) => {
      expect(read(text).children).toEqual(['Nathan', 'Zoé', 'Malo']);
    },
  );

  test('« ma fille » still names no one', () => {
    expect(read('ma fille au centre mercredi 9').children).toEqual([]);
  });
});

describe('a rule read on the whole message stands over one sentence of it', () => {
  test('an errand told, then asked where to go, is off topic', () => {
    expect(read('Bonjour, mon permis de conduire a été volé. À quel bureau dois-je aller ?').intent).toBe('none');
  });

  test('a day told, then « je me rappelle plus », is a look', () => {
    expect(read('J’ai inscrit Zoé le 9 décembre ? Je me rappelle plus.').intent).toBe('check');
  });

  test('« la pharmacie de garde dimanche » is off topic, a day named or not', () => {
    expect(read('Vous savez quelle pharmacie est de garde dimanche ? C’est pour ma mère.').intent).toBe('none');
  });
});

describe('« vendredi, dernier moment c’est quand ? » asks the deadline of that Friday', () => {
  test('the Friday to come, not last Friday', () => {
    expect(read('Si je veux annuler jeudi, dernier moment c’est quand ?')).toMatchObject({ intent: 'deadline', dates: ['2026-12-03'] });
  });
});
