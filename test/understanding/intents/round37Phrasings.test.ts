/**
 * Round 37 (issue 9): families found in set BA once read, written as new sentences (none
 * is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Ambre', 'Tiago', 'Noor'] };
const read = (text: string, now = options.now) => understand(text, { now, children: options.children });
const WINTER_FIRST_WEEK = ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26'];

describe('days of a story beside the days asked', () => {
  test('« je la garderai chez moi ensuite »: the family takes the child after the days asked, not on them', () => {
    expect(read('Hier soir on en a parlé : inscrivez Ambre au centre du lundi 22 au vendredi 26 février, je la garderai chez moi ensuite.').dates).toEqual(WINTER_FIRST_WEEK);
    // (A day the family takes, said after it, is still left out.)
    expect(read('inscrivez Ambre mercredi et jeudi, jeudi je la garderai chez moi').dates).toEqual(['2027-02-03']);
  });

  test('the weekday of an accident told at length, beside the week asked', () => {
    expect(read('Noor s’est fait une coupure au doigt à la piscine dimanche, annulez toute la semaine prochaine svp')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
    });
  });

  test('« depuis le début de la semaine » is the story; « depuis demain » starts the days asked', () => {
    expect(read('je garde les trois depuis le début de la semaine, pourriez-vous les prendre à la garderie jeudi et vendredi ?')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-04', '2027-02-05'],
    });
    expect(read('Tiago pas besoin du centre depuis demain jusqu’à vendredi, vous enlevez svp').dates).toEqual(['2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05']);
    // (« depuis lundi » told on a Wednesday is the Monday past, not the next one.)
    expect(read('Noor est malade depuis lundi, elle viendra pas jusqu’à vendredi', '2027-02-03T08:00').dates).toEqual(['2027-02-03', '2027-02-04', '2027-02-05']);
  });

  test('how long someone of the family works is a reason, not days asked', () => {
    expect(read('il me faut une place pour Tiago au centre du 22 au 26 février, mon mari travaille jusqu’au 26').dates).toEqual(WINTER_FIRST_WEEK);
  });

  test('the day a certificate was written is not a day of absence', () => {
    expect(read('Tiago était malade hier, la pédiatre m’a fait un certificat ce matin, je vous l’envoie comment ?', '2027-02-02T10:00')).toMatchObject({
      intent: 'absence',
      dates: ['2027-02-01'],
    });
  });

  test('« ce soir c’est encore bon ? » beside the day a deadline is asked for', () => {
    expect(read('jusqu’à quand pour annuler jeudi pour Noor ? ce soir c’est encore bon ?')).toMatchObject({ intent: 'deadline', dates: ['2027-02-04'] });
  });
});

describe('days said better', () => {
  test('« le jeudi 25 et le mercredi 3 mars »: a day of the end of a month, with its weekday, is of the month before', () => {
    expect(read('Noor au centre le jeudi 25 et le mercredi 3 mars svp').dates).toEqual(['2027-02-25', '2027-03-03']);
    // (Without a weekday, both days are of the month named.)
    expect(read('Noor à la garderie le 10 et le 3 mars svp').dates).toEqual(['2027-03-03', '2027-03-10']);
  });

  test('« elle a dit pas le mercredi » leaves the weekday out', () => {
    expect(read('ma femme veut le centre pour Noor du lundi 22 au vendredi 26 février, elle a dit pas le mercredi').dates).toEqual([
      '2027-02-22',
      '2027-02-23',
      '2027-02-25',
      '2027-02-26',
    ]);
  });

  test('« euh non juste jeudi » after a day with its reason takes that day back', () => {
    expect(read('annule Ambre pour jeudi et vendredi elle a un spectacle euh non juste jeudi')).toMatchObject({ intent: 'cancel', dates: ['2027-02-04'] });
  });

  test('« même pas le vendredi » stresses a day of the week; « moi-même le mardi » is no « même »', () => {
    expect(read('la semaine prochaine je suis en congé, pas besoin de garderie pour Tiago, même pas le vendredi').dates).toEqual([
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
    ]);
    expect(read('la semaine prochaine je récupère Tiago moi-même le mardi, annulez sa garderie ce jour-là').dates).toEqual(['2027-02-09']);
  });

  test('« la première semaine elles restent au centre » keeps that week out of the cancellation', () => {
    expect(read('pour les vacances d’hiver, annulez Ambre et Noor du 1er au 5 mars. La première semaine elles restent au centre.').dates).toEqual([
      '2027-03-01',
      '2027-03-02',
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
    ]);
  });

  test('« tous les jeudis de mars jusqu’au 18 »: March’s Thursdays up to the 18th', () => {
    expect(read('Noor garderie tous les jeudis de mars jusqu’au 18 svp').dates).toEqual(['2027-03-04', '2027-03-11', '2027-03-18']);
  });

  test('« à l’exception de la semaine du 1er au 5 mars » leaves those days out', () => {
    expect(read('inscrire Noor au centre du lundi 22 février au vendredi 5 mars, à l’exception de la semaine du 1er au 5 mars').dates).toEqual(WINTER_FIRST_WEEK);
  });
});

describe('intents in other words', () => {
  test('what is booked, asked as « c koi », « inscrites ou pas ? », « connaître les dates pour lesquelles »', () => {
    // (Beside a day said no to or a cancellation told: the question is the request.)
    expect(read('c koi mes réservations de février, j’ai annulé des trucs je m’y retrouve plus').intent).toBe('check');
    expect(read('mercredi pas de centre pour Ambre c’est sûr. Mais jeudi, Tiago il est inscrit ou pas ? je sais plus').intent).toBe('check');
    expect(read('Je souhaiterais connaître les dates pour lesquelles Tiago est inscrit en février.').intent).toBe('check');
  });

  test('a proof asked after a day missed for an appointment is an absence, not a deadline', () => {
    expect(read('Ambre n’a pas pu se rendre au centre mercredi dernier, rendez-vous chez l’orthodontiste. Quel justificatif faut-il fournir et dans quel délai ?').intent).toBe('absence');
  });

  test('a booking someone else « a dû faire » is the story of a cancellation', () => {
    expect(read('leur papi a dû vous inscrire par erreur pour mercredi, annulez Tiago ce jour-là svp')).toMatchObject({ intent: 'cancel', dates: ['2027-02-03'] });
  });

  test('a stay said beside a cancellation whose only day is closed is the booking', () => {
    expect(read('Tiago a un mariage samedi 6 donc pas besoin du centre, par contre vendredi 5 il reste à la garderie merci')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-02-05'],
      children: ['Tiago'],
    });
  });

  test('a booking asked not to be kept is a cancellation', () => {
    expect(read('Merci de ne plus conserver la réservation de Noor pour le jeudi 4 février.')).toMatchObject({ intent: 'cancel', dates: ['2027-02-04'] });
  });

  test('the family keeping the children « au lieu de les envoyer au centre » cancels; a day « au lieu de » another still moves', () => {
    const kept = read('Mon mari et moi avons décidé de garder les enfants nous-mêmes la semaine prochaine, du 8 au 12 février, au lieu de les envoyer au centre. Vous pouvez donc barrer leurs noms cette semaine-là.');
    expect(kept).toMatchObject({ intent: 'cancel', dates: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'] });
    expect(kept.actions).toBeUndefined();
    expect(read('mettez Ambre mardi au lieu de la mettre jeudi').actions).toEqual([
      { intent: 'reserve', dates: ['2027-02-02'], children: ['Ambre'] },
      { intent: 'cancel', dates: ['2027-02-04'], children: ['Ambre'] },
    ]);
  });

  test('« c’est quel jour exactement, la limite ? » asks the deadline, whatever calendar it is written on', () => {
    expect(read('Mon gendre parle d’une date limite pour Pâques, je n’y comprends rien. C’est quel jour exactement, la limite ? Je le noterai sur le calendrier de la Poste.').intent).toBe('deadline');
  });

  test('« Ambre aussi non » after another child said no to leaves her out too', () => {
    expect(read('Pour la première semaine des vacances d’hiver, Tiago il va au centre. Noor non, elle va chez sa marraine. Ambre aussi non.').children).toEqual(['Tiago']);
  });

  test('a call told (« m’a dit au téléphone ») asks for no person', () => {
    expect(read('Tiago m’a dit au téléphone qu’il voulait voir ses copains, inscrivez-le au centre mercredi 3 février').intent).toBe('reserve');
  });
});
