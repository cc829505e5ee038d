/**
 * Round 29 (issue 9): families found in set AS once read, written as new sentences (none
 * is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-02-01T09:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string, now = options.now, children = options.children) => understand(text, { now, children });

describe('days told, then a reason that names them again', () => {
  test('« ce jeudi, la maman travaille tard »: that Thursday, not « ce jeudi-là »', () => {
    const result = read('il faudrait une place pour Malo ce jeudi, la maman travaille tard');
    expect([result.intent, result.dates]).toEqual(['reserve', ['2027-02-04']]);
  });

  test('« sauf le jeudi parce que le jeudi elle a piscine »: the Thursday left out is no day asked', () => {
    expect(read('je voudrais la garderie pour Zoé tous les soirs de la semaine prochaine sauf le jeudi parce que le jeudi elle a piscine').dates).toEqual([
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-12',
    ]);
  });

  test('« le 10 euh non pardon le 3, le 10 sa tante la garde »: the 3rd only; « le 3 et le 10 » both', () => {
    expect(read('Zoé au centre le mercredi 10 euh non pardon le 3 le 10 sa tante la garde').dates).toEqual(['2027-02-03']);
    expect(read('Zoé au centre le mercredi 10 euh non pardon le 3 et le 10').dates).toEqual(['2027-02-03', '2027-02-10']);
  });

  test('« jeudi euh non pardon vendredi, jeudi elle vient normal »: the Friday only is cancelled', () => {
    const result = read('zoé sera pas là jeudi 4 euh non pardon vendredi 5 jeudi elle vient normal');
    expect([result.intent, result.dates]).toEqual(['cancel', ['2027-02-05']]);
  });

  test('« le jeudi 11… ou bien était-ce le 12 ? … c’est bien le vendredi 12 »: the Friday', () => {
    expect(read('il faudrait inscrire Nathan le jeudi 11 février... ou bien était-ce le 12 ? je vérifie... oui c’est bien le vendredi 12').dates).toEqual(['2027-02-12']);
  });

  test('« mercredi.. non pardon jeudi, mercredi il est ac son père »: the Thursday (« ac » is « avec »)', () => {
    expect(read('mettre Nathan mercredi.. non pardon jeudi, mercredi il est ac son pere').dates).toEqual(['2027-02-04']);
  });
});

describe('periods and their exceptions', () => {
  test('« jusqu’à le vendredi », as a non-native speaker writes it, is a range', () => {
    const result = read("retirer Zoé de la garderie depuis aujourd'hui jusqu'à le vendredi, elle part chez sa tante");
    expect([result.intent, result.dates]).toEqual(['cancel', ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05']]);
  });

  test('« à l’exception de ceux qui tombent pendant les vacances »: school days only', () => {
    expect(read('inscrire Malo tous les mardis de février à l’exception de ceux qui tombent pendant les vacances').dates).toEqual(['2027-02-02', '2027-02-09', '2027-02-16']);
  });

  test('« nous ne rentrons qu’en mai » beside a month asked adds no day of May', () => {
    const { dates } = read("Nathan au centre tout le mois d'avril svp, nous ne rentrons qu'en mai");
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((day) => !day.startsWith('2027-04'))).toEqual([]);
  });

  test('« je m’y perds avec les vacances » adds no holiday to the week asked', () => {
    const result = read("qu'est-ce qui est réservé pour Zoé cette semaine, je m'y perds avec les vacances");
    expect([result.intent, result.dates]).toEqual(['check', ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05']]);
  });

  test('« planning de mars affiché » is the reason, not a month asked', () => {
    expect(read("mets Malo tous les mercredis jusqu'aux vacances stp, planning de mars affiché").dates).toEqual(['2027-02-03', '2027-02-10', '2027-02-17']);
  });
});

describe('requests in a grandparent’s or a rushed parent’s words', () => {
  test('« Mettez donc Nathan et Malo au centre… » is a booking', () => {
    expect(read('Mettez donc Nathan et Malo au centre tous les jours de la semaine prochaine, sauf le mercredi où je les emmène au musée.').intent).toBe('reserve');
  });

  test('« je ne sais plus si… alors je vous demande d’inscrire… » is a booking, not a look', () => {
    expect(read("je ne sais plus si mon fils s'en est chargé, alors je vous demande d'inscrire Malo et Zoé pendant les vacances d'hiver").intent).toBe('reserve');
  });

  test('« Auriez-vous l’amabilité de les inscrire… ? » is a booking', () => {
    expect(read("Nous serons absents toute la première semaine des vacances d'hiver. Auriez-vous l'amabilité d'inscrire les trois enfants au centre ces jours-là ?").intent).toBe('reserve');
  });

  test('the grandparent’s daughter at work and the grandparent’s own appointment are reasons of a booking', () => {
    const result = read("Bonjour, c'est la grand-mère qui vous écrit, ma fille est à son bureau jusqu'au soir. Il faudrait que le petit Malo puisse rester à la garderie jeudi, j'ai rendez-vous chez l'ophtalmologue.");
    expect([result.intent, result.dates, result.children]).toEqual(['reserve', ['2027-02-04'], ['Malo']]);
  });

  test('« resa malo jeudi.. non pardon vendredi » opening the message is a booking of the Friday', () => {
    const result = read('resa malo jeudi.. non pardon vendredi, jeudi c sa tante qui le recup');
    expect([result.intent, result.dates]).toEqual(['reserve', ['2027-02-05']]);
  });

  test('« zoé centre 22 23 24 fev stp (pas le 25 jsuis la) »: a booking of three days, the fourth said no to', () => {
    const result = read('coucou zoé centre 22 23 24 fev stp (pas le 25 jsuis la)');
    expect([result.intent, result.dates]).toEqual(['reserve', ['2027-02-22', '2027-02-23', '2027-02-24']]);
  });

  test('« c koi qu on a resa pr zoé » is a look (« on a resa »: booked)', () => {
    expect(read('c koi qu on a resa pr zoé cette semaine?').intent).toBe('check');
  });

  test('« planning tombé : Nathan le 09/02 et Malo le 11/02 à la garderie » books them', () => {
    expect(read('planning tombé : nathan le 09/02 et malo le 11/02 à la garderie').intent).toBe('reserve');
  });

  test('« je prends lui et sa sœur, annulez pour les deux », in a family of two: both', () => {
    expect(read('ce soir Nathan pas à la garderie, je prends lui et sa sœur, annulez pour les deux', options.now, ['Nathan', 'Zoé']).children).toEqual(['Nathan', 'Zoé']);
  });
});

describe('a certificate announced', () => {
  test('« jenvoi le certif lundi »: Monday is when it is sent, not a day of absence', () => {
    const result = read('jenvoi le certif lundi');
    expect([result.intent, result.dates]).toEqual(['absence', []]);
  });
});

describe('nothing to hand over', () => {
  test('a story with no word of the service is no hand-over; « c’est urgent » still is', () => {
    expect(read("Le gel de cette nuit a perdu toutes mes roses, feu mon époux les soignait avec tant d'amour. Pardonnez-moi de vous raconter cela.").intent).toBe('none');
    expect(read("c'est urgent").intent).toBe('handoff');
  });

  test('« rappelle-moi le numéro de la régie » is no call asked', () => {
    expect(read('rappelle moi le numéro de la régie').intent).not.toBe('handoff');
  });
});
