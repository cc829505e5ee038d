/**
 * Round 26 (issue 9): families found in set AO once it was read (swaps first), written
 * as new sentences (none is copied from a set).
 */
import { understand } from '../../../src/understanding/understand';

// Monday 7 December 2026, in the evening.
const options = { now: '2026-12-07T19:00', children: ['Nathan', 'Zoé', 'Malo'] };
const read = (text: string) => understand(text, options);

describe('reserve or cancel: no swap', () => {
  test('« pas de garderie pour Zoé vendredi, juste elle hein, pas Malo »: Malo is left out, not booked', () => {
    const result = read('pas de garderie pour Zoé vendredi, juste elle hein, pas Malo');
    expect([result.intent, result.dates, result.children, result.actions]).toEqual(['cancel', ['2026-12-11'], ['Zoé'], undefined]);
  });

  test('« Zoé à la garderie jeudi, du coup plus besoin mardi »: a day booked and a day given up', () => {
    expect(read('Zoé à la garderie jeudi, du coup plus besoin mardi').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-10'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2026-12-08'], children: ['Zoé'] },
    ]);
  });

  test('« mettre les trois petits », and « je les récupère moi-même, comme d’habitude » on other days, is a booking', () => {
    const result = read("pourriez-vous mettre les trois petits à la garderie les lundis de janvier ? le mercredi je les récupère moi-même à la sortie, comme d'habitude");
    expect([result.intent, result.dates, result.actions]).toEqual(['reserve', ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'], undefined]);
  });

  test('grandparents away who cannot fetch the children: the children stay, a booking', () => {
    const result = read('mon mari et moi partons en voyage, nous ne pourrons pas aller chercher les enfants jeudi 17. Il faudrait que Zoé et Malo restent à la garderie ce jour-là');
    expect([result.intent, result.dates, result.children]).toEqual(['reserve', ['2026-12-17'], ['Zoé', 'Malo']]);
    expect(read("leur père part en mission à l'étranger, il faudrait que les enfants restent à la garderie tous les mardis jusqu'aux vacances").intent).toBe('reserve');
  });

  test('« c’est Zoé qu’il faut enlever pas Malo »: a cancellation for Zoé, Malo said no to (not a negated cancellation)', () => {
    const result = read("c'est Zoé qu'il faut enlever pas Malo");
    expect([result.intent, result.children, result.edit]).toEqual(['cancel', ['Zoé'], { removeChildren: ['Malo'] }]);
  });

  test('« Malo needs la garderie jeudi »: the English need is a booking', () => {
    expect(read('Malo needs la garderie jeudi please').intent).toBe('reserve');
  });

  test('« sa réservation du mercredi 16 peut être annulée »: the passive cancels, beside a booking', () => {
    expect(read('inscrire Zoé mardi 15, en contrepartie sa réservation du mercredi 16 peut être annulée').actions).toEqual([
      { intent: 'reserve', dates: ['2026-12-15'], children: ['Zoé'] },
      { intent: 'cancel', dates: ['2026-12-16'], children: ['Zoé'] },
    ]);
  });
});

describe('dates', () => {
  test('« d’ici vendredi » after what is booked runs from today; the proof sent « d’ici vendredi » asks no day', () => {
    expect(read('est-ce que Malo est bien inscrit d’ici vendredi ?').dates).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(read('je vous envoie le justificatif d’ici vendredi').dates).toEqual([]);
  });

  test('« à l’exception toutefois du jeudi 24 » takes that day out of the holidays', () => {
    expect(read("toutes les vacances de Noël pour Zoé, à l'exception toutefois du jeudi 24").dates).not.toContain('2026-12-24');
    expect(read("toutes les vacances de Noël pour Zoé, à l'exception toutefois du jeudi 24").dates).toContain('2026-12-23');
  });

  test('« de cette semaine-là » is the week named before, not this one', () => {
    const result = read('Malo sera chez ses cousins la deuxième semaine des vacances de Noël. Pouvez-vous le retirer de cette semaine-là ?');
    expect([result.intent, result.dates]).toEqual(['cancel', ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']]);
  });

  test('« tous les jeudis de février euh jusqu’aux vacances »: the hesitation takes the month back no more', () => {
    expect(read("Zoé tous les jeudis de février euh jusqu'aux vacances").dates).toEqual(['2027-02-04', '2027-02-11', '2027-02-18']);
  });

  test('« à compter du retour des vacances d’hiver » starts when classes resume', () => {
    expect(read("inscrire Malo tous les mercredis de mars à compter du retour des vacances d'hiver").dates).toEqual(['2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31']);
  });

  test('« c’est mardi que je travaille, pas lundi »: Monday is said no to', () => {
    expect(read("c'est mardi que je travaille, pas lundi, donc Zoé à la garderie mardi soir").dates).toEqual(['2026-12-08']);
  });
});

describe('questions and one-off needs', () => {
  test('the closing time asked is a question to the service, though a neighbour picks the children up', () => {
    expect(read("Bonjour, je voudrais savoir l'heure de fermeture de la garderie : c'est une amie qui prend Zoé et elle finit tard.").intent).toBe('faq');
  });

  test('« devra exceptionnellement rester » on open days is a booking, not a late request', () => {
    expect(read('Nathan devra exceptionnellement rester à la garderie le jeudi 14 janvier, merci de l’inscrire.').intent).toBe('reserve');
    expect(read('pourriez-vous exceptionnellement accepter Nathan demain soir ?').intent).toBe('late_request');
  });

  test('how to add a grandparent to the family account is a question, not a look at the bookings', () => {
    expect(read('Mon gendre voudrait accéder au compte citoyen de la famille pour gérer les réservations des enfants. Quelle est la marche à suivre pour ajouter un membre ?').intent).toBe('faq');
  });
});

describe('children', () => {
  test('« et son frère aussi » in a family of two is the other child; with three children it names no one more', () => {
    const two = understand('Zoé reste à la garderie jeudi soir svp et son frère aussi', { now: '2026-12-07T19:00', children: ['Zoé', 'Malo'] });
    expect(two.children).toEqual(['Zoé', 'Malo']);
    expect(read('Zoé reste à la garderie jeudi soir svp et son frère aussi').children).toEqual(['Zoé']);
    expect(understand('Zoé jeudi et son frère reste avec moi', { now: '2026-12-07T19:00', children: ['Zoé', 'Malo'] }).children).toEqual(['Zoé']);
  });
});

describe('the new rules stay where they belong (review of this round)', () => {
  test('the children put at a grandmother’s, a parent travelling with the child, a pickup this time: cancellations still', () => {
    expect(read('je vais mettre les trois petits chez ma mère mercredi 16, ils ne viendront pas au centre').intent).toBe('cancel');
    expect(read('Zoé et moi sommes en voyage jeudi et vendredi').intent).toBe('cancel');
    expect(read("cette fois-ci je récupère Malo moi-même jeudi à 16h30, alors qu'habituellement il reste à la garderie").intent).toBe('cancel');
  });

  test('an outing « pourrait être annulée » is no booking cancelled; « pas besoin de me rappeler » gives up no day', () => {
    const outing = read('la sortie de jeudi pourrait être annulée à cause de la neige, Malo devra alors rester à la garderie jeudi');
    expect([outing.intent, outing.actions]).toEqual(['reserve', undefined]);
    expect(read('Zoé au centre mercredi 16, pas besoin de me rappeler lundi').actions).toBeUndefined();
  });

  test('an end said again after « euh » still replaces the first; « Malo qui devait venir ne viendra pas » takes no child out', () => {
    expect(read("Zoé tous les vendredis jusqu'à fin janvier, euh, jusqu'au 15 janvier").dates).toEqual(['2026-12-11', '2026-12-18', '2027-01-08', '2027-01-15']);
    expect(read('Malo qui devait venir ne viendra pas, Zoé viendra à sa place mercredi 16').edit).toBeUndefined();
    // (« d'ici vendredi » said of a payment opens no period from today.)
    expect(read("Malo est inscrit jeudi, je vous paie d'ici vendredi").dates).not.toContain('2026-12-08');
  });
});

