/**
 * Round 45 (issue 9): families found in set BJ once read (set BK frozen first), written as new
 * sentences (none is copied from a set).
 */
import { conceptsOf } from '../../../src/understanding/intents/concepts';
import { understand } from '../../../src/understanding/understand';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February to Sunday 7 March).
const options = { now: '2027-01-11T20:00', children: ['Maxence', 'Zélie'] };
const read = (text: string, now = options.now) => understand(text, { ...options, now });

describe('a booking told beside a past or an afterwards', () => {
  test('« nous avions dû nous débrouiller » is last year told, « je sollicite dès à présent l’inscription » the booking', () => {
    const got = read('Madame, l’été dernier nous avions dû nous débrouiller sans solution de garde. Je sollicite dès à présent l’inscription de Zélie pour la première semaine des vacances d’hiver.');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']);
  });

  test('« on se débrouillera, annulez mercredi » still cancels', () => {
    expect(read('on se débrouillera entre nous, annulez Maxence mercredi').intent).toBe('cancel');
  });

  test('« après ils vont chez leur père » is where they go afterwards, not a day given up', () => {
    expect(read('Maxence et Zélie au centre les deux premiers jours des vacances d’hiver, après ils vont chez leur père').intent).toBe('reserve');
    expect(read('annulez Zélie mercredi 13, elle va chez sa grand-mère').intent).toBe('cancel');
  });

  test('« j’ai mes séances de kiné » is the grandmother’s own care: the booking stays a booking', () => {
    const got = read(
      'Bonjour, c’est la mamie de Zélie. Mon fils travaille tard en ce moment. Il faudrait que Zélie et son frère Maxence restent à la garderie jeudi et vendredi, car j’ai mes séances de kiné à Créteil. Merci beaucoup, bonne soirée.',
    );
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-01-14', '2027-01-15']);
    const ill = (prepared: string) => conceptsOf(prepared).some((h) => h.concept === 'ill');
    expect(ill("il faudrait qu' elle reste a la garderie car j' ai mes seances de kine")).toBe(false);
    expect(ill("elle a ses seances de kine jeudi")).toBe(true);
  });
});

describe('weekdays said right after a week of the holidays', () => {
  test('« la première semaine des vacances d’hiver, lundi et mardi » are that week’s Monday and Tuesday', () => {
    expect(read('Zélie au centre la première semaine des vacances d’hiver, lundi et mardi').dates).toEqual(['2027-02-22', '2027-02-23']);
  });

  test('« les trois premiers jours des vacances euh lundi mardi mercredi », dictated, say the same days again', () => {
    expect(read('euh Maxence au centre les trois premiers jours des vacances d’hiver euh lundi mardi mercredi voilà').dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24']);
  });

  test('a weekday said with « non » after the week still takes it back', () => {
    expect(read('Zélie au centre la deuxième semaine des vacances d’hiver euh non pardon mercredi').dates).toEqual(['2027-01-13']);
  });
});

describe('words of other matters and remarks that ask no change', () => {
  test('« au perisco », shortened, is the périscolaire', () => {
    const got = read('Maxence au perisco le 14 stp, jbosse tard');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-01-14']);
  });

  test('« je me suis trompé d’adresse » is a message meant elsewhere; « trompée d’adresse mail » is not', () => {
    expect(read('Pardon, je me suis trompée d’adresse, je voulais écrire au club de randonnée pour la sortie de dimanche.').intent).toBe('none');
    expect(read('je me suis trompée d’adresse mail en créant le compte, comment la corriger ?').intent).not.toBe('none');
  });

  test('« deux kilos de pommes sur la liste » is a shopping list, not a child added', () => {
    expect(read('rajoute trois kilos de pommes et du beurre sur la liste pour le drive').intent).toBe('none');
    expect(read('rajoute Zélie sur la liste du mercredi 13').intent).toBe('reserve');
  });

  test('« où est la demande de madame ? … toujours pas de réponse » asks where a request stands', () => {
    expect(read('Bonsoir, où est la demande de madame pour la garderie ? Elle a fait la demande sur internet, toujours pas de réponse.').intent).toBe('check');
    expect(read('où est la demande de mon mari pour le centre ? il a fait ça sur le site, toujours rien').intent).toBe('check');
    expect(read('où est la demande pour Zélie ?').intent).toBe('check');
  });

  test('« c’est pas les vacances » is a remark on the day asked, no holidays said no to', () => {
    const got = read('donc Zélie le mercredi 20 janvier au centre enfin à l’accueil du mercredi quoi c’est pas les vacances');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-01-20']);
  });
});

describe('days of the story, and days framed by a week', () => {
  test('« l’accueil du mercredi jusqu’à la veille », in a question on the deadline, names no Wednesday', () => {
    const got = read('Mon voisin dit qu’on peut annuler l’accueil du mercredi jusqu’à la veille, c’est vrai ? Quel est le délai ?');
    expect(got.intent).toBe('deadline');
    expect(got.dates).toEqual([]);
  });

  test('« … la deuxième semaine des vacances. Je demande son inscription sur cette semaine » is that week, not this one', () => {
    const got = read('Sa nourrice sera absente la deuxième semaine des vacances d’hiver. Je sollicite donc l’inscription de Maxence au centre de loisirs sur cette semaine.');
    expect(got.dates).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
  });

  test('« après le week-end de Pâques » is no holidays: the days said after it are asked', () => {
    const got = read('Pouvez-vous prendre Zélie après le week-end de Pâques ? Ce serait le mardi 30 mars et le jeudi 1er avril, le mercredi elle est avec moi.', '2027-03-15T10:00');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-03-30', '2027-04-01']);
    // (Said alone, it names no day: the days are asked for.)
    expect(read('Pouvez-vous prendre Zélie le soir après le week-end de Pâques ?', '2027-03-15T10:00').dates).toEqual([]);
    expect(read('inscrire Zélie pendant les vacances de Pâques', '2027-03-15T10:00').dates[0]).toBe('2027-04-19');
  });

  test('« cette semaine à partir de jeudi » is this week’s Thursday and Friday', () => {
    expect(read('annuler la garderie de Maxence cette semaine à partir de jeudi').dates).toEqual(['2027-01-14', '2027-01-15']);
    expect(read('annuler Maxence cette semaine à partir de mercredi, ah non à partir de jeudi').dates).toEqual(['2027-01-14', '2027-01-15']);
  });

  test('« j’ai un rdv client jeudi », the parent’s appointment, is the reason, not a day booked', () => {
    const got = read('enlève Maxence jeudi et mets-le plutôt vendredi, j’ai un rdv client jeudi qui a été déplacé');
    expect(got.actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-14'], children: ['Maxence'] },
      { intent: 'reserve', dates: ['2027-01-15'], children: ['Maxence'] },
    ]);
  });
});

test('« mais trois enfants », as dictated, are all the children', () => {
  expect(understand('je voudrais inscrire mais trois enfants au centre mercredi prochain', { now: options.now, children: ['Maxence', 'Zélie', 'Aurèle'] }).children).toEqual(['Maxence', 'Zélie', 'Aurèle']);
});

test('« et Zélie elle reste bien elle ? », « Maxence reste inscrit ? » ask whether the child keeps a place', () => {
  expect(read('et Zélie elle reste bien elle ?').intent).toBe('check');
  expect(read('et Maxence il reste inscrit mercredi ?').intent).toBe('check');
  expect(read('et Maxence il reste à la garderie jeudi soir').intent).toBe('reserve');
});

test('« g combien a payer pr decembre », « combien j’ai à payer » ask the month’s estimate (it gave the general prices)', () => {
  expect(read('ok et g combien a payer pr fevrier').topic).toBe('statement');
  expect(read('combien j’ai à payer pour février ?').topic).toBe('statement');
});

test('« Maxence aussi la même semaine » follows the last request; « Maxence aussi la semaine prochaine » names its own days', () => {
  expect(read('Maxence aussi la même semaine svp').followUp).toBe(true);
  const own = read('Maxence aussi la semaine prochaine');
  expect(own.followUp).toBeUndefined();
  expect(own.dates).toEqual(['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22']);
});

test('« cette mois », as written by a parent learning French, is this month', () => {
  expect(read('quels jours Maxence il a garderie cette mois ?').dates.slice(0, 2)).toEqual(['2027-01-11', '2027-01-12']);
});

describe('found by probing in new words (round 45)', () => {
  test('« ne pourra fréquenter l’accueil du soir », the written negation, cancels (it booked)', () => {
    const got = read('Madame, Monsieur, ma fille Zélie ne pourra fréquenter l’accueil du soir les jeudis 14, 21 et 28 janvier.');
    expect(got.intent).toBe('cancel');
    expect(got.dates).toEqual(['2027-01-14', '2027-01-21', '2027-01-28']);
    expect(read('nous souhaiterions qu’ils fréquentent le centre de loisirs pendant les vacances d’hiver, merci').intent).toBe('reserve');
  });

  test('« toutes les vacances d’hiver sauf la première semaine » is the second week', () => {
    expect(read('Maxence au centre pendant toutes les vacances d’hiver sauf la première semaine').dates).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
  });

  test('« je les garde pendant les vacances, sauf la deuxième semaine … cette semaine-là » is that week', () => {
    const got = read('Je garde les petits pendant les vacances d’hiver, sauf la deuxième semaine. Il faudrait les inscrire au centre cette semaine-là.');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
  });
});

describe('reserve and cancel told in other words (round 45 probes)', () => {
  test('« n’ira pas chez sa mamie finalement, il faut qu’il aille au centre » books (it cancelled)', () => {
    const got = read('Maxence n’ira pas chez sa mamie mercredi finalement, il faut donc qu’il aille au centre');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-01-13']);
    expect(read('Maxence ira chez sa mamie mercredi').intent).toBe('cancel');
  });

  test('« mettez une croix sur le mercredi 20 », « on tire un trait sur vendredi » give the day up (it booked)', () => {
    expect(read('mettez une croix sur le mercredi 20 pour Zélie, elle a un tournoi').intent).toBe('cancel');
    expect(read('on tire un trait sur la garderie de vendredi pour Maxence').intent).toBe('cancel');
  });

  test('« reste à la maison jeudi, il a de la fièvre » is this Thursday to come; « est resté à la maison jeudi » the last one', () => {
    expect(read('Maxence reste à la maison jeudi, il a de la fièvre').dates).toEqual(['2027-01-14']);
    expect(read('Maxence est resté à la maison jeudi, il avait de la fièvre').dates).toEqual(['2027-01-07']);
  });
});

test('« comment je peux ajouter moi dans le compte de ma femme ? » asks how to join the family account', () => {
  expect(read('Bonjour, comment je peux ajouter moi dans le compte de mon mari ? Je ne peux pas faire les réservations.').intent).toBe('faq');
});

describe('letters that book beside a word of cancelling (round 45 probes)', () => {
  test('« afin de réserver, et non d’annuler comme je l’ai fait par erreur » books; « annuler, et non réserver » cancels', () => {
    expect(read('Madame, je vous écris afin de réserver, et non d’annuler comme je l’ai fait par erreur, la journée du mercredi 20 janvier pour Maxence.').intent).toBe('reserve');
    expect(read('il faut annuler, et non réserver, le mercredi 20 pour Maxence').intent).toBe('cancel');
  });

  test('« ma demande d’annulation du 20 : il s’agit d’une erreur » books the day again', () => {
    const got = read('Madame, je reviens vers vous concernant ma demande d’annulation du 20 janvier : il s’agit d’une erreur, Zélie sera bien présente.');
    expect(got.intent).toBe('reserve');
    expect(got.dates).toEqual(['2027-01-20']);
  });

  test('« en l’absence de leur grand-mère, hospitalisée » is the grown-up away: the children’s holidays are booked', () => {
    expect(read('Madame, en l’absence de leur grand-mère, hospitalisée, Maxence et Zélie devront fréquenter le centre de loisirs pendant les vacances d’hiver.').intent).toBe('reserve');
  });

  test('« je confirme l’annulation du 13 et je sollicite en remplacement une place le 20 » is two changes', () => {
    expect(read('Madame, je vous confirme l’annulation de la réservation de Maxence du mercredi 13 janvier et je sollicite en remplacement une place le mercredi 20 janvier.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-13'], children: ['Maxence'] },
      { intent: 'reserve', dates: ['2027-01-20'], children: ['Maxence'] },
    ]);
  });
});

describe('grandparents’ thanks and questions (round 45 probes)', () => {
  test('« merci pour votre patience au téléphone la semaine dernière », « bravo à toute l’équipe » are thanks, not a person asked', () => {
    expect(read('Bonjour Madame, c’est mamie Odette. Un grand merci pour votre gentillesse au téléphone la semaine dernière, vous avez été très patiente. Bonne soirée.').intent).toBe('smalltalk');
    expect(read('Bonjour, c’est le papy. Les petits ont adoré le spectacle de lundi dernier, ils en parlent encore. Bravo à toute l’équipe.').intent).toBe('smalltalk');
  });

  test('« comment payer par chèque » is a question on the service', () => {
    expect(read('Bonjour Madame, je voudrais savoir comment on fait pour régler par chèque, je n’ai pas de carte bancaire, merci bien.').intent).toBe('faq');
  });
});

test('« toute la deuxième semaine et le lundi de la première » is the first week’s Monday and the second week', () => {
  expect(read('Zélie au centre les vacances d’hiver euh toute la deuxième semaine et le lundi de la première').dates).toEqual(['2027-02-22', '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
});

test('« dsl j’ai zappé, Zélie doit venir mercredi aussi » books (it cancelled); « jpeux laisser Maxence jusqu’à 18h30 demain ? » books', () => {
  expect(read('dsl j’ai zappé, Zélie doit venir mercredi aussi').intent).toBe('reserve');
  expect(read('on zappe le centre mercredi pour Maxence').intent).toBe('cancel');
  expect(read('jpeux laisser Maxence jusqu a 18h30 demain ?').intent).toBe('reserve');
});
