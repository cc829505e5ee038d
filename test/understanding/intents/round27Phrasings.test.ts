/**
 * Round 27 (issue 9): families found in sets AO and AP once read and in conversations,
 * written as new sentences (none is copied from a set).
 */
import { understand, understandInDetail } from '../../../src/understanding/understand';

// Monday 1 February 2027, in the morning (winter holidays of zone C: 20 February to 7 March, spring from 17 April).
const options = { now: '2027-02-01T09:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('a habit that starts or stops on a day, with no end: the days wait for « jusqu’à quand ? »', () => {
  test('« à partir du 22 février, Zoé ne viendra plus le mercredi »: no single Wednesday, open from the 22nd', () => {
    const result = understandInDetail('à partir du 22 février, Zoé ne viendra plus le mercredi', options);
    expect([result.intent, result.dates, result.children, result.openEnded]).toEqual(['cancel', [], ['Zoé'], { weekdays: [3], from: '2027-02-22' }]);
    expect(read('à partir du 22 février, Zoé ne viendra plus le mercredi').openEnded).toEqual({ weekdays: [3], from: '2027-02-22' });
  });

  test('« Malo n’ira plus le jeudi »: every Thursday from now on, asked until when', () => {
    const result = read("Malo n'ira plus le jeudi");
    expect([result.intent, result.dates, result.openEnded]).toEqual(['cancel', [], { weekdays: [4], from: '2027-02-01' }]);
  });

  test('« à partir du 8 mars, mettez Nathan le vendredi »: Fridays from the 8th, asked until when', () => {
    const result = understandInDetail('à partir du 8 mars, mettez Nathan le vendredi', options);
    expect([result.intent, result.dates, result.openEnded]).toEqual(['reserve', [], { weekdays: [5], from: '2027-03-08' }]);
  });

  test('beside another change, the open habit is a change of its own, with no day borrowed', () => {
    expect(read("Malo ne viendra plus le jeudi à partir du 8 mars, et inscrivez Zoé le vendredi 12 mars").actions).toEqual([
      { intent: 'cancel', dates: [], children: ['Malo'], openEnded: { weekdays: [4], from: '2027-03-08' } },
      { intent: 'reserve', dates: ['2027-03-12'], children: ['Zoé'] },
    ]);
  });

  test('« jusqu’à février » after « à partir de janvier » runs to the end of February', () => {
    expect(understand("à partir de janvier, Malo ne viendra plus le mercredi jusqu'à février", { ...options, now: '2026-12-07T08:10' }).dates).toEqual([
      '2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27', '2027-02-03', '2027-02-10', '2027-02-17', '2027-02-24',
    ]);
  });

  test('« ne viendra plus le mercredi ni le vendredi », « vient plus le lundi »: each weekday named, open', () => {
    expect(understandInDetail('Malo ne viendra plus le mercredi ni le vendredi', options).openEnded).toEqual({ weekdays: [3, 5], from: '2027-02-01' });
    expect(read('zoé vient plus le lundi')).toMatchObject({ intent: 'cancel', dates: [] });
  });

  test('with an end, the same habit lists its days; a dated day stays that day', () => {
    expect(read("à partir du 8 mars, Zoé ne viendra plus le mercredi jusqu'aux vacances").dates).toEqual(['2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31', '2027-04-07', '2027-04-14']);
    expect(read('Malo ne viendra plus le mercredi 10 mars').dates).toEqual(['2027-03-10']);
    expect(read('Malo ne viendra pas mercredi').dates).toEqual(['2027-02-03']);
  });
});

describe('set AP, once read', () => {
  test('« les deux premiers jours des vacances d’hiver », « le dernier jour des vacances »: those opening days only', () => {
    expect(read("finalement je garde Zoé les deux premiers jours des vacances d'hiver, annulez-les svp").dates).toEqual(['2027-02-22', '2027-02-23']);
    expect(read("inscrivez Malo le dernier jour des vacances d'hiver").dates).toEqual(['2027-03-05']);
    // (The first days of a month are that month's, not the holidays named after it.)
    expect(read('inscrivez Malo les deux premiers jours de mars').dates).toEqual(['2027-03-01', '2027-03-02']);
    expect(read('inscrire Zoé le premier jour de février').dates).toEqual(['2027-02-01']);
  });

  test('a joke about April fools names no April; the reply passed on « ce soir » asks no day', () => {
    expect(understand("c koi qui est reserve pr Zoé en mai ? (pas un poisson d'avril)", { ...options, now: '2027-04-01T07:30' }).dates[0]).toBe('2027-05-03');
    expect(read('ma nièce voudrait connaître la date limite pour les inscriptions de mars, je lui transmettrai votre réponse ce soir au téléphone').dates[0]).toBe('2027-03-01');
  });

  test('« reste avc moi » (SMS) and « pour Malo c’est pareil comme avant » leave that child out; « c’est pareil » alone adds them', () => {
    expect(read('slt, nathan et zoé au centre mer et jeu, malo reste avc moi')).toMatchObject({ intent: 'reserve', dates: ['2027-02-03', '2027-02-04'], children: ['Nathan', 'Zoé'] });
    expect(read("il faut enlever les jeudis de Zoé jusqu'aux vacances, elle a piscine. Pour Malo c'est pareil comme avant.").children).toEqual(['Zoé']);
    expect(read("Zoé lundi au centre et pour Malo c'est pareil").children).toEqual(['Zoé', 'Malo']);
  });

  test('the parent’s own « horaires décalés » are no question on opening hours: the deadline asked stays one', () => {
    expect(read('Bonjour, travaillant en horaires décalés, je souhaiterais connaître le délai pour modifier une réservation du mercredi.').intent).toBe('deadline');
  });

  test('« ma belle-fille me demande d’inscrire Zoé … vous pouvez le faire pour moi ? » is the booking, not help with the website', () => {
    expect(read("Ma belle-fille me demande d'inscrire Zoé lundi et mardi de la semaine prochaine. Je ne sais pas faire sur l'ordinateur, vous pouvez le faire pour moi ?")).toMatchObject({ intent: 'reserve', dates: ['2027-02-08', '2027-02-09'], children: ['Zoé'] });
  });
});

describe('set AQ, once read', () => {
  test('« après on voit pour mars » puts that month off; « d’ici la fin de l’année scolaire » ends before the summer', () => {
    expect(read('je voudrais réserver pour Zoé tous les mercredis de février, après on voit pour mars').dates).toEqual(['2027-02-03', '2027-02-10', '2027-02-17', '2027-02-24']);
    expect(understand("Malo ne fréquentera plus l'accueil du mercredi d'ici la fin de l'année scolaire, merci d'annuler ses mercredis", { ...options, now: '2027-06-01T18:00' }).dates).toEqual(['2027-06-02', '2027-06-09', '2027-06-16', '2027-06-23', '2027-06-30']);
  });

  test('« sa réservation du vendredi 5 n’a plus lieu d’être » beside a day asked: two changes', () => {
    expect(read('Zoé devra être accueillie le mercredi 3 février ; en revanche, sa réservation du vendredi 5 février n’a plus lieu d’être').actions).toEqual([
      { intent: 'reserve', dates: ['2027-02-03'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2027-02-05'], children: ['Zoé'] },
    ]);
  });

  test('« il faut mettre elles à la garderie », « il faut mettre elle » (non-native): a booking', () => {
    expect(read('Cette vendredi je peux pas prendre les filles, je travaille. Il faut mettre elles à la garderie, s’il vous plait.').intent).toBe('reserve');
    expect(read('mardi Zoé elle va pas à la garderie, sa maman est libre. Mais jeudi il faut mettre elle, moi je peux pas.').actions).toEqual([
      { intent: 'cancel', dates: ['2027-02-02'], children: ['Zoé'] },
      { intent: 'reserve', dates: ['2027-02-04'], children: ['Zoé'] },
    ]);
  });

  test('a day « à exclure » said after it is left out; « non pardon c’est juste lundi » after a reason takes Tuesday back', () => {
    expect(read("inscrire Zoé les lundis et jeudis de mars. Je précise que le jeudi 11 mars est à exclure, son père l'a ce soir-là.").dates).toEqual(['2027-03-01', '2027-03-04', '2027-03-08', '2027-03-15', '2027-03-18', '2027-03-22', '2027-03-25']);
    expect(read("euh annuler Malo lundi et mardi prochains il part en sortie avec la classe non pardon c'est juste lundi").dates).toEqual(['2027-02-08']);
  });

  test('« comment moi je peux être dans le compte de famille ? » asks how to share the account', () => {
    expect(read('Bonjour, je suis la grand-mère. Comment moi je peux être dans le compte de famille pour réserver aussi?').intent).toBe('faq');
  });
});
