/**
 * Round 32 (issue 9): families found in set AV once read, written as new sentences (none
 * is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Ambre', 'Tiago', 'Noor'] };
const read = (text: string, now = options.now) => understand(text, { now, children: options.children });
const nextWeek = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];

describe('days said again, taken back or settled', () => {
  test('« du 8 au 12 mars euh non du 8 au 11 »: the range said again keeps its month', () => {
    expect(read('désinscrivez Tiago du 8 au 12 mars euh non du 8 au 11')).toMatchObject({ intent: 'cancel', dates: ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11'] });
  });

  test('« …, le vendredi elle y va »: the day kept is neither cancelled nor booked', () => {
    const result = read('retirez Noor du 15 au 19 février, le vendredi elle y va');
    expect(result).toMatchObject({ intent: 'cancel', dates: ['2027-02-15', '2027-02-16', '2027-02-17', '2027-02-18'], children: ['Noor'] });
    expect(result.actions).toBeUndefined();
  });

  test('« la semaine prochain », as typed, is next week', () => {
    expect(read('la semaine prochain Ambre est chez son père, enlevez-la svp')).toMatchObject({ intent: 'cancel', dates: nextWeek, children: ['Ambre'] });
  });

  test('« mercredi… non pardon, toute la semaine » takes the week named before', () => {
    expect(read('Tiago ne viendra pas la semaine prochaine, mercredi… non pardon, toute la semaine.')).toMatchObject({ intent: 'cancel', dates: nextWeek });
  });

  test('the holidays named again, then a week ranked in them', () => {
    expect(read("vacances de février pardon vacances d'hiver, Ambre toute la première semaine svp").dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']);
  });

  test('« le 10, ou le 17 je ne sais plus… c’est bien le 17 »: the day said again, not the other', () => {
    expect(read('Tiago au centre le 10, ou le 17 je ne sais plus… ah si, c’est bien le 17').dates).toEqual(['2027-02-17']);
    // (A choice left to the service keeps both days.)
    expect(read('Ambre le 10 ou le 17 à la garderie, comme ça vous arrange').dates).toEqual(['2027-02-10', '2027-02-17']);
  });
});

describe('days of a period the family keeps', () => {
  test('« la première semaine euh … tous les jours sauf le mercredi »', () => {
    expect(read("pour les vacances d'hiver la première semaine euh Noor au centre tous les jours sauf le mercredi").dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-25', '2027-02-26']);
  });

  test('« le vendredi on part en Normandie » leaves Friday out of the holiday week', () => {
    expect(read("vacances d'hiver : Tiago au centre du lundi au jeudi de la deuxième semaine, le vendredi on part en Normandie").dates).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04']);
  });

  test('« lundi c’est bon je suis là »: the weekday of the story the family takes is not booked', () => {
    expect(read('ma femme travaille lundi et mardi, il faut garder Ambre mardi soir, lundi c’est bon je suis là').dates).toEqual(['2027-02-02']);
  });

  test('« les mercredis 10 et 17 » are those two days, not every Wednesday of the month', () => {
    expect(read('Pour le mois de février, je souhaite inscrire Noor les mercredis 10 et 17.')).toMatchObject({ intent: 'reserve', dates: ['2027-02-10', '2027-02-17'] });
  });
});

describe('intents in other words', () => {
  test('a look at days with no child named', () => {
    expect(read('Je souhaiterais connaître les journées actuellement réservées au mois de mars, afin de prévoir mon emploi du temps.').intent).toBe('check');
    expect(read("qu'est-ce qu'elle a comme jours de retenus, Noor, pour les vacances d'hiver ?").intent).toBe('check');
  });

  test('« leur souhait de voir leurs enfants accueillis » books', () => {
    expect(read("Les parents m'ont fait part de leur souhait de voir leurs enfants accueillis au centre du 8 au 12 février.")).toMatchObject({ intent: 'reserve', dates: nextWeek });
  });

  test('a parent who works at the hospital is no hospital stay', () => {
    expect(read('je besoin garderie pour Tiago jeudi, mon mari il travaille hôpital la nuit')).toMatchObject({ intent: 'reserve', dates: ['2027-02-04'] });
  });

  test('« la date elle est passée, mais possible encore … » asks an exception', () => {
    expect(read('je sais, la date elle est passée, mais possible encore mettre Noor mercredi ?').intent).toBe('late_request');
  });

  test('« que les trois enfants restent chez vous », « je préfère qu’il reste chez vous » book', () => {
    expect(read('il faudrait que les trois enfants restent chez vous vendredi, j’ai un rendez-vous')).toMatchObject({ intent: 'reserve', dates: ['2027-02-05'], children: ['Ambre', 'Tiago', 'Noor'] });
    expect(read('la dernière fois il a tout cassé chez moi, alors cette fois jeudi je préfère que Tiago reste chez vous après l’école').intent).toBe('reserve');
  });

  test('« attendez que je regarde mon agenda » is the writer’s own look', () => {
    expect(read('je voudrais une place pour Ambre le mercredi 10, attendez que je regarde mon agenda… oui c’est bien ça').intent).toBe('reserve');
  });

  test('« restons à votre disposition pour tout justificatif » sends no proof', () => {
    expect(read("Nous vous prions d'accueillir sa fille Noor du 8 au 10 février et restons à votre disposition pour tout justificatif.")).toMatchObject({ intent: 'reserve', dates: ['2027-02-08', '2027-02-09', '2027-02-10'] });
  });

  test('a message sent by a child playing with the phone is nothing', () => {
    expect(read("pardon, c'est ma petite qui a joué avec mon portable").intent).toBe('none');
  });
});

describe('days of the story', () => {
  test('a deadline guessed on a weekend day is no day asked', () => {
    const result = read("jusqu'à quand pour inscrire aux vacances d'hiver ? mon mari dit le samedi d'avant");
    expect(result.intent).toBe('deadline');
    expect(result.dates[0]).toBe('2027-02-22');
  });

  test('the day a request was sent, of the last weeks, is not next year’s', () => {
    expect(read("J'ai envoyé le 20 janvier une demande pour Tiago, où en est-elle ?")).toMatchObject({ intent: 'check', dates: [] });
  });

  test('holidays told in the past beside the days asked', () => {
    const result = read("Ambre s'est blessée au ski pendant les vacances, merci de la désinscrire jusqu'au 5 février");
    expect(result).toMatchObject({ intent: 'cancel', dates: ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05'] });
  });
});

describe('two changes, children counted', () => {
  test('« pas besoin le mercredi 10, c’est le jeudi 11 qu’il faut »', () => {
    expect(read("Pas besoin pour Tiago le mercredi 10, c'est le jeudi 11 qu'il faut.").actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-10'], children: ['Tiago'] },
      { intent: 'reserve', dates: ['2027-02-11'], children: ['Tiago'] },
    ]);
  });

  test('« Tiago n’ira pas le 10 et Noor non plus le 10 » is one cancellation for both', () => {
    const result = read("Tiago n'ira pas le 10 et Noor non plus le 10");
    expect(result).toMatchObject({ intent: 'cancel', dates: ['2027-02-10'], children: ['Tiago', 'Noor'] });
    expect(result.actions).toBeUndefined();
  });

  test('« les deux… non, les trois, pardon » counts all the children', () => {
    expect(read('les deux… non, les trois, pardon, étaient malades lundi dernier').children).toEqual(['Ambre', 'Tiago', 'Noor']);
  });
});

describe('a child elsewhere on a day of its own, beside a placement', () => {
  test('« Tiago au centre lundi et mardi, mercredi il est chez mes parents » books the two days', () => {
    expect(read('Tiago au centre lundi et mardi, mercredi il est chez mes parents')).toMatchObject({ intent: 'reserve', dates: ['2027-02-02', '2027-02-08'], children: ['Tiago'] });
  });

  test('« … du lundi au jeudi, le vendredi on part chez mes parents » books Monday to Thursday', () => {
    expect(read("vacances d'hiver : Tiago au centre du lundi au jeudi de la deuxième semaine, le vendredi on part chez mes parents")).toMatchObject({
      intent: 'reserve',
      dates: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04'],
    });
  });
});

describe('a look that asks a booking, an absence to come', () => {
  test('« est-ce qu’elle a bien sa place jeudi ? sinon mettez-la » books (a day already booked is said so)', () => {
    expect(read('est-ce que Noor a bien sa place jeudi ? sinon mettez-la svp')).toMatchObject({ intent: 'reserve', dates: ['2027-02-04'], children: ['Noor'] });
  });

  test('« ne viendra pas mercredi 3 … le certificat » is the coming Wednesday 3rd, not the last 3rd of a month', () => {
    expect(read('Tiago ne viendra pas mercredi 3, il a la grippe, je vous envoie le certificat quand ?')).toMatchObject({ intent: 'absence', dates: ['2027-02-03'] });
    // (A past day on its weekday stays in the past.)
    expect(read('Tiago était absent lundi 25, voici le certificat').dates).toEqual(['2027-01-25']);
  });
});

describe('a week ranked in a piece of its own', () => {
  test('« mes 3 pour les vacances d’hiver la 1ère semaine, et la 2e semaine seulement Tiago »: two bookings', () => {
    expect(read("je voudrais inscrire mes 3 pour les vacances d'hiver la 1ere semaine, et la 2eme semaine seulement Tiago").actions).toEqual([
      { intent: 'reserve', dates: ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26'], children: ['Ambre', 'Tiago', 'Noor'] },
      { intent: 'reserve', dates: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'], children: ['Tiago'] },
    ]);
  });
});
