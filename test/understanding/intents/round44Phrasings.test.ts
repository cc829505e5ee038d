/**
 * Round 44 (issue 9): families found in set BI once read (set BJ frozen first), written as new
 * sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February to Sunday 7 March).
const options = { now: '2027-01-11T20:00', children: ['Maxence', 'Zélie'] };
const read = (text: string, now = options.now) => understand(text, { ...options, now });

describe('a place asked for in other words', () => {
  test('« est-ce qu’ils peuvent aller au centre … ? », « serait-il possible qu’elle reste à la garderie … ? » ask a booking', () => {
    expect(read('Mon mari est en déplacement. Est-ce qu’ils peuvent aller au centre mercredi 20, je ne pourrai pas les garder ?').intent).toBe('reserve');
    expect(read('Bonjour, je ne pourrai pas récupérer Zélie jeudi, serait-il possible qu’elle reste à la garderie du soir ? Merci').intent).toBe('reserve');
  });

  test('« j’ai peur qu’il aille les chercher à la garderie », « il n’est plus nécessaire qu’ils aillent au centre » ask no booking', () => {
    expect(read('il n’est plus nécessaire qu’ils aillent au centre mercredi 20, annulez svp').intent).toBe('cancel');
    expect(read('j’ai peur qu’il aille les chercher à la garderie ce soir, il n’en a pas le droit').intent).not.toBe('reserve');
  });

  test('« lui trouver une place au centre », « notre souhait d’inscrire » ask a booking, even beside « chez moi »', () => {
    expect(read('Je garde Zélie chez moi cette semaine, sa mère m’a demandé de lui trouver une place au centre le mercredi 20.').intent).toBe('reserve');
    expect(read('Je vous confirme notre souhait d’inscrire Maxence au centre de loisirs du lundi 22 au vendredi 26 février. Le paiement se fait-il à la réservation ?').intent).toBe('reserve');
  });

  test('an accident told while stuck « au marché de Rungis » goes to a person (the market is no other matter here)', () => {
    expect(read('ma femme est aux urgences et je suis coincé au marché de Rungis, personne pour récupérer les petits ce soir, il faut que je parle à quelqu’un').intent).toBe('handoff');
  });

  test('« une modification du planning de travail de mon mari » is the reason, not a look at the planning', () => {
    const got = read('Suite à une modification du planning de vol de mon mari, je vous saurais gré d’annuler Maxence le jeudi 14 janvier et de l’inscrire le vendredi 15.');
    expect(got.intent).toBe('cancel');
    expect(got.actions).toEqual([
      { intent: 'cancel', dates: ['2027-01-14'], children: ['Maxence'] },
      { intent: 'reserve', dates: ['2027-01-15'], children: ['Maxence'] },
    ]);
    expect(read('Zélie jeudi non, vendredi oui, mon planning il a bougé').intent).toBe('cancel');
  });

  test('« je voudrais faire un compte sur le site » asks about the account', () => {
    expect(read('je voudrais faire un compte sur le site mais je sais pas quoi mettre').intent).toBe('faq');
  });
});

describe('days said in a few more ways', () => {
  test('« du mar au ven la semaine prochaine »: weekdays cut short in a range', () => {
    expect(read('Zélie au centre du mar au ven la semaine prochaine stp').dates).toEqual(['2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22']);
  });

  test('« vacances d’hiver, semaine premier seulement »: the ordinal after the week', () => {
    expect(read('les enfants pour les vacances d’hiver, semaine premier seulement').dates).toEqual(['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26']);
  });

  test('« plus besoin du jeudi jusqu’aux vacances » is the Thursdays, not every day from Thursday', () => {
    expect(read('Maxence aura plus besoin du jeudi jusqu’aux vacances, sa tante le prend').dates).toEqual(['2027-01-14', '2027-01-21', '2027-01-28', '2027-02-04', '2027-02-11', '2027-02-18']);
  });

  test('a past habit « on s’inscrivait à la rentrée » and someone’s roster « pour février » name no day', () => {
    const holidays = ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'];
    expect(read('Jusqu’à quand peut-on réserver les vacances d’hiver ? Avant, on s’inscrivait à la rentrée et c’était réglé.').dates).toEqual(holidays);
    const got = read('Quelle est la date limite pour les vacances de février ? Le planning de mon mari pour février n’est pas encore sorti.');
    expect(got.dates).toEqual(holidays);
    expect(got.topic).not.toBe('planning');
  });

  test('« il est tombé samedi » is the story; « toute cette semaine » the days asked', () => {
    expect(read('il est tombé samedi, inscrivez Maxence à la garderie cette semaine svp').dates).toEqual(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15']);
  });

  test('during the holidays, « demain … pendant les vacances » is tomorrow; other holidays named beside it are asked', () => {
    expect(read('Zélie voudrait venir au centre demain, elle s’ennuie à la maison pendant les vacances', '2027-02-23T15:00').dates).toEqual(['2027-02-24']);
    expect(read('inscrire Zélie demain et pendant les vacances de printemps', '2027-02-23T15:00').dates).toContain('2027-04-19');
  });

  test('« désinscris les ptits jeudi » is both children', () => {
    expect(read('désinscris les ptits jeudi stp').children).toEqual(['Maxence', 'Zélie']);
  });
});

describe('someone else spoken to', () => {
  test('« je suis devant chez toi, tu descends ? », sent here by mistake, is off topic', () => {
    expect(read('je suis devant chez toi, tu descends ?').intent).toBe('none');
    expect(read('je suis devant l’école, Maxence est bien inscrit ce soir ?').intent).toBe('check');
  });
});

describe('reservations and cancellations told with a negation beside them (probed after set BI)', () => {
  test('« ils n’iront pas chez leur père…, ils resteront à l’accueil du soir lundi et mardi » books (it cancelled)', () => {
    expect(read('Mes enfants n’iront pas chez leur père cette semaine finalement, ils resteront à l’accueil du soir lundi et mardi.').intent).toBe('reserve');
  });

  test('« il faudrait lui en donner une », « donc Maxence à la garderie tous les soirs » book', () => {
    expect(read('Zélie n’a pas de place jeudi, il faudrait lui en donner une').intent).toBe('reserve');
    expect(read('mon mari ne peut plus le chercher le soir, donc Maxence à la garderie tous les soirs de la semaine prochaine').intent).toBe('reserve');
  });

  test('« …n’iront donc pas au centre. Zélie, elle, ira au centre comme prévu » and « pas besoin de lui garder une place » cancel', () => {
    expect(read('Pour les vacances d’hiver, j’emmène Maxence chez moi. Il n’ira donc pas au centre. Zélie, elle, ira au centre comme prévu.').intent).toBe('cancel');
    expect(read('Je garde Maxence à la maison jeudi, pas besoin de lui garder une place.').intent).toBe('cancel');
  });

  test('« …ne sera plus nécessaire, sa tante le récupère » is a plain cancellation, not a stranger picking up', () => {
    const got = read('La réservation de mercredi pour Maxence ne sera plus nécessaire, sa tante le récupère.');
    expect(got.intent).toBe('cancel');
    expect(got.sensitive).toBeUndefined();
  });

  test('« je ne souhaite plus que Maxence aille à l’accueil du mercredi » cancels; « je ne voudrais pas qu’ils restent devant la grille » does not', () => {
    expect(read('Je ne souhaite plus que Maxence aille à l’accueil du mercredi en février, merci de faire le nécessaire.').intent).toBe('cancel');
    expect(read('Pouvez-vous me dire si les petits sont bien inscrits mercredi ? Je ne voudrais pas qu’ils restent devant la grille.').intent).toBe('check');
  });

  test('« pour mercredi le 13 Maxence non, on part tôt » cancels; « Zélie au centre mercredi 13, Maxence non il a judo » books Zélie', () => {
    expect(read('alors pour mercredi le 13 maxence non parce qu’on part tôt voilà').intent).toBe('cancel');
    expect(read('zélie au centre mercredi 13 maxence non il a judo')).toMatchObject({ intent: 'reserve', children: ['Zélie'] });
  });
});

describe('a few more voices (probed after set BI)', () => {
  test('« Hugo he is in garderie tomorrow yes or no? », « c’est fait ou pas fait ? » ask to look', () => {
    expect(read('hello, Maxence he is in garderie tomorrow yes or no?').intent).toBe('check');
    expect(read('Je veux savoir Zélie il y a place pour elle jeudi, c’est fait ou pas fait?').intent).toBe('check');
  });

  test('« ok ça marche, à ce soir chéri, n’oublie pas le pain » was meant for someone else', () => {
    expect(read('ok ça marche, à ce soir chéri, n’oublie pas le pain').intent).toBe('none');
  });
});

test('« et Maxence il y va quand même ? » asks whether he is there (a classifier shift had made it ambiguous)', () => {
  expect(read('et maxence il y va quand meme ?').intent).toBe('check');
});

describe('corrections while dictating', () => {
  test('« mercredi 13 et jeudi 14 euh non seulement le jeudi » keeps Thursday only', () => {
    expect(read('annulez maxence mercredi 13 et jeudi 14 euh attendez non seulement le jeudi').dates).toEqual(['2027-01-14']);
  });

  test('« sauf vendredi euh non sauf jeudi »: the exception said again replaces the first one', () => {
    expect(read('zélie à la garderie toute la semaine prochaine sauf vendredi euh non sauf jeudi').dates).toEqual(['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-22']);
  });
});
