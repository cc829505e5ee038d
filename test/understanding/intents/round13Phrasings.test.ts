/**
 * Round 13 (issue 9): what conversations in `npm run chat` showed wrong, written as new
 * sentences (none is copied from an evaluation set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('a child answered « pas » beside another booked', () => {
  test('« malo jeudi 10 oui mais zoé pas, elle a judo » books Malo and cancels Zoé that day', () => {
    expect(read('malo jeudi 10 oui mais zoé pas, elle a judo').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Malo'] },
      { intent: 'cancel', dates: ['2026-12-10'], children: ['Zoé'] },
    ]);
  });
});

describe('the day a proof is sent is no day of the absence', () => {
  test.each([
    ['Nathan était malade vendredi 4, je vous envoie le certificat demain', ['2026-12-04']],
    ['zoé absente jeudi 3 je vs envoi le certif ce soir', ['2026-12-03']],
    ['Malo absent vendredi 4, le justificatif suivra demain', ['2026-12-04']],
    ['Nathan absent jeudi 3, je vous dépose demain le certificat médical', ['2026-12-03']],
  ])('« %s »', (text, dates) => {
    expect(read(text)).toMatchObject({ intent: 'absence', dates });
  });

  test('« le justificatif de jeudi 3 » still names the day of the absence', () => {
    expect(read('je vous envoie le justificatif de jeudi 3 pour Malo').dates).toEqual(['2026-12-03']);
  });
});

describe('a day left out of a month is a day of that month', () => {
  test('« les mardis et jeudis de janvier, sauf le 14 » leaves out 14 January, not 14 December', () => {
    const reading = read('inscris Zoé les mardis et jeudis de janvier, sauf le 14');
    expect(reading.dates).not.toContain('2027-01-14');
    expect(reading.dates).toContain('2027-01-12');
    expect(reading.edit?.removeDates).toEqual(['2027-01-14']);
  });
});

describe('another town service is off topic, with its own topic for the answer', () => {
  test.each(['où faire la carte d’identité de mon fils ?', 'je dois refaire le passeport de ma fille, c’est à quel guichet ?', 'vous avez le numéro d’un plombier ?'])('« %s »', (text) => {
    expect(read(text)).toMatchObject({ intent: 'none', topic: 'other_service' });
  });

  test('a child’s card forgotten at the centre stays about the periscolaire', () => {
    expect(read('Nathan a oublié sa carte d’identité au centre mercredi').topic).toBeUndefined();
  });
});

// Set N read (sentences written anew, in the families its errors showed).
describe('set N read: two changes where the clause splitter missed one', () => {
  test.each([
    ['ajout malo jeudi et annul vendredi stp', [{ intent: 'reserve', dates: ['2026-12-10'], children: ['Malo'] }, { intent: 'cancel', dates: ['2026-12-11'], children: ['Malo'] }]],
    ['inscrire zoé jeudi est annuler vendredi', [{ intent: 'reserve', dates: ['2026-12-10'], children: ['Zoé'] }, { intent: 'cancel', dates: ['2026-12-11'], children: ['Zoé'] }]],
    ['Lundi Malo tu le retires du centre, et mardi tu le mets à la garderie à la place', [{ intent: 'cancel', dates: ['2026-12-14'], children: ['Malo'] }, { intent: 'reserve', dates: ['2026-12-15'], children: ['Malo'] }]],
    ['Je souhaite annuler la réservation de Nathan pour jeudi ainsi que celle de Zoé pour vendredi.', [{ intent: 'cancel', dates: ['2026-12-10'], children: ['Nathan'] }, { intent: 'cancel', dates: ['2026-12-11'], children: ['Zoé'] }]],
  ])('« %s »', (text, actions) => {
    expect(read(text).actions).toEqual(actions);
  });
});

describe('set N read: the reason before a cancellation is no booking', () => {
  test('« Zoé étant inscrite à la danse le mercredi, je vous prie d’annuler ses mercredis de janvier » cancels every one of them', () => {
    expect(read('Zoé étant inscrite à la danse le mercredi, je vous prie d’annuler toutes ses réservations du mercredi en janvier.')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27'],
    });
  });

  test('« Nathan faisant du foot le jeudi désormais, merci d’annuler tous ses jeudis de janvier »', () => {
    const reading = read('Nathan faisant du foot désormais le jeudi, merci d’annuler ses réservations du soir pour tous les jeudis de janvier');
    expect(reading).toMatchObject({ intent: 'cancel', dates: ['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28'] });
    expect(reading.actions).toBeUndefined();
  });
});

describe('set N read: questions on the service are faq, a look said so is a look', () => {
  test.each([
    'je voudrais savoir jusqu’à quel âge on peut aller au centre de loisirs',
    'il faut quels papiers pour l’inscription ?',
    'pourriez-vous m’indiquer le nombre de places à l’accueil de loisirs ?',
    'à quelle adresse se trouve le service, que je passe vous voir ?',
    'vous êtes ouverts jusqu’à quelle heure au bureau ?',
    'je vous serais obligée de me communiquer les horaires d’ouverture du centre',
    'mon mari peut-il avoir son propre identifiant sur le compte citoyen ?',
  ])('« %s » is faq', (text) => {
    expect(read(text).intent).toBe('faq');
  });

  test('the opening hours of another town service stay off topic', () => {
    expect(read('les horaires d’ouverture de la déchetterie svp').intent).toBe('none');
  });

  test.each(['Zoé vendredi inscrite ? je ne veux pas annuler, juste savoir', 'je voulais savoir où en était la demande faite pour Malo'])('« %s » is a look', (text) => {
    expect(read(text).intent).toBe('check');
  });

  test('« qu’est-ce que je dois écrire pour que vous me compreniez ? » is help, not a statement', () => {
    expect(read('première fois que j’utilise ça, qu’est-ce que je dois écrire pour que vous me compreniez ?').intent).toBe('help');
  });
});

describe('set N read: bookings told as a wish or a stay', () => {
  test('« sa mère voudrait que la petite Zoé soit inscrite au centre mercredi »', () => {
    expect(read('sa mère voudrait que la petite Zoé soit inscrite au centre mercredi 16')).toMatchObject({ intent: 'reserve', dates: ['2026-12-16'] });
  });

  test('« Malo va rester le soir mardi et jeudi »', () => {
    expect(read('bon Malo va rester le soir mardi et jeudi, j’ai des réunions')).toMatchObject({ intent: 'reserve', dates: ['2026-12-08', '2026-12-10'] });
  });
});

describe('set N read: weekdays cut short side by side, the Wednesday service of a week', () => {
  test.each([
    ['malo mer + ven soir merci', ['2026-12-09', '2026-12-11']],
    ['zoé pas de garderie mar et jeu sem pro merci d’annuler', ['2026-12-15', '2026-12-17']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  test('« l’accueil du mercredi la semaine prochaine » is that Wednesday', () => {
    expect(read('Nathan ne viendra pas à l’accueil du mercredi la semaine prochaine, merci d’annuler').dates).toEqual(['2026-12-16']);
  });

  test('« le centre du mercredi 16 au vendredi 18 » is all three days', () => {
    expect(read('pour Zoé je veux le centre du mercredi 16 au vendredi 18 décembre').dates).toEqual(['2026-12-16', '2026-12-17', '2026-12-18']);
  });

  test('« pour ce jour » after a day named is that day, not today', () => {
    expect(read('Malo a son cours de musique mercredi 16. Voulez-vous bien l’enlever pour ce jour ?').dates).toEqual(['2026-12-16']);
  });
});

describe('set N read: children', () => {
  test('« bjr tt le monde » greets the staff and names no child', () => {
    expect(read('bjr tt le monde').children).toEqual([]);
  });

  test('« tout le monde au centre mercredi » still names every child', () => {
    expect(read('tout le monde au centre mercredi').children).toEqual(['Nathan', 'Zoé', 'Malo']);
  });

  test('« Zoé, c’est sa mamie qui la prend » leaves Zoé out of the booking', () => {
    expect(read('mardi prochain, Malo reste à la garderie, Zoé c’est sa mamie qui la prend')).toMatchObject({ intent: 'reserve', children: ['Malo'] });
  });
});

describe('a day number in words at the end of a clause', () => {
  test('« Malo était absent le quatre » is Friday 4 December', () => {
    expect(read('Malo était absent le quatre')).toMatchObject({ intent: 'absence', dates: ['2026-12-04'] });
  });

  test('« les deux enfants » and « le deux enfants » stay words', () => {
    expect(read('vous pouvez prendre les deux ?').dates).toEqual([]);
  });
});

// Set O read: families found in the sentences of at least two of its three writers (new sentences here).
describe('set O read: the family account shared, asked', () => {
  test.each([
    'comment fait-on pour ajouter un grand-père dans la famille sur le site ?',
    'ma fille voudrait me rajouter sur son compte pour que je fasse les réservations',
    'on peut avoir deux identifiants pour la même famille ?',
  ])('« %s » is faq', (text) => {
    expect(read(text).intent).toBe('faq');
  });
});

describe('set O read: where the service is, its e-mail, its opening hours', () => {
  test.each([
    'le service périscolaire il est où exactement ? je viens d’arriver',
    'c’est quoi l’adresse mail du portail famille ?',
    'je voudrais savoir jusqu’à quelle heure est ouverte la garderie le soir',
  ])('« %s » is faq', (text) => {
    expect(read(text).intent).toBe('faq');
  });
});

describe('set O read: a person asked in other words', () => {
  test.each(['passe-moi un humain, ton robot m’énerve', 'je souhaite être mise en relation avec un interlocuteur du service'])('« %s » is handoff', (text) => {
    expect(read(text).intent).toBe('handoff');
  });
});

describe('set O read: the assistant asked about, a look asked, nothing asked', () => {
  test.each(['comment on utilise ce robot pour réserver ?', 'tu es capable de faire quoi au juste ?'])('« %s » is help', (text) => {
    expect(read(text).intent).toBe('help');
  });

  test.each(['je veux savoir, Malo et Zoé ils ont réservation la semaine prochaine ?', 'pourriez-vous m’indiquer l’état d’avancement de ma demande pour Nathan ?'])('« %s » is a look', (text) => {
    expect(read(text).intent).toBe('check');
  });

  test.each(['oups pardon, c’était pas pour toi ce message', 'le lampadaire de ma rue ne marche plus, vous pouvez prévenir ?'])('« %s » is nothing the service does', (text) => {
    expect(read(text).intent).toBe('none');
  });
});

describe('set O read: changes in other words', () => {
  test('« Malo reste à la garderie jeudi, mon rendez-vous finit trop tard » is a booking, not a late request', () => {
    expect(read('Malo reste à la garderie jeudi, mon rendez-vous finit trop tard, tu gères ?')).toMatchObject({ intent: 'reserve', dates: ['2026-12-10'] });
  });

  test('« tu peux virer ses résas » cancels', () => {
    expect(read('je suis en télétravail la semaine prochaine, Zoé rentre à la maison, tu peux virer ses résas').intent).toBe('cancel');
  });

  test('« déréserver » cancels', () => {
    expect(read('je dois déréserver Nathan pour jeudi, il a médecin').intent).toBe('cancel');
  });

  test('« le deux enfant » names both children of a two-child family', () => {
    expect(understand('je veux inscrire le deux enfant pour le soir lundi 14', { now: '2026-12-07T19:00', children: ['Malo', 'Zoé'] }).children).toEqual(['Malo', 'Zoé']);
  });

  test('« d’ici à la fin du mois » runs to the end of the month', () => {
    expect(read('Zoé n’aura plus besoin de la garderie d’ici à la fin du mois').dates.at(-1)).toBe('2026-12-31');
  });

  test('« annuler ven » right after the verb is Friday', () => {
    expect(read('jusqua qd je peux annuler ven pr zoé')).toMatchObject({ intent: 'deadline', dates: ['2026-12-11'] });
  });
});

describe('round 14: a child or a day said for another in the same message', () => {
  test('« c’est pas Zoé qui vient mercredi, c’est Malo » is Malo', () => {
    expect(read('c’est pas Zoé qui vient mercredi, c’est Malo')).toMatchObject({ intent: 'reserve', dates: ['2026-12-09'], children: ['Malo'] });
  });

  test('« annuler Nathan vendredi… pardon c’est Zoé » is Zoé', () => {
    expect(read('annuler Nathan vendredi... pardon c’est Zoé')).toMatchObject({ intent: 'cancel', dates: ['2026-12-11'], children: ['Zoé'] });
  });

  test('« non, c’est pas Zoé, c’est Malo » alone asks nothing new: it corrects the last request', () => {
    expect(read('non, c’est pas Zoé, c’est Malo')).toMatchObject({ intent: 'none', children: ['Malo'], followUp: true });
  });

  test('« tous les soirs de la semaine pro sauf vendredi pour Malo » is Malo, Friday left out', () => {
    expect(read('tous les soirs de la semaine pro sauf vendredi pour Malo')).toMatchObject({ children: ['Malo'], dates: ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17'] });
  });

  test('« annulez vendredi pr les 2 et rajoutez-les lundi »: « les » after a verb is the children, Monday one day', () => {
    expect(understand('annulez vendredi pr les 2 et rajoutez les lundi', { now: '2026-12-07T19:00', children: ['Malo', 'Zoé'] }).actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-11'], children: ['Malo', 'Zoé'] },
      { intent: 'reserve', dates: ['2026-12-14'], children: ['Malo', 'Zoé'] },
    ]);
  });

  test('« il ne viendra finalement pas lundi » still cancels lundi (« pas » negates the verb)', () => {
    expect(read('Malo ne viendra finalement pas lundi')).toMatchObject({ intent: 'cancel', dates: ['2026-12-14'] });
  });
});

describe('set P read (families in at least two of its three writers)', () => {
  const two = (text: string, now: string, children: string[]) => understand(text, { now, children });

  test('a move told in two clauses, whatever the words: « vient pas mer, annul stp et mets la jeu à la place »', () => {
    expect(two('noa vient pas mer, annul stp et mets la jeu a la place', '2027-02-01T07:15', ['Noa']).actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-03'], children: ['Noa'] },
      { intent: 'reserve', dates: ['2027-02-04'], children: ['Noa'] },
    ]);
  });

  test('« cancel le mercredi 28 please, et mettre lui le jeudi 29 à la place »', () => {
    expect(two('pour Tudor : cancel le mercredi 28 octobre please, et mettre lui le jeudi 29 à la place', '2026-10-19T09:00', ['Tudor', 'Ioana']).actions).toEqual([
      { intent: 'cancel', dates: ['2026-10-28'], children: ['Tudor'] },
      { intent: 'reserve', dates: ['2026-10-29'], children: ['Tudor'] },
    ]);
  });

  test('« la réservation d’Adama et de Moussa … et de les inscrire en lieu et place » keeps both children on both changes', () => {
    expect(two('Merci d’annuler la réservation d’Adama et de Moussa pour le mardi 16 février et de les inscrire en lieu et place le vendredi 19 février.', '2027-02-08T13:00', ['Adama', 'Moussa']).actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-16'], children: ['Adama', 'Moussa'] },
      { intent: 'reserve', dates: ['2027-02-19'], children: ['Adama', 'Moussa'] },
    ]);
  });

  test('« … il faut annuler. Par contre, le mercredi 19 mai, il faudra les inscrire » books the day said after the contrast', () => {
    expect(two('Le mardi 11 mai, pas la peine de les garder, il faut annuler. Par contre, le mercredi 19 mai, il faudra les inscrire au centre.', '2027-05-03T09:00', ['Rui', 'Ana']).actions).toEqual([
      { intent: 'cancel', dates: ['2027-05-11'], children: [] },
      { intent: 'reserve', dates: ['2027-05-19'], children: [] },
    ]);
  });

  test('« vire-le de la 1ère semaine des vacances de printemps et mets les deux la deuxième »: the second week of the same holidays', () => {
    const reading = two('vire Lucas de la 1ère semaine des vacances de printemps et mets les deux la deuxième', '2027-03-26T21:00', ['Lucas', 'Emma']);
    expect(reading.actions?.[1]).toEqual({ intent: 'reserve', dates: ['2027-04-26', '2027-04-27', '2027-04-28', '2027-04-29', '2027-04-30'], children: ['Lucas', 'Emma'] });
  });

  test('a day taken back after « stp… » or « svp… euh non pardon » is left out', () => {
    expect(two('inscris Tom le 21 stp... non le 22 pardon', '2027-01-13T13:05', ['Tom']).dates).toEqual(['2027-01-22']);
    expect(two('vous pouvez mettre Tom à la garderie jeudi svp... euh non pardon vendredi, jeudi c’est mamie qui le prend', '2026-09-14T07:42', ['Tom']).dates).toEqual(['2026-09-18']);
  });

  test('a look asked in other words: « ce qui et réservé », « c’est quoi les jours réservé », « vérifier qu’ils sont inscrits »', () => {
    expect(read('vous pouvez me dire ce qui et réservé pour Zoé ce mois-ci').intent).toBe('check');
    expect(read('c’est quoi les jours réservé pour Malo pendant les vacances de Noël ?').intent).toBe('check');
    expect(read('ma fille m’a demandé de vérifier qu’ils sont inscrits à la garderie vendredi et lundi').intent).toBe('check');
  });

  test('a booking asked politely: « vous demander une place », « savoir si on pouvait le laisser à l’accueil », « tu me bloques Malo »', () => {
    expect(read('ma fille m’a chargé de vous demander une place au centre pour Malo la première semaine des vacances de Noël').intent).toBe('reserve');
    expect(read('je voulais savoir si on pouvait le laisser à l’accueil du soir demain, c’est pour Malo').intent).toBe('reserve');
    expect(read('tu me bloques Malo jusqu’à vendredi ?').intent).toBe('reserve');
  });

  test('« c’est pour annuler toutes les réservations de Zoé en janvier » cancels', () => {
    expect(read('bonsoir c’est pour annuler toutes les réservations de Zoé en janvier, on déménage').intent).toBe('cancel');
  });

  test('the family account asked: « être ajouté au compte de la famille », « un nouveau bébé, comment je mets lui dans Ma famille »', () => {
    expect(read('est-ce que je peux être ajouté au compte de la famille pour faire les démarches moi-même ?').intent).toBe('faq');
    expect(read('j’ai un nouveau bébé, comment je mets lui dans ma famille sur le site ?').intent).toBe('faq');
  });

  test('a custody quarrel or a neighbour not on the list goes to a person', () => {
    expect(read('mon mari et moi on divorce, il veut pas que je prends Zoé au centre. je peux parler avec qui ?').intent).toBe('handoff');
    expect(read('c la voisine qui recup Zoé ce soir, elle est pas sur la liste, ca pose pb ?').intent).toBe('handoff');
  });

  test('« c’est moi qui viens les prendre à la sortie » books nothing', () => {
    expect(read('jeudi c’est moi qui viens les prendre à la sortie de l’école, merci d’annuler la garderie').intent).toBe('cancel');
  });

  test('the days of a week or a month said by their bounds: « de la semaine du 1er au 5 février », « du 14 juin à la fin du mois »', () => {
    expect(two('nous souhaitons désinscrire Tom de la semaine du 1er au 5 février', '2027-01-25T09:10', ['Tom']).dates).toEqual(['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05']);
    expect(two('Tom ne vient plus du 14 juin à la fin du mois, annulez tout', '2027-06-07T17:55', ['Tom']).dates.at(-1)).toBe('2027-06-30');
  });

  test('« hors vacances scolaires » leaves the holidays out of a month', () => {
    expect(two('pourriez-vous réserver pour Tom tous les mardis et jeudis du mois de février, hors vacances scolaires ?', '2027-01-22T11:20', ['Tom']).dates).toEqual([
      '2027-02-02', '2027-02-04', '2027-02-09', '2027-02-11', '2027-02-16', '2027-02-18',
    ]);
  });

  test('a proof asked about after an illness is about the absence', () => {
    expect(two('les petits étaient malades jeudi et vendredi derniers, j’ai les certificats, faut les envoyer dans quel délai ?', '2027-03-30T10:00', ['Tom', 'Lou'])).toMatchObject({ intent: 'absence', dates: ['2027-03-25', '2027-03-26'] });
  });

  test('what the assistant does, asked in a letter, is help; « bon courage pour la rentrée » is smalltalk', () => {
    expect(read('Pourriez-vous m’indiquer quelles démarches je puis effectuer par l’intermédiaire de ce service de messagerie ?').intent).toBe('help');
    expect(read('Bonjour ! bon courage à toute l’équipe pour la rentrée').intent).toBe('smalltalk');
  });
});

describe('round 14: a change and its story told in sentences', () => {
  test('« Tom sera chez moi le 23 mais par contre il faudra l’inscrire le 28 et le 29 » cancels the 23rd and books the others', () => {
    expect(understand('Bonjour, Tom sera chez moi le 23 décembre mais par contre il faudra l’inscrire le 28 et le 29 décembre au centre car je pars en cure.', { now: '2026-11-30T14:30', children: ['Tom'] }).actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-23'], children: ['Tom'] },
      { intent: 'reserve', dates: ['2026-12-28', '2026-12-29'], children: ['Tom'] },
    ]);
  });

  test('« … il faut enlever les deux du centre. Mais le mardi d’après, le 30, ils devront rester à la garderie » books the 30th', () => {
    expect(understand('Vendredi, finalement, c’est moi qui les garde, alors il faut enlever les deux du centre. Mais le mardi d’après, le 30, ils devront rester à la garderie.', { now: '2027-03-24T10:00', children: ['Tom', 'Lou'] }).actions).toEqual([
      { intent: 'cancel', dates: ['2027-03-26'], children: ['Tom', 'Lou'] },
      { intent: 'reserve', dates: ['2027-03-30'], children: ['Tom', 'Lou'] },
    ]);
  });

  test('« lundi et mardi prochains son stage est annulé » is the reason of a booking of both days', () => {
    expect(understand('Tom pourra finalement venir au centre lundi et mardi prochains son stage est annulé', { now: '2026-10-22T10:00', children: ['Tom'] })).toMatchObject({ intent: 'reserve', dates: ['2026-10-26', '2026-10-27'] });
  });
});

describe('set R read (grandparents and parents whose French is a second language, families in at least two of its three writers)', () => {
  const at = (text: string, now: string, children: string[]) => understand(text, { now, children });

  test('English mixed in: days, months, « the two kids », « I need », « how much », « last day for »', () => {
    expect(at('I need a place for Tom wednesday 30 september, me and my wife we work', '2026-09-22T18:45', ['Tom'])).toMatchObject({ intent: 'reserve', dates: ['2026-09-30'], children: ['Tom'] });
    expect(at('the two kids, no centre monday 1 march, we have a wedding. cancel please', '2027-02-24T09:00', ['Tom', 'Lou'])).toMatchObject({ intent: 'cancel', dates: ['2027-03-01'], children: ['Tom', 'Lou'] });
    expect(at('Tom absent yesterday and today, fever. the doctor paper I send where?', '2026-12-02T19:00', ['Tom'])).toMatchObject({ intent: 'absence', dates: ['2026-12-01', '2026-12-02'] });
    expect(at('please cancel all june for Tom, we move', '2027-05-31T18:00', ['Tom']).dates.at(-1)).toBe('2027-06-30');
    expect(at('vacances de Noel, the last day for reserve is when?', '2026-10-27T09:00', ['Tom']).intent).toBe('deadline');
    expect(at('how much it cost the garderie in the evening?', '2026-09-08T14:00', ['Tom']).intent).toBe('faq');
    expect(at('Hello, I need to know until when I can cancel pour le lundi 2 novembre', '2026-10-20T17:30', ['Tom']).intent).toBe('deadline');
  });

  test('wishes and news of oneself are smalltalk', () => {
    expect(read('Bonjour, je vous souhaite une excellente rentrée, à vous et à toute l’équipe.').intent).toBe('smalltalk');
    expect(read('Coucou, c’est encore moi, la mamie de Zoé ! Bonjour bonjour').intent).toBe('smalltalk');
  });

  test('the weather, a residence permit, a noisy neighbour, a lost cat, the tax office: nothing the service does', () => {
    for (const text of [
      'Savez-vous s’il va pleuvoir ce week-end ?',
      'où je peux refaire ma carte de séjour ? c’est urgent',
      'Mon voisin met sa musique à fond toute la nuit, à qui dois-je m’adresser ?',
      'Ma voisine a perdu son chat tigré, si vous le voyez faites-moi signe.',
      'Pourriez-vous me donner le numéro du centre des impôts ?',
      'vous connaissez un garage pas cher ?',
    ]) expect(read(text).intent).toBe('none');
  });

  test('a grandparent asking to be on the family account is faq; « ma fille » is no Marie-Ange; « tout le monde peut voir » names no child', () => {
    expect(understand('Comment fait-on pour m’ajouter dans la famille sur le compte ? Ma fille n’a pas le temps.', { now: '2026-10-21T10:00', children: ['Jehan', 'Marie-Ange'] })).toMatchObject({ intent: 'faq', children: [] });
    expect(read('j’aimerais être ajoutée comme membre de la famille sur le compte de ma fille, comment procède-t-on ?').intent).toBe('faq');
    expect(understand('il y a un espace pour les documents ? tout le monde peut voir ?', { now: '2027-01-20T12:00', children: ['Roya'] }).children).toEqual([]);
  });

  test('« Papy Marcel » is a signature, not harassment (a stem of a rule is no word for the spelling corrector)', () => {
    expect(read('Il me faudrait une place pour Malo le jeudi 17. Merci mille fois, Papy Marcel')).toMatchObject({ intent: 'reserve', dates: ['2026-12-17'] });
  });

  test('a plain request in a letter is no call for a person: « je n’entends plus très bien au téléphone », « est-ce possible de le faire par ici ? »', () => {
    expect(read('Je voudrais réserver pour Malo le mercredi 16. Répondez-moi par écrit s’il vous plaît, je n’entends plus très bien au téléphone.').intent).toBe('reserve');
    expect(read('Je ne pourrai pas aller les chercher vendredi, alors il faudrait les mettre à la garderie ce soir-là. Est-ce que c’est possible de le faire par ici ?').intent).toBe('reserve');
    expect(read('Je souhaiterais qu’ils aillent au centre de loisirs pendant toutes les vacances de Noël.').intent).toBe('reserve');
    expect(read('j’ai besoin un interprète, je comprends pas tout le français').intent).toBe('handoff');
  });

  test('the days told in a story are not those asked: « suite à notre conversation de ce matin », « m’a dit ce midi », « séance déplacée au jeudi »', () => {
    expect(read('Suite à notre conversation téléphonique de ce matin, Malo aura besoin de l’accueil du mercredi le 16 décembre.').dates).toEqual(['2026-12-16']);
    expect(understand('Sa séance d’orthophonie a été déplacée au jeudi, et c’est moi qui l’y conduirai. Il faudrait donc retirer sa réservation du jeudi 12 novembre et la mettre plutôt le vendredi 13.', { now: '2026-11-02T16:00', children: ['Lou'] }).actions).toEqual([
      { intent: 'cancel', dates: ['2026-11-12'], children: [] },
      { intent: 'reserve', dates: ['2026-11-13'], children: [] },
    ]);
  });

  test('« Aliou lui il vient normal » is left as he is; « les mercredis compris » keeps the whole month', () => {
    expect(understand('Maguette et Dior vont pas venir au centre mercredi, annulez svp. Aliou lui il vient normal.', { now: '2027-03-16T18:00', children: ['Maguette', 'Aliou', 'Dior'] }).children).toEqual(['Maguette', 'Dior']);
    expect(read('je souhaiterais faire garder Malo après l’école tout le mois de janvier, les mercredis compris').dates).toHaveLength(20);
  });

  test('« ma demande toujours pas validé » asks where the request is', () => {
    expect(read('bonjour ya un problème? ma demande pour Malo toujours pas validé, ça fait une semaine').intent).toBe('check');
  });
});

describe('round 14: English « too » adds', () => {
  test('« and Zoé too » adds Zoé to the request', () => {
    expect(read('and Zoé too').edit).toEqual({ add: true });
  });
});

describe('round 15, set S read: English and other languages mixed into French', () => {
  test.each([
    ['hello, Zoé was absent tuesday because flu, I have doctor paper', 'absence'],
    ['salut, please remove Malo from friday, he not come', 'cancel'],
    ['Nathan needs the garderie on thursday, my husband work late', 'reserve'],
    ['pls check for me if Zoé has reservation this wednesday', 'check'],
    ['what I booked for Malo next week? I forget', 'check'],
    ['the last day I can cancel friday 18 for Zoé?', 'deadline'],
    ['nobody answer the phone, can I speak with a real person please', 'handoff'],
    ['ok thank you very much, bye bye', 'smalltalk'],
    ['How it works this chat? what I can do here', 'help'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  test('English dates: « 9th dec and 10th dec », « from 1 march until end of march » (Easter Monday left out), « after tomorrow », Spanish « la primera semana »', () => {
    expect(read('Zoé can come to the evening care on 9th dec and 10th dec? I book please').dates).toEqual(['2026-12-09', '2026-12-10']);
    expect(read('Malo not come from 1 march until end of march, cancel all please').dates).toHaveLength(22);
    expect(read('Nathan need the centre tomorrow and after tomorrow').dates).toEqual(['2026-12-08', '2026-12-09']);
    expect(read('para Zoé reservar la primera semana de las vacances de Noël').dates).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24']);
  });

  test('greetings in the family\'s own language and introductions are smalltalk', () => {
    expect(read('as salam alaykoum à toute l\'équipe').intent).toBe('smalltalk');
    expect(read('Bonjour, enchanté, je suis le papa de Malo, c\'est la première fois que je vous écris').intent).toBe('smalltalk');
  });
});

describe('round 15, set S read: French of grandparents and newcomers', () => {
  test('a look: « ils sont bien marqués pour mardi ? », « voir quels jours les enfants sont au centre »', () => {
    expect(read('Pourriez-vous vérifier si Zoé et Malo sont bien marqués pour mardi à la garderie').intent).toBe('check');
    expect(read('je voudrais voir quels jours les enfants sont au centre pendant les vacances de Noël').intent).toBe('check');
  });

  test('a deadline asked in other words: « je ne voudrais pas être hors délai », « la dernière jour pour réserver »', () => {
    expect(read('Jusqu\'à quelle date puis-je inscrire Malo aux mercredis de février ? Je ne voudrais pas être hors délai.').intent).toBe('deadline');
    expect(read('pour Zoé le jeudi 17, c\'est quand la dernière jour pour réserver ?').intent).toBe('deadline');
  });

  test('what the assistant does: « à quoi sert-il ? que savez-vous faire ? »', () => {
    expect(read('Mon petit-fils m\'a mis ce programme sur la tablette. À quoi sert-il ? Que savez-vous faire ?').intent).toBe('help');
  });

  test('errands of the town that are not the service are nothing it does: the swimming pool, a bakery, a Navigo pass', () => {
    expect(read('Est-ce que la piscine municipale ouvre le dimanche ? Mon petit-fils voudrait y aller.').intent).toBe('none');
    expect(read('Combien coûte le pass Navigo pour un enfant de 10 ans ?').intent).toBe('none');
    expect(read('La boulangerie de la rue de Paris est-elle ouverte le lundi ?').intent).toBe('none');
  });

  test('a habit told is no change: « je garde Malo d\'habitude le mercredi, mais demain… peut-il aller au centre ? »', () => {
    expect(understand('Je garde Malo d\'habitude le mercredi, mais demain j\'ai un rendez-vous à la préfecture. Peut-il aller au centre demain ?', { now: '2026-12-08T09:00', children: ['Malo'] })).toMatchObject({ intent: 'reserve', dates: ['2026-12-09'] });
  });

  test('« il faudrait une place pour … ; la petite … restera avec moi » books the others', () => {
    expect(read('Pour les vacances de Noël, il faudrait une place pour Nathan et Malo la première semaine ; la petite Zoé restera avec moi.')).toMatchObject({ intent: 'reserve', children: ['Nathan', 'Malo'] });
  });

  test('« ce qui est réservé » is no second request: « annuler tout ce qui est réservé pour lui jusqu\'aux vacances »', () => {
    const reading = read('Malo déménage chez son père. Merci d\'annuler tout ce qui est réservé pour lui jusqu\'aux vacances.');
    expect(reading.intent).toBe('cancel');
    expect(reading.actions).toBeUndefined();
  });

  test('« elle viendra jeudi, mais plus mardi prochain » books Thursday and cancels Tuesday', () => {
    expect(read('petit changement pour Zoé : elle viendra finalement à la garderie jeudi, mais plus mardi prochain').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2026-12-08'], children: ['Zoé'] },
    ]);
  });

  test('« Malo no, he stay with me » leaves Malo out', () => {
    expect(read('I want inscrire Zoé for mercredi 16 at the centre. Malo no, he stay with me.').children).toEqual(['Zoé']);
  });

  test('dates: « tous mercredis de janvier », « la semaine prochaine et aussi la semaine après », « toute la semaine prochaine, mercredi compris », a week heading its days', () => {
    expect(read('supprimer Malo pour tous mercredis de janvier').dates).toEqual(['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27']);
    expect(read('annuler Zoé toute la semaine prochaine et aussi la semaine après').dates).toHaveLength(9);
    expect(read('Nathan ira au périscolaire toute la semaine prochaine, mercredi compris').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
    expect(read('pour la semaine prochaine : inscrire Zoé au centre le mercredi 16 et annuler la garderie de Malo le vendredi 18').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2026-12-18'], children: ['Malo'] },
    ]);
  });
});

describe('round 16, set T read: Portuguese, Spanish and Romanian mixed into French', () => {
  test.each([
    ['bom dia, o Malo não vai quarta-feira, ele está doente, cancela por favor', 'cancel', ['2026-12-09']],
    ['Zoé esta inscrita quinta-feira? obrigada', 'check', ['2026-12-10']],
    ['até quando je peux annuler Malo sexta 18?', 'deadline', ['2026-12-18']],
    ['quiero hablar con una persona, por favor', 'handoff', []],
    ['necesito inscribir a Zoé el jueves 10 y el viernes 11 para la garderie, gracias', 'reserve', ['2026-12-10', '2026-12-11']],
    ['Va rog anulati garderie pentru Malo joi. Multumesc', 'cancel', ['2026-12-10']],
    ['preciso reservar Malo do 21 ate 24 dezembro, centre de loisirs', 'reserve', ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24']],
    ['Nathan no garderie mardi, merci', 'cancel', ['2026-12-08']],
  ])('« %s » is %s on %j', (text, intent, dates) => {
    expect(read(text)).toMatchObject({ intent, dates });
  });

  test('a Portuguese « e » between two changes is « et »: « annuler Malo mercredi 16 e mettre Zoé a la place »', () => {
    expect(read('annuler Malo mercredi 16 e mettre Zoé a la place, obrigado').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-16'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Zoé'] },
    ]);
  });

  test('a first name is no foreign month, weekday or goodbye: « Marco », « Marti », « Joi », « Chau » stay names', () => {
    for (const name of ['Marco', 'Marti', 'Joi', 'Chau']) {
      expect(understand(`inscrire ${name} mercredi 16 au centre`, { now: options.now, children: [name, 'Zoé'] })).toMatchObject({ intent: 'reserve', dates: ['2026-12-16'], children: [name] });
    }
  });
});

describe('round 16, set T read: English and French of grandparents and newcomers', () => {
  test.each([
    ['help, what this bot can do?', 'help'],
    ['Zoé was malade vendredi, I have papier from doctor, how I send?', 'absence'],
    ['is the garderie open during the christmas holidays?', 'faq'],
    ['vérifier inscription Zoé mercredi 16. Merci', 'check'],
    ["Je voudrais vérifier réservation de Malo et Nathan cette semaine", 'check'],
    ["j'aimerais m'assurer que Zoé et Malo sont bien attendus à la garderie jeudi, merci de votre réponse", 'check'],
    ['c koi les jour réservé pour Malo cette semaine ?', 'check'],
    ["je souhaiterais connaître l'état de la demande de réservation que j'ai faite pour mes petits-enfants", 'check'],
    ["Ma fille m'a installé cette application mais je ne sais pas comment m'en servir. Que faut-il écrire ?", 'help'],
    ['je voudrais savoir comment on ajoute un grand-parent sur le compte de ma fille pour gérer les réservations', 'faq'],
    ['Besoin parler agent, urgent. Rappeler au 06 11 22 33 44', 'handoff'],
    ['où se trouvent vos bureaux ? je préfère venir en personne avec le dossier', 'faq'],
    ['essai nouveau téléphone, ne pas tenir compte svp', 'none'],
    ["c'est quoi email du service périscolaire svp ?", 'faq'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  test('dates: « lundi à vendredi » without « du », « ni le suivant », « 15-16-18 décembre », « jusque les vacances », « first week »', () => {
    expect(read('Nathan garderie lundi à vendredi la semaine prochaine').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
    expect(understand('Zoé ne viendra pas mercredi prochain, ni le suivant', { ...options, now: '2026-12-03T19:00' }).dates).toEqual(['2026-12-09', '2026-12-16']);
    expect(read('annuler Malo soir 15-16-18 décembre').dates).toEqual(['2026-12-15', '2026-12-16', '2026-12-18']);
    expect(read('Zoé tous les mercredi jusque les vacances').dates).toEqual(['2026-12-09', '2026-12-16']);
    expect(read('please book Malo for the christmas holidays, first week only').dates).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24']);
  });

  test('a telegraphic booking, then a cancellation in a sentence of its own: two changes', () => {
    expect(read('Zoé garderie soir mardi 8 + jeudi 10. Annuler mercredi 9. Merci').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-08', '2026-12-10'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2026-12-09'], children: ['Zoé'] },
    ]);
  });

  test('« Metre Malo », as typed, is « mettre Malo »', () => {
    expect(read('Metre Malo garderie mardi 15, et enlever Nathan du jeudi 17 porque ele vai chez sa avó').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-15'], children: ['Malo'] },
      { intent: 'cancel', dates: ['2026-12-17'], children: ['Nathan'] },
    ]);
  });
});
