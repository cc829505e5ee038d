/**
 * Round 36 (issue 9): families found in set AZ once read, written as new sentences (none
 * is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Ambre', 'Tiago', 'Noor'] };
const read = (text: string, children = options.children) => understand(text, { now: options.now, children });
const changes = (text: string) => read(text).actions?.map((a) => `${a.intent} ${a.dates.join(',')} ${a.children.join(',')}`);

describe('a day said, then said better', () => {
  test('« ah non, c’est jeudi », the weekday said no to and named again with its reason', () => {
    expect(read('Tiago mercredi au centre svp… ah non c’est jeudi, mercredi il a piscine. Donc jeudi soir à la garderie')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-04'],
    });
  });

  test('« je vous ai dit lundi mais c’est mardi … pas lundi »', () => {
    expect(read('je vous ai dit lundi mais c’est mardi qu’il faut garder Noor le soir, pas lundi. donc mardi merci').dates).toEqual(['2027-02-02']);
  });

  test('« je m’embrouille » takes the day back', () => {
    expect(read('Ambre ne viendra pas mardi… je m’embrouille, c’est jeudi qu’elle ne viendra pas. Jeudi à annuler svp')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-02-04'],
    });
  });

  test('the day the family takes is not booked; « ses vendredi que » is « c’est vendredi que »', () => {
    expect(read('inscrire Noor à la garderie vendredi parce que jeudi je peux la prendre moi').dates).toEqual(['2027-02-05']);
    expect(read('il faudrait Noor à la garderie jeudi non pardon vendredi ses vendredi que j’ai le kiné').dates).toEqual(['2027-02-05']);
  });
});

describe('words that are no day and no child', () => {
  test('a place after « de » is not turned into a month', () => {
    expect(read('Avec la fête de Maurs on rentre tard : Noor à la garderie le jeudi 4 février svp').dates).toEqual(['2027-02-04']);
  });

  test('« l’emmène » is no Emmeline', () => {
    expect(read('Tiago ne va pas au soir jeudi, son papa l’emmène chez le dentiste, vous pouvez l’enlever ?', ['Emmeline', 'Tiago']).children).toEqual(['Tiago']);
  });

  test('« comme si c’était hier » names no day; the day a proof is sent by a pronoun is not asked', () => {
    expect(read('Je m’en souviens comme si c’était hier. Combien coûte la garderie du soir ?').dates).toEqual([]);
    expect(read('Tiago était malade jeudi, j’ai le certificat du médecin, je vous l’envoie ce soir')).toMatchObject({ intent: 'absence', dates: ['2027-01-28'] });
  });
});

describe('intents of letters and texts', () => {
  test('a booking asked in a noun; a confirmation of bookings made is a look', () => {
    expect(read('Par la présente, je sollicite l’inscription de mon fils Tiago à l’accueil du soir le mardi 9 février.').intent).toBe('reserve');
    expect(read('Je souhaiterais obtenir la confirmation des réservations effectuées pour Noor pendant les vacances d’hiver.').intent).toBe('check');
  });

  test('« la date ultime à laquelle il me sera possible d’inscrire » asks the deadline', () => {
    expect(read('Pourriez-vous me communiquer la date ultime à laquelle il me sera possible d’inscrire Ambre aux vacances d’hiver ?').intent).toBe('deadline');
  });

  test('a proof of payments is the attestation, not an absence; a proof sent in the seven days is an absence, not a deadline', () => {
    expect(read('Où puis-je obtenir l’attestation de paiement ? Ma banque me demande un justificatif des sommes versées.').intent).toBe('faq');
    expect(read('Noor n’a pu se rendre à l’accueil du soir le mardi 26 janvier. Vous trouverez ci-joint le certificat, que je vous transmets dans le délai prévu.').intent).toBe('absence');
  });

  test('a request shown « en cours » is a look; adding someone to the account is a question', () => {
    expect(read('Ma demande pour les vacances d’hiver est toujours marquée en cours, c’est normal ?').intent).toBe('check');
    expect(read('la maman demande comment on rajoute quelqu’un dans la famille sur le compte, pour que je puisse faire les réservations moi aussi').intent).toBe('faq');
  });

  test('a deadline asked beside a hospital that will call back is no call asked', () => {
    expect(read('Question simple : jusqu’à quand peut-on annuler le mercredi 10 février pour Noor ? L’hôpital doit me rappeler pour l’opération.').intent).toBe('deadline');
  });

  test('« plus besoin … pour Tiago » beside good news from the hospital is a cancellation', () => {
    expect(read('plus besoin du soir pr tiago jusqu a la fin du mois, ma femme est passee de jour a l hopital enfin!!').intent).toBe('cancel');
  });

  test('a booking asked beside the account’s password, or asked « d’ici », is a booking', () => {
    expect(read('mon père voudrait savoir si on peut inscrire Ambre au centre du 22 au 26 février, il n’a pas son mot de passe du compte citoyen').intent).toBe('reserve');
    expect(read('ma femme m’a dit de mettre les trois au centre pendant les vacances d’hiver, c’est bon si je le fais d’ici ?').intent).toBe('reserve');
  });
});

describe('bookings and cancellations not swapped', () => {
  test('« pas la peine pour la fin de semaine » leaves days out of a booking; a grandmother picking up is no emergency', () => {
    expect(read('Tiago et Noor au soir la semaine prochaine du lundi au jeudi stp, pas la peine pour la fin de semaine, c’est leur mamie qui vient les chercher')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
    });
  });

  test('another activity removed is a reason to book', () => {
    expect(read('Le club ayant supprimé l’entraînement du mercredi, je souhaiterais inscrire Ambre au centre le mercredi 10 février.').intent).toBe('reserve');
  });

  test('« ne restera pas à la garderie » cancels, « par contre … il faudra la garder » books', () => {
    expect(changes('Tiago ne restera pas à la garderie jeudi 4 février, par contre Noor, il faudra la garder ce soir-là.')).toEqual(['cancel 2027-02-04 Tiago', 'reserve 2027-02-04 Noor']);
  });

  test('a need of the service beside where the children are otherwise books', () => {
    expect(read('besoin du centre pour Ambre et Noor pendant les vacances d’hiver, juste la première semaine, la deuxième elles sont chez ma sœur').intent).toBe('reserve');
  });
});

describe('days of a story beside the days asked', () => {
  test('« enfin » far into a long clause takes no day back', () => {
    expect(read('euh Tiago et Noor viendront pas à la garderie jeudi 4 ni vendredi 5 euh on va chez mon frère à Lyon pour sa fête enfin la fête c’est le samedi 6 donc vous pouvez annuler les deux soirs').dates).toEqual(['2027-02-04', '2027-02-05']);
  });

  test('a month’s first day said after a hesitation keeps the month', () => {
    expect(read('il faudrait inscrire Ambre tous les mardis du mois de mars euh à partir du 9').dates).toEqual(['2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']);
  });

  test('the weekday of an accident told in the past is not asked', () => {
    expect(read('Noor s’est fait une entorse samedi, annulez la semaine prochaine pour elle').dates).toEqual(['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']);
  });

  test('an end said twice, the second time with its start; « ce mois » after a month named', () => {
    expect(read('Nous gardons les enfants jusqu’au 12 février. Annulez donc la garderie à partir de mercredi jusqu’au 12 février.').dates).toEqual([
      '2027-02-03', '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12',
    ]);
    expect(read('Noor sera chez son père tout le mois de mars ; merci d’annuler ses réservations pour ce mois.').dates.every((d) => d.startsWith('2027-03'))).toBe(true);
  });
});
