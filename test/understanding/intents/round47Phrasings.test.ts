/**
 * Round 47 (issue 9): families found in set BL once read (set BM frozen first), written as new
 * sentences (none is copied from a set).
 */
import { conceptsOf } from '../../../src/understanding/intents/concepts';
import { understand } from '../../../src/understanding/understand';

// Monday 8 March 2027, in the evening (spring holidays of zone C from Saturday 17 April to Sunday 2 May).
const options = { now: '2027-03-08T19:00', children: ['Minh-Châu', 'Zélie', 'Timothée'] };
const read = (text: string) => understand(text, options);

describe('a child called by one part of a compound first name', () => {
  test('« Châu » is Minh-Châu', () => {
    const got = read('Châu reste à la garderie jeudi, je finis tard');
    expect(got.intent).toBe('reserve');
    expect(got.children).toEqual(['Minh-Châu']);
  });

  test('a part written only inside a hyphenated place names no child: « Hô-Chi-Minh-Ville »', () => {
    expect(read('nous partons une semaine à Hô-Chi-Minh-Ville du 15 au 19 mars, annulez pour Zélie').children).toEqual(['Zélie']);
  });

  test('a part that is a French word is that word: « notre petit ange » is no Marie-Ange', () => {
    const got = understand('notre petit ange Paul au centre mercredi svp', { now: options.now, children: ['Marie-Ange', 'Paul'] });
    expect(got.children).toEqual(['Paul']);
  });
});

describe('formal letters', () => {
  test('« sous ma garde » with « de la faire admettre à l’accueil » books; « restera sous ma garde » alone keeps the child home', () => {
    const got = read(
      'Ma petite-fille Zélie sera sous ma garde du 15 au 19 mars, ses parents étant partis en mission en Asie. Je vous serais obligée de la faire admettre à l’accueil du soir ces jours-là.',
    );
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19']);
    expect(read('Zélie restera sous ma garde mercredi').intent).toBe('cancel');
  });

  test('« la direction d’un projet » is no person asked; « parler à la direction » is', () => {
    const concepts = (prepared: string) => conceptsOf(prepared).map((hit) => hit.concept);
    expect(concepts("mon mari prendra la direction d' un projet")).not.toContain('person');
    expect(read('Mon mari prend la direction d’un chantier à Lyon. Pourriez-vous inscrire Timothée le jeudi 11 mars ? Cordialement').intent).toBe('reserve');
    expect(read('je voudrais parler à la direction').intent).toBe('handoff');
  });

  test('« fréquentera désormais l’accueil du soir » is a booking said, not only a habit', () => {
    expect(conceptsOf("zenfant frequentera desormais l' accueil du soir zdate").map((hit) => hit.concept)).toContain('book');
    const got = read('À compter de la semaine prochaine, Timothée fréquentera l’accueil du soir tous les jeudis jusqu’aux vacances.');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-03-18', '2027-03-25', '2027-04-01', '2027-04-08', '2027-04-15']);
  });

  test('« rayez … et portez-la au vendredi 12 » is two changes', () => {
    expect(read('Rayez Zélie du jeudi 11 mars et portez-la au vendredi 12, je vous prie.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-03-11'], children: ['Zélie'] },
      { intent: 'reserve', dates: ['2027-03-12'], children: ['Zélie'] },
    ]);
  });

  test('someone fetching the child « exceptionnellement » is a reason, not a late request', () => {
    expect(read('Zélie n’aura pas besoin de la garderie ce jeudi, sa tante venant la chercher exceptionnellement.').intent).toBe('cancel');
  });

  test('« ajouter ma compagne en tant que membre de la famille sur mon compte » asks about the account', () => {
    expect(read('Bonjour, je souhaite ajouter mon conjoint en tant que membre de la famille sur notre compte citoyen. Pourriez-vous m’indiquer la marche à suivre ?').intent).toBe('faq');
  });

  test('« quelles démarches … par votre intermédiaire » asks what the assistant does', () => {
    expect(read('Pourriez-vous me préciser quelles démarches je peux effectuer par votre intermédiaire ?').intent).toBe('help');
  });
});

describe('stories and corrections', () => {
  test('« est restée au lit jeudi avec une angine » tells last Thursday’s absence', () => {
    const got = read('Bonjour, la petite Zélie est restée au lit jeudi avec une angine, sa mère m’a demandé de vous prévenir. Elle va mieux.');
    expect(got.intent).toBe('absence');
    expect(got.dates).toEqual(['2027-03-04']);
  });

  test('« ce serait donc tous les jeudis » says the days of the request, not a story', () => {
    // (Tuesday 6 October 2026: the autumn holidays start on Saturday 17 October.)
    const got = understand(
      'Chère Madame, la petite m’a dit hier au dîner qu’elle aimerait bien aller au centre le mercredi avec ses copines. Sa mère est d’accord : ce serait donc tous les mercredis jusqu’aux vacances, si vous le voulez bien. Bien à vous, son grand-père.',
      { ...options, now: '2026-10-06T14:00' },
    );
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2026-10-07', '2026-10-14']);
  });

  test('« …non pardon mercredi 10, le mardi c’est bon sa mère est là » keeps Wednesday only', () => {
    expect(read('inscrire Timothée mardi 9 au soir, non pardon mercredi 10, le mardi c’est bon sa mère est là').dates).toEqual(['2027-03-10']);
  });

  test('« le 16… ah non pardon le 17, le 16 il vient normal » cancels the 17th', () => {
    expect(read('annuler Timothée le 16... ah non pardon le 17, le 16 il vient normal').dates).toEqual(['2027-03-17']);
  });

  test('« merci, c’est tout » is a goodbye, not thanks waiting for more', () => {
    expect(read('merci, c’est tout').courtesy).toBe('goodbye');
    expect(read('merci beaucoup').courtesy).toBe('thanks');
  });

  test('« pardon je me trompe de numéro » is a message sent here by mistake', () => {
    expect(read('pardon je me trompe de numéro, c’était pour le coiffeur samedi').intent).toBe('none');
  });

  test('« donc les enfants dans l’accueil du soir …, c’est possible ? » asks a booking', () => {
    expect(read('je bosse toute la semaine prochaine, donc les enfants dans l’accueil du soir de lundi à vendredi, c’est possible ?').intent).toBe('reserve');
  });
});

describe('days said and unsaid', () => {
  test('« du 15 au 19 mais pas le 17 »: « mais » is no May', () => {
    const got = read('inscrire Zélie du 15 au 19 mais pas le 17');
    expect(got.dates).toEqual(['2027-03-15', '2027-03-16', '2027-03-18', '2027-03-19']);
  });

  test('« il ne s’agit pas d’annuler toute la semaine du 15, mais uniquement le mercredi 17 et le jeudi 18 » cancels those two', () => {
    const got = read('Il ne s’agit pas d’annuler toute la semaine du 15 mars pour Zélie, mais uniquement le mercredi 17 et le jeudi 18. Cordialement');
    expect(got.intent).toBe('cancel');
    expect(got.dates).toEqual(['2027-03-17', '2027-03-18']);
  });

  test('a child told off while dictating (« non Timothée tu poses ça ») takes back no day', () => {
    const got = read('alors je voudrais inscrire Zélie et Timothée au soir lundi mardi et jeudi de la semaine prochaine non Timothée tu poses ça tout de suite pardon voilà');
    expect(got.dates).toEqual(['2027-03-15', '2027-03-16', '2027-03-18']);
    expect(got.children).toEqual(['Zélie', 'Timothée']);
    expect(got.actions).toBeUndefined();
  });
});

describe('changes said no to and said better', () => {
  test('« annulez pas le 15 mais le 17 » cancels the 17th, one change (it moved the 15th to the 17th)', () => {
    const got = read('annulez pas le 15 mais le 17 pour Timothée');
    expect(got.intent).toBe('cancel');
    expect(got.dates).toEqual(['2027-03-17']);
    expect(got.actions).toBeUndefined();
  });

  test('« Zélie pas jeudi mais vendredi à la place et Timothée pareil » moves both children', () => {
    expect(read('alors Zélie pas jeudi mais vendredi à la place et Timothée pareil euh qui a laissé la porte ouverte').actions).toEqual([
      { intent: 'cancel', dates: ['2027-03-11'], children: ['Zélie', 'Timothée'] },
      { intent: 'reserve', dates: ['2027-03-12'], children: ['Zélie', 'Timothée'] },
    ]);
  });

  test('« Timothée pas lundi, mais mardi » is still a move', () => {
    expect(read('Timothée pas lundi, mais mardi').actions?.map((action) => action.intent)).toEqual(['cancel', 'reserve']);
  });
});

describe('children written in shorthand', () => {
  test('« zélie/timothée » names both; « les enfts » all of them', () => {
    expect(read('zélie/timothée demain soir garderie').children).toEqual(['Zélie', 'Timothée']);
    expect(read('les enfts demain soir svp').children).toEqual(['Minh-Châu', 'Zélie', 'Timothée']);
  });
});

describe('words of Italian and Portuguese speakers', () => {
  test('« grazie mille, buona giornata » is a thank-you', () => {
    expect(read('grazie mille, buona giornata').intent).toBe('smalltalk');
  });

  test('« tardi » is late, no Tuesday', () => {
    expect(read('Timothée mercredi soir garderie, io lavoro fino a tardi').dates).toEqual(['2027-03-10']);
  });

  test('« du 15 al 19 » is a range', () => {
    expect(read('Du 15 al 19 mars nous sommes en Italie, donc pas de garderie pour Zélie').dates).toEqual(['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19']);
  });

  test('« o último dia pour inscrire » asks the deadline; « não, espera, c’est le 18 » corrects the day', () => {
    expect(read('qual é o último dia pour inscrire Zélie mercredi 17 ?').intent).toBe('deadline');
    expect(read('annuler Zélie le 16... não, espera, c’est le 18').dates).toEqual(['2027-03-18']);
  });
});
