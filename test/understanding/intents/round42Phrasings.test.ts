/**
 * Round 42 (issue 9): families found in set BG once read (set BH frozen first), written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February).
const options = { now: '2027-01-11T20:00', children: ['Ilan', 'Capucine'] };
const read = (text: string, now = options.now, children = options.children) => understand(text, { now, children });

describe('a day taken back while speaking', () => {
  test('« jeudi euh non mercredi et jeudi, elle avait … »: both days of the list said again', () => {
    expect(read('Capucine était absente jeudi euh non mercredi et jeudi elle avait une gastro')).toMatchObject({
      intent: 'absence',
      dates: ['2027-01-06', '2027-01-07'],
      children: ['Capucine'],
    });
  });

  test('« du lundi 1er au vendredi 5 euh non au jeudi 4 »: the end said again keeps the start', () => {
    expect(read('annulez Ilan du lundi 1er février au vendredi 5 euh non au jeudi 4')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04'],
    });
  });

  test('« le mardi 19 non pardon pas le 19 le mardi 26 janvier »: the day said no to, then the one said instead', () => {
    expect(read('réservez Capucine le mardi 19 non pardon pas le 19 le mardi 26 janvier')).toMatchObject({ intent: 'reserve', dates: ['2027-01-26'] });
  });
});

describe('two changes in one message', () => {
  test('« par contre », « en revanche » set a child and days against the change before: the other change', () => {
    expect(read('annulez Ilan mercredi 13. par contre Capucine jeudi 14 svp').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-13'], children: ['Ilan'] },
      { intent: 'reserve', dates: ['2027-01-14'], children: ['Capucine'] },
    ]);
    expect(read('Ilan ne viendra pas demain. Je vous remercie d’annuler. En revanche, Capucine devra rester vendredi.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-12'], children: ['Ilan'] },
      { intent: 'reserve', dates: ['2027-01-15'], children: ['Capucine'] },
    ]);
    // Without the contrast, the same change goes on.
    expect(read('annulez Ilan mercredi 13 et Capucine jeudi 14').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-13'], children: ['Ilan'] },
      { intent: 'cancel', dates: ['2027-01-14'], children: ['Capucine'] },
    ]);
  });

  test('a hyphenated name listed after another child stays in the same change', () => {
    expect(read('inscrivez ilan et jean-baptiste mardi soir, et enlevez les vendredi', options.now, ['Jean-Baptiste', 'Ilan']).actions).toEqual([
      { intent: 'reserve', dates: ['2027-01-12'], children: ['Jean-Baptiste', 'Ilan'] },
      { intent: 'cancel', dates: ['2027-01-15'], children: ['Jean-Baptiste', 'Ilan'] },
    ]);
  });

  test('the story told before the changes is not a change of its own', () => {
    expect(read('changement : j’ai la garde mardi au lieu de vendredi. donc inscrivez Ilan mardi soir et enlevez-le vendredi').actions).toEqual([
      { intent: 'reserve', dates: ['2027-01-12'], children: ['Ilan'] },
      { intent: 'cancel', dates: ['2027-01-15'], children: ['Ilan'] },
    ]);
    expect(read('Capucine devait venir mercredi, mais finalement ce sera jeudi. Il faut donc l’enlever du mercredi et la mettre le jeudi.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-13'], children: ['Capucine'] },
      { intent: 'reserve', dates: ['2027-01-14'], children: ['Capucine'] },
    ]);
    // « le lundi » is the Monday of the story, not the next one.
    expect(read('j’ai réservé Ilan le lundi 18 janvier alors qu’il fallait le mardi 19. Pouvez-vous enlever le lundi et mettre le mardi à la place ?').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-18'], children: ['Ilan'] },
      { intent: 'reserve', dates: ['2027-01-19'], children: ['Ilan'] },
    ]);
  });
});

describe('days of the story are not days asked', () => {
  test('« les vacances comprises », the writer’s own weekday after « parce que », the parent’s « tous les jours »', () => {
    expect(read('inscrire Ilan tous les jeudis de février, les vacances comprises, parce que le jeudi je fais ma chorale')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-04', '2027-02-11', '2027-02-18', '2027-02-25'],
    });
    expect(read('Capucine doit rester le soir de lundi à jeudi la semaine prochaine, son père travaille tard tous les jours')).toMatchObject({
      dates: ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21'],
    });
  });

  test('the deadline guessed by the family, a wedding « cet automne », « une journée de mercredi » in a price question', () => {
    expect(read('jusqu’à quand puis-je annuler Ilan le lundi 25 ? Ma sœur dit le jeudi d’avant, moi je dirais le vendredi')).toMatchObject({
      intent: 'deadline',
      dates: ['2027-01-25'],
    });
    expect(read('Je me suis mariée cet automne et je voudrais ajouter mon mari au compte famille. Comment faire ?')).toMatchObject({ intent: 'faq', dates: [] });
    expect(read('Combien coûte une journée de mercredi au centre pour deux enfants ?')).toMatchObject({ intent: 'faq', dates: [] });
  });

  test('a doubt on the weekdays keeps the end said before it', () => {
    expect(read('inscrire Capucine tous les mardis de février jusqu’aux vacances d’hiver. Ou bien était-ce les lundis ? Non, c’est bien les mardis.')).toMatchObject({
      dates: ['2027-02-02', '2027-02-09', '2027-02-16'],
    });
  });
});

describe('periods said in other words', () => {
  test('« en fait toutes les vacances » after a ranked week is the whole holidays; « pas toutes les vacances, juste la deuxième semaine » is not', () => {
    expect(read('les deux au centre la première semaine des vacances d’hiver et euh la deuxième aussi en fait toutes les vacances').dates).toEqual([
      '2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05',
    ]);
    expect(read('plus besoin du centre pendant les vacances d’hiver, enfin pas toutes les vacances, juste la deuxième semaine').dates).toEqual([
      '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05',
    ]);
  });

  test('« depuis le premier jour des vacances jusqu’au … » starts with the holidays', () => {
    expect(read('Ilan au centre depuis le premier jour des vacances d’hiver jusqu’au mercredi 24 février').dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24']);
  });

  test('« reportez-les sur celle du 25 » moves the week cancelled to that week', () => {
    expect(read('annulez les résas d’Ilan pour la semaine du 18 janvier, et reportez-les sur celle du 25 janvier').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22'], children: ['Ilan'] },
      { intent: 'reserve', dates: ['2027-01-25', '2027-01-26', '2027-01-27', '2027-01-28', '2027-01-29'], children: ['Ilan'] },
    ]);
  });

  test('« mettez-le jeudi à la place enfin non mercredi »: the day put in place, taken back', () => {
    expect(read('enlevez Ilan mardi et mettez-le jeudi à la place enfin non mercredi').actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-12'], children: ['Ilan'] },
      { intent: 'reserve', dates: ['2027-01-13'], children: ['Ilan'] },
    ]);
  });
});

describe('children and what the message is about', () => {
  test('« Ilan Capucine et euh Jean »: a hesitation goes on with the list', () => {
    expect(read('pour Ilan Capucine et euh Jean vous pouvez retirer le lundi 18', options.now, ['Ilan', 'Capucine', 'Jean'])).toMatchObject({
      intent: 'cancel',
      children: ['Ilan', 'Capucine', 'Jean'],
    });
  });

  test('a child’s days told with courtesy are a booking, not a person asked; a person asked at length is one', () => {
    expect(read('Il faudrait que Capucine et Ilan puissent rester le soir du lundi 25 au vendredi 29 janvier, leur mère ayant un salon à Lyon. Merci de votre patience avec une vieille dame.')).toMatchObject({
      intent: 'reserve',
    });
    expect(read('Je souhaiterais, au nom de ma fille, pouvoir parler au téléphone avec une personne du service au sujet du dossier de Capucine.')).toMatchObject({ intent: 'handoff' });
  });

  test('the proof and its delay after a missed day is the absence; « c’est trop tard ou pas ? », « la dernière heure » the deadline', () => {
    expect(read('Ilan n’est pas venu au centre mercredi dernier, il avait rendez-vous chez le dentiste. Faut-il un justificatif, et dans quel délai ?')).toMatchObject({
      intent: 'absence',
      dates: ['2027-01-06'],
    });
    expect(read('si j’annule Ilan pour le lundi 25, c’est trop tard ou pas ? c’est quoi la dernière heure ?')).toMatchObject({ intent: 'deadline', dates: ['2027-01-25'] });
  });

  test('where to download the attestation is the attestation, even beside a hospital; « c bon, plus besoin » cancels', () => {
    expect(read('Pour la mutuelle, où puis-je télécharger l’attestation de paiement de l’année dernière ? Elle est demandée par l’hôpital où je travaille.')).toMatchObject({
      intent: 'faq',
    });
    expect(read('les mardis jusqu’aux vacances c bon, plus besoin pour les deux, mon travail a changé')).toMatchObject({ intent: 'cancel' });
    expect(read('Ilan range tes jouets euh non c’est pas pour toi')).toMatchObject({ intent: 'none' });
  });
});

describe('a day left out for one child only', () => {
  test('« les 3 … sauf le mercredi pour Inès »: the others every day, that child without the day', () => {
    const family = ['Léa', 'Hugo', 'Inès'];
    expect(read('pour les vacances d’hiver je voudrais inscrire les 3 au centre la première semaine, sauf le mercredi pour Inès', options.now, family).actions).toEqual([
      { intent: 'reserve', dates: ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26'], children: ['Léa', 'Hugo'] },
      { intent: 'reserve', dates: ['2027-02-22', '2027-02-23', '2027-02-25', '2027-02-26'], children: ['Inès'] },
    ]);
    // Without a child after the exception, the day is left out for all.
    expect(read('inscrire les 3 au centre la première semaine des vacances d’hiver sauf le mercredi', options.now, family)).toMatchObject({
      dates: ['2027-02-22', '2027-02-23', '2027-02-25', '2027-02-26'],
      children: family,
    });
  });
});
