/**
 * Round 39 (issue 9): families found in set BC once read (set BE frozen first), written as new
 * sentences (none is copied from a set).
 */
import { understand, understandInDetail } from '../../../src/understanding/understand';
import { weekdaysDeclined } from '../../../src/understanding/text/prepareText';

// Monday 11 January 2027, in the evening (winter holidays of zone C from Saturday 20 February, back on Monday 8 March).
const options = { now: '2027-01-11T20:00', children: ['Maëlys', 'Joachim', 'Sacha'] };
const read = (text: string, now = options.now) => understand(text, { now, children: options.children });
const NEXT_WEEK = ['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22'];

describe('weekdays declined after the request', () => {
  test('« vendredi non, c’est moi qui viens » leaves Friday out of the booking, it cancels nothing', () => {
    expect(read('Inscrivez Joachim lundi, mardi et jeudi la semaine prochaine, vendredi non c’est moi qui viens.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-01-18', '2027-01-19', '2027-01-21'],
      children: ['Joachim'],
    });
    // (In a sentence of its own, with the parent's reason: no cancellation, the booking loses the two days.)
    expect(read('Maëlys au centre lundi mardi mercredi semaine pro. Jeudi et vendredi non, on la récupère.')).toMatchObject({
      intent: 'reserve',
      dates: NEXT_WEEK.slice(0, 3),
      children: ['Maëlys'],
    });
    expect(read('Semaine prochaine lundi et mardi Sacha reste à la garderie. Mercredi non, moi je viens.')).toMatchObject({ intent: 'reserve', dates: NEXT_WEEK.slice(0, 2) });
    expect(read('sacha et joachim garderie lundi mardi jeudi semaine pro. vendredi non jles recup')).toMatchObject({ intent: 'reserve', dates: ['2027-01-18', '2027-01-19', '2027-01-21'] });
  });

  test('a weekday the parent is free « donc pas la peine », or « off », is left out', () => {
    expect(read('Maëlys garderie semaine pro du lundi au jeudi, le vendredi je suis de repos donc pas la peine')).toMatchObject({ intent: 'reserve', dates: NEXT_WEEK.slice(0, 4) });
    expect(read('faut mettre sacha du lundi 18 au jeudi 21, vendredi jsuis off jla recup')).toMatchObject({ intent: 'reserve', dates: NEXT_WEEK.slice(0, 4) });
    expect(read('garderie pour Joachim du mardi au vendredi la semaine prochaine, le lundi non c’est bon ma belle-mère le prend').dates).toEqual(NEXT_WEEK.slice(1));
  });

  test('a no followed by another day is a correction, left to the corrections', () => {
    expect(weekdaysDeclined('Joachim lundi. Mardi non, jeudi')).toBe('Joachim lundi. Mardi non, jeudi');
    expect(weekdaysDeclined('annuler Sacha lundi. mardi non c’est mercredi')).toBe('annuler Sacha lundi. mardi non c’est mercredi');
    // (Nor without a day asked before it: "Sacha garderie jeudi non elle est malade" keeps its only day.)
    expect(weekdaysDeclined('Sacha garderie jeudi non elle est malade')).toBe('Sacha garderie jeudi non elle est malade');
    // (Dictated without stops, after the service named, the weekday is declined all the same.)
    expect(read('pour joachim la semaine prochaine du mardi au vendredi à l’accueil du soir le lundi non c’est bon ma belle-mère le prend')).toMatchObject({ intent: 'reserve', dates: NEXT_WEEK.slice(1) });
    // (At the start of the message there is no request to leave the day out of.)
    expect(weekdaysDeclined('Vendredi non, je la garde')).toBe('Vendredi non, je la garde');
  });
});

describe('corrections', () => {
  test('« non mardi pardon » closes the correction; the day taken back, said again with its reason, is not asked', () => {
    expect(read('mets Joachim lundi.. non mardi pardon, lundi c bon c son autre papa qui le recup')).toMatchObject({ intent: 'reserve', dates: ['2027-01-12'], children: ['Joachim'] });
    expect(read('mets Joachim lundi.. non mardi pardon, lundi c bon c sa mamie qui le prend').dates).toEqual(['2027-01-12']);
    // (The place said with the day taken back: « mercredi au centre, non en fait jeudi ».)
    expect(read('ah et maëlys mercredi au centre, non en fait jeudi')).toMatchObject({ intent: 'reserve', dates: ['2027-01-14'], children: ['Maëlys'] });
  });

  test('« non en fait juste lundi » in a last sentence keeps only that day', () => {
    expect(read('faut une place lundi pour sacha, et mardi aussi. non en fait juste lundi')).toMatchObject({ intent: 'reserve', dates: ['2027-01-18'], children: ['Sacha'] });
    expect(read('Maëlys lundi et mardi au centre. Finalement seulement mardi.').dates).toEqual(['2027-01-12']);
  });
});

describe('times of the story', () => {
  test('how long someone is away (« bloquée à Marseille jusqu’à jeudi », « sur un chantier jusqu’à samedi ») asks no day', () => {
    expect(read('je suis coincée à Marseille jusqu’à jeudi, faut une place pour Maëlys demain soir svp')).toMatchObject({ intent: 'reserve', dates: ['2027-01-12'] });
    expect(read('mon mari est sur un chantier jusqu’à samedi, est-ce qu’on pourrait mettre Sacha au centre mercredi ?')).toMatchObject({ intent: 'reserve', dates: ['2027-01-13'] });
    // (A stay at the service itself is the request: « il est au centre jusqu’à vendredi » is not a journey.)
    expect(read('Joachim reste au centre du mardi jusqu’à vendredi').dates).toEqual(['2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15']);
  });

  test('the day of a journey (« je prends le train ce soir ») is not a day asked beside another', () => {
    expect(read('je prends le train ce soir, il faudrait que Sacha reste au centre mercredi', '2027-01-11T07:00')).toMatchObject({ intent: 'reserve', dates: ['2027-01-13'] });
    expect(read('mon frère arrive de Naples ce soir, pouvez-vous inscrire Maëlys vendredi', '2027-01-11T07:00').dates).toEqual(['2027-01-15']);
    // (Today asked with it stays: « je pars ce soir, inscrivez-la ce soir et demain ».)
    expect(read('je pars ce soir, inscrivez Maëlys ce soir et demain', '2027-01-11T07:00').dates).toEqual(['2027-01-11', '2027-01-12']);
  });

  test('a floor or a neighbour « du 3e » is no day', () => {
    expect(read('dsl mauvais num, c pr mon client du 3e etage')).toMatchObject({ intent: 'none', dates: [] });
    expect(read('oups erreur c’était pour ma voisine du 4e').dates).toEqual([]);
    expect(read('inscrire Maëlys la 2e semaine des vacances d’hiver').dates).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']);
  });

  test('the first week « avec grand-mère » is left out of the holiday booked', () => {
    expect(read('Bonsoir, vacances d’hiver, les enfants viennent au centre la deuxième semaine, du 1er au 5 mars. Première semaine ils restent avec grand-mère.')).toMatchObject({
      intent: 'reserve',
      dates: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'],
    });
  });

  test('a season of the story (« s’installe à Nantes au début de l’été », « depuis l’été ») is not a holiday asked', () => {
    expect(read('Madame, notre famille s’installe à Nantes au début de l’été. Je vous remercie d’annuler les journées de Sacha du lundi 28 juin au vendredi 2 juillet.', '2027-06-10T10:00')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-06-28', '2027-06-29', '2027-06-30', '2027-07-01', '2027-07-02'],
    });
    expect(read('Ma fille a pris des congés, la première fois depuis l’été ! Elle sera là du mardi 6 au vendredi 9 avril, les enfants n’ont pas besoin de la garderie ces jours-là.', '2027-04-01T10:00').dates).toEqual(['2027-04-06', '2027-04-07', '2027-04-08', '2027-04-09']);
  });

  test('the dates of a grown-up’s journey or stay beside the holidays asked are the story', () => {
    expect(read('Bonsoir, c’est la mamie de Sacha. Pour Noël je vais chez ma sœur à Lille, je pars le 19 et je ne rentre que le 5 janvier, alors ses parents voudraient qu’il aille au centre pendant toutes les vacances.', '2026-11-29T17:30').dates).toEqual([
      '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
    ]);
    // (On Thursday 14: « du mardi au vendredi » is next week's either way; the arrival on Monday and the stay to Sunday are left out.)
    expect(read('J’arrive le lundi 18 et je reste jusqu’au dimanche, alors Maëlys n’ira pas à la garderie du mardi au vendredi de cette semaine-là. Vous pouvez enlever ces jours ?', '2027-01-14T17:00')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22'],
    });
    // (The child's own journey is the days asked off: « Sacha part en classe verte lundi et mardi, annulez aussi mercredi ».)
    expect(read('Sacha part en classe verte lundi et mardi, annulez aussi mercredi', '2027-01-14T10:00').dates).toEqual(['2027-01-18', '2027-01-19', '2027-01-20']);
    expect(read('mon fils part en classe verte le 18, annulez le 18 et le 19').dates).toEqual(['2027-01-18', '2027-01-19']);
    expect(read('Joachim est en voyage scolaire jusqu’à vendredi, annulez aussi lundi 18', '2027-01-12T10:00').dates).toEqual(['2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15', '2027-01-18']);
  });
});

describe('days', () => {
  test('« le 31 et le 1er juin »: the last day of a month, then the first of the next', () => {
    expect(read('pas besoin garderie pour Maëlys le 31 et le 1 juin on part', '2027-05-25T10:40').dates).toEqual(['2027-05-31', '2027-06-01']);
    // (« le 23 et le 9 décembre » are both of December.)
    expect(read('annuler Joachim le 23 et le 9 décembre', '2027-11-25T10:40').dates).toEqual(['2027-12-09', '2027-12-23']);
  });

  test('« cette semaine jsq vendredi », « cette semaine jusqu’à jeudi »: the week up to that day', () => {
    expect(read('jai pris des conges, enlevez les enfants du soir cette semaine jsq vendredi', '2027-01-12T03:20')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15'],
      children: ['Maëlys', 'Joachim', 'Sacha'],
    });
    expect(read('annulez Maëlys cette semaine jusqu’à jeudi', '2027-01-12T03:20').dates).toEqual(['2027-01-12', '2027-01-13', '2027-01-14']);
  });

  test('« l’accueil du mercredi à compter du 10 mars »: the service from that day, not the Wednesday before', () => {
    expect(read('Bonjour, Sacha n’aura plus besoin de l’accueil du mercredi à compter du 10 mars et jusqu’à la fin du mois. Merci.', '2027-02-15T14:30')).toMatchObject({
      intent: 'cancel',
      dates: ['2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31'],
    });
    // (With no end, the dialog asks until when; the days then are the service's Wednesdays.)
    const openEnded = understandInDetail('Sacha n’aura plus besoin de l’accueil du mercredi à compter du 10 mars', { now: '2027-02-15T14:30', children: options.children });
    expect(openEnded.dates).toEqual([]);
    expect(openEnded.openEnded).toEqual({ weekdays: [3], from: '2027-03-10' });
    // (« toutes ses réservations du mercredi » beside it are the same Wednesdays, no Wednesday before.)
    expect(read('Madame, Sacha ne fréquentera plus l’accueil du mercredi à compter du 3 février, merci d’annuler toutes ses réservations du mercredi à partir de cette date et jusqu’aux vacances d’hiver.', '2027-01-21T11:00').dates).toEqual(['2027-02-03', '2027-02-10', '2027-02-17']);
    // ("la garderie du mercredi au vendredi" names days.)
    expect(read('Sacha garderie du mercredi au vendredi', '2027-02-15T14:30').dates).toEqual(['2027-02-17', '2027-02-18', '2027-02-19']);
  });
});
