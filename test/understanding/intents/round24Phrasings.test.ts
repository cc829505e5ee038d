/**
 * Round 24 (issue 9): families found in set AL once it was read, and in conversations,
 * written as new sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, more: Partial<typeof options> = {}) => understand(text, { ...options, ...more });

describe('a child left as is beside another child’s change', () => {
  test('« les deux autres ne changent rien », « ça bouge pas », « restent comme d’habitude »', () => {
    expect(read('Merci de retirer Malo de la garderie toute la semaine prochaine, il a la grippe. Nathan et Zoé restent comme d’habitude.').children).toEqual(['Malo']);
    expect(read('malo a de la fièvre (zoé pas encore), annulez malo mardi et jeudi svp, nathan ca bouge pas').children).toEqual(['Malo']);
  });

  test('« plus personne ne sera là » tells of the home, not of the child: a booking stays a booking', () => {
    const result = read("Bonjour, à partir de janvier je travaille le mercredi et plus personne ne sera là pour Zoé. Pouvez-vous l'inscrire tous les mercredis de janvier ? Ses frères ne changent rien.");
    expect([result.intent, result.children, result.dates]).toEqual(['reserve', ['Zoé'], ['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27']]);
  });

  test('a child « parti en séjour », « je sais pas encore », « pas Malo » after « aussi », or « n’est pas concerné » far after the name is left out', () => {
    expect(read("Je souhaite inscrire Nathan et Zoé au centre mercredi 16 décembre. Malo partant en séjour avec son école de musique, il n'est pas concerné.").children).toEqual(['Nathan', 'Zoé']);
    expect(read('je veux mettre nathan au centre mercredi 16, malo je sais pas encore je vous redis').children).toEqual(['Nathan']);
    expect(read('garderie pour zoé vendredi 11 svp + nathan aussi, pas malo').children).toEqual(['Nathan', 'Zoé']);
  });

  test('a deadline asked for some children leaves out the one « ira chez sa tante »', () => {
    expect(read("Jusqu'à quand puis-je inscrire Nathan et Zoé pour les vacances de Noël ? Malo, lui, ira chez sa tante.").children).toEqual(['Nathan', 'Zoé']);
  });
});

describe('a day of the request taken by the family, or left out after it is named', () => {
  test('« le vendredi 18 non sa grand-mère la prend », « le lundi je les garde encore chez moi », « le mercredi je m’en occupe »', () => {
    expect(read('besoin garderie pour zoé du lundi 14 au jeudi 17, le vendredi 18 non sa grand mere la prend').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17']);
    expect(read('Ma fille voudrait que Zoé et Malo aillent au centre du mardi 22 au jeudi 24 décembre ; le lundi, je les garde encore chez moi.').dates).toEqual(['2026-12-22', '2026-12-23', '2026-12-24']);
    expect(read("Il faudrait garder Nathan à l'accueil du soir le lundi, le mardi et le jeudi de la semaine prochaine. Le mercredi, je m'en occupe moi-même.").dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-17']);
  });

  test('« mercredis exceptés », « les vendredis exclus », « à l’exception également du… » leave those days out', () => {
    expect(read("Merci d'inscrire Nathan à l'accueil du soir du lundi 4 au vendredi 15 janvier, mercredis exceptés.").dates).toEqual(['2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08', '2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15']);
    expect(read('Nathan à la garderie du lundi 4 au jeudi 14 janvier, les vendredis exclus, et à l’exception également du mardi 12.').dates).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-11', '2027-01-13', '2027-01-14']);
  });

  test('« mercredi 16 au centre et aussi jeudi soir »: the Thursday of that week', () => {
    expect(read('vous pouvez mettre zoé mercredi 16 au centre et aussi jeudi soir svp').dates).toEqual(['2026-12-16', '2026-12-17']);
  });

  test('« jeudi prochain, le 17 »: the date says which Thursday', () => {
    expect(read('inscrivez malo ce jeudi, enfin non, jeudi prochain, le 17').dates).toEqual(['2026-12-17']);
  });
});

describe('each child with days of their own', () => {
  test('« et Malo seulement le 23 », « et Zoé toute seule le mercredi 16 parce que Nathan a son stage »: a change of their own', () => {
    expect(read('inscrire nathan et zoé au centre le mercredi 16 et le mercredi 23 décembre, et malo seulement le 23').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-16', '2026-12-23'], children: ['Nathan', 'Zoé'] },
      { intent: 'reserve', dates: ['2026-12-23'], children: ['Malo'] },
    ]);
    expect(read('inscrire nathan et zoé au centre le lundi 14 et le mardi 15 et zoé toute seule le mercredi 16 parce que nathan a son stage').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-14', '2026-12-15'], children: ['Nathan', 'Zoé'] },
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Zoé'] },
    ]);
  });

  test('« pour la semaine du 14 : Malo lundi et mardi soir, Zoé juste le mercredi »; « Je veux réserver la garderie. Pour Malo c’est lundi et mardi, pour Zoé seulement le mardi. »', () => {
    expect(read('pr la semaine du 14: malo lundi et mardi soir, zoé juste le mercredi. merci').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-14', '2026-12-15'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Zoé'] },
    ]);
    expect(read("Bonjour, je veux réserver la garderie du soir. Pour Malo c'est lundi 14 et mardi 15, pour Zoé seulement le mardi 15.").actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-14', '2026-12-15'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-15'], children: ['Zoé'] },
    ]);
  });

  test('« je voudrais Nathan et Zoé au centre la première semaine, et Malo seulement le 23 et le 24 »: the list, then Malo’s own days', () => {
    expect(read('Bonjour, pour les vacances de Noël je voudrais Nathan et Zoé au centre la première semaine, et Malo seulement le 23 et le 24').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24'], children: ['Nathan', 'Zoé'] },
      { intent: 'reserve', dates: ['2026-12-23', '2026-12-24'], children: ['Malo'] },
    ]);
  });

  test('said in November, « Inès seulement le 23 et le 24 » after the Christmas holidays is 23 and 24 December', () => {
    expect(read('Bonjour, pour les vacances de Noël je voudrais Nathan et Zoé au centre la première semaine, et Malo seulement le 23 et le 24', { now: '2026-11-20T19:00' }).actions?.[1]).toEqual({ intent: 'reserve', dates: ['2026-12-23', '2026-12-24'], children: ['Malo'] });
  });

  test('the day of a reason is not in the change: « Malo plutôt le mercredi 23, car le 16 il a son dentiste »', () => {
    expect(read("Pourriez-vous inscrire Nathan au centre le mercredi 16 décembre. Quant à Malo, il lui faudrait plutôt le mercredi 23, car le 16 il a son dentiste.").actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-16'], children: ['Nathan'] },
      { intent: 'reserve', dates: ['2026-12-23'], children: ['Malo'] },
    ]);
  });

  test('children listed with « et » stay one request: « je voudrais Nathan et Zoé au centre seulement le 28 et le 29 »', () => {
    const result = read('Bonsoir, pour les vacances de Noël je voudrais Nathan et Zoé au centre seulement le 28 et le 29, pas les autres jours.');
    expect([result.actions, result.children, result.dates]).toEqual([undefined, ['Nathan', 'Zoé'], ['2026-12-28', '2026-12-29']]);
  });
});

describe('times of the story beside the days asked', () => {
  test('« mon planning de décembre », « il ne rentre que le mardi », « trois semaines avant les vacances », « pour la fin des vacances » ask no days', () => {
    expect(read("jusqu'à quand je peux inscrire zoé pour les vacances de noël ? j'ai pas encore mon planning de décembre").dates).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    expect(read('annulez nathan lundi 14 svp, il ne rentre que le mardi').dates).toEqual(['2026-12-14']);
    expect(read("Jusqu'à quand pour le mercredi 16 décembre ? On m'a dit trois semaines avant les vacances.").dates).toEqual(['2026-12-16']);
    expect(read('Nathan ne viendra pas jeudi 17 et vendredi 18, nous partons chez mes parents pour la fin des vacances.').dates).toEqual(['2026-12-17', '2026-12-18']);
  });

  test('« la semaine après la semaine prochaine », « pas la semaine prochaine, celle d’après »: in two weeks', () => {
    expect(read('inscrire malo lundi et mardi de la semaine après la semaine prochaine').dates).toEqual(['2026-12-21', '2026-12-22']);
    expect(read("je voudrais mettre nathan à la garderie lundi et jeudi pas la semaine prochaine celle d'après").dates).toEqual(['2026-12-21', '2026-12-24']);
  });

  test('a week said in a sentence of its own frames each change: « C’est pour la semaine prochaine. Annuler Zoé le mercredi. Et ajouter Malo le jeudi. »', () => {
    expect(read("C'est pour la semaine prochaine. Annuler Zoé le mercredi. Et ajouter Malo le jeudi.").actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-16'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2026-12-17'], children: ['Malo'] },
    ]);
  });

  test('« après-demain et le jour d’après », « le mercredi aussi » inside a dated range', () => {
    expect(read("annulez zoé après-demain et le jour d'après aussi").dates).toEqual(['2026-12-09', '2026-12-10']);
    expect(read('inscrire Malo à la garderie du mardi 5 au vendredi 8 janvier, et le mercredi aussi au centre').dates).toEqual(['2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
  });
});

describe('intents told in a story', () => {
  test('a son-in-law « fatigué avec ses nuits à l’hôpital » asks no person: the look asked stays a look', () => {
    expect(read("Avec ses nuits à l'hôpital, mon gendre oublie tout. Vous pouvez regarder ce qui est réservé pour Zoé en janvier ?").intent).toBe('check');
  });

  test('thanks for a call are no call asked', () => {
    expect(read("Je voulais vous remercier pour votre patience au téléphone hier matin. Bonne fin de semaine !").intent).toBe('smalltalk');
  });

  test('« comment ajoute-t-on un membre de la famille … pour m’occuper des réservations » asks how, not a look', () => {
    expect(read("Comment ajoute-t-on une personne sur le compte ? Ma fille voudrait m'ajouter, afin que je puisse m'occuper moi-même des réservations de Zoé.").intent).toBe('faq');
  });

  test('« combien on paye pour les mercredis de janvier pour Zoé et Malo ? » asks a price, not a look; « combien de mercredis » still looks', () => {
    expect(read('combien on paye pour les mercredis de janvier au centre pour zoé et malo ?')).toMatchObject({ intent: 'faq', topic: 'tariffs' });
    expect(read('combien de mercredis malo a en janvier ?').intent).toBe('check');
  });

  test('« mardi c’est demain, c’est sûrement trop tard, mettez juste jeudi et vendredi » leaves Tuesday out', () => {
    expect(read("il faut mettre malo à la garderie mardi jeudi et vendredi non attendez mardi c'est demain c'est sûrement trop tard bon mettez juste jeudi et vendredi", { now: '2026-12-07T07:00' }).dates).toEqual(['2026-12-10', '2026-12-11']);
  });
});

describe('a child swapped after the request', () => {
  test('« non pardon c’était pour Zoé pas Malo » names the child instead, nothing else', () => {
    const result = read("non pardon c'était pour zoé pas malo");
    expect([result.intent, result.children, result.edit?.removeChildren, result.followUp]).toEqual(['none', ['Zoé'], ['Malo'], true]);
  });
});

describe('set AM’s families, in new words', () => {
  test('« du 4 au 29 janvier, le vendredi c’est mamie » leaves the Fridays out; « sauf les vendredis stp, le vendredi c mamie » too', () => {
    const fridays = ['2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29'];
    for (const text of ['mettre zoé au centre du 4 au 29 janvier, le vendredi c mamie', 'mettre zoé à la garderie du 4 au 29 janvier sauf les vendredis stp, le vendredi c mamie']) {
      const dates = read(text).dates;
      expect(dates.length).toBeGreaterThan(10);
      expect(dates.filter((day) => fridays.includes(day))).toEqual([]);
    }
  });

  test('« annule Malo vendredi et mets-le plutôt jeudi, pour Zoé on change rien »: Malo moves, Zoé is untouched', () => {
    expect(read('annule malo vendredi et mets le plutot jeudi stp, pour zoé on change rien').actions).toEqual([
      { intent: 'cancel', dates: ['2026-12-11'], children: ['Malo'] },
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Malo'] },
    ]);
  });

  test('« I send the paper of the doctor today »: the day a proof is sent, in English too, is no day of the absence', () => {
    expect(read('Hello, Zoé was sick monday, elle a eu de la fièvre. I send the paper of the doctor today, ok?', { now: '2026-12-09T08:00' }).dates).toEqual(['2026-12-07']);
  });

  test('times of the letter ask no days: « dernière chose avant l’été », « je pars pour tout l’été », « vacances d’hiver en février », « son dernier jour à la garderie »', () => {
    expect(read("Dernière chose avant l'été : pouvez-vous mettre Zoé à la garderie le jeudi 17 décembre ? Moi je pars à Lisbonne pour tout l'été.").dates).toEqual(['2026-12-17']);
    expect(read("Pour les vacances d'hiver en février, jusqu'à quand je peux réserver pour Zoé ?").dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
    expect(read('Son dernier jour à la garderie sera le vendredi 11 décembre, nous déménageons : annulez Zoé du lundi 14 au vendredi 18 décembre.').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
  });
});

describe('someone else picking the child up', () => {
  test('« est-ce que la tante de Zoé peut venir la chercher vendredi ? » goes to a person', () => {
    expect(read('est-ce que la tante de zoé peut venir la chercher vendredi ?').intent).toBe('handoff');
    // A plain change stays that change.
    expect(read('la tante de zoé peut la prendre vendredi, annulez sa garderie').intent).toBe('cancel');
  });
});

describe('what this round’s new words must not catch (review of the round)', () => {
  test('a day the family usually takes, asked by its date, stays asked', () => {
    expect(read("Le mercredi c'est mamie, mais il faudrait inscrire Zoé mercredi 13 janvier").dates).toEqual(['2027-01-13']);
  });

  test('a schedule asked keeps its month; a parent away for a month books that month', () => {
    expect(read('Je voudrais voir le planning de décembre de Zoé').dates.length).toBeGreaterThan(10);
    expect(read('Je pars en mission pour tout le mois de janvier, pouvez-vous inscrire Malo au périscolaire ?').dates.length).toBe(20);
    expect(read('Bonjour, je voudrais inscrire Nathan et Zoé pour la fin des vacances').dates.length).toBeGreaterThan(0);
  });

  test('« merci de me joindre au téléphone » still asks a call; « c’est sûrement trop tard mais… » takes no day back', () => {
    expect(read('Merci de me joindre au téléphone svp').intent).toBe('handoff');
    expect(read("Pourriez-vous inscrire Zoé demain ? C'est sûrement trop tard mais on ne sait jamais. Et aussi vendredi 11 svp").dates).toEqual(['2026-12-08', '2026-12-11']);
  });

  test('« pas la semaine prochaine, celle d’après » inside a request is the week asked, not a week left out', () => {
    expect(read("Inscrire Zoé mercredi, mais pas la semaine prochaine, celle d'après").dates).toEqual(['2026-12-23']);
  });
});
