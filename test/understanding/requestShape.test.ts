/**
 * What a message does beyond its intent: several changes at once, edits of a request
 * ("sans Léa", "pas le 12", "et Hugo aussi"), follow-ups ("et pour Hugo ?"), urgent
 * stories for a person, and the topic of a question (issue 9, contract round 2).
 */
import { understand } from '../../src/understanding/understand';

const options = { now: '2026-03-09T10:00', children: ['Léa', 'Hugo', 'Inès'] };

describe('several actions in one message', () => {
  test.each([
    [
      'annule Léa vendredi 13 mars et inscris-la jeudi 19 mars',
      [{ intent: 'cancel', dates: ['2026-03-13'], children: ['Léa'] }, { intent: 'reserve', dates: ['2026-03-19'], children: ['Léa'] }],
    ],
    [
      'inscris Hugo mardi et enlève Inès mercredi',
      [{ intent: 'reserve', dates: ['2026-03-10'], children: ['Hugo'] }, { intent: 'cancel', dates: ['2026-03-11'], children: ['Inès'] }],
    ],
    [
      'annuler mardi et réserver jeudi pour Léa',
      [{ intent: 'cancel', dates: ['2026-03-10'], children: ['Léa'] }, { intent: 'reserve', dates: ['2026-03-12'], children: ['Léa'] }],
    ],
    [
      'Hugo ne viendra pas lundi mais il viendra mercredi',
      [{ intent: 'cancel', dates: ['2026-03-16'], children: ['Hugo'] }, { intent: 'reserve', dates: ['2026-03-11'], children: ['Hugo'] }],
    ],
    [
      'réserver mardi pour Léa et jeudi pour Hugo',
      [{ intent: 'reserve', dates: ['2026-03-10'], children: ['Léa'] }, { intent: 'reserve', dates: ['2026-03-12'], children: ['Hugo'] }],
    ],
    // A booking moved to another day: the first day cancelled, the other booked.
    [
      'pouvez-vous décaler la réservation de Léa de mardi à jeudi ?',
      [{ intent: 'cancel', dates: ['2026-03-10'], children: ['Léa'] }, { intent: 'reserve', dates: ['2026-03-12'], children: ['Léa'] }],
    ],
    // "X au lieu de Y": the actions in the order said, X booked first; after a booking made by mistake, X undone first.
    [
      'Hugo viendra jeudi 19 au lieu de mardi 17',
      [{ intent: 'reserve', dates: ['2026-03-19'], children: ['Hugo'] }, { intent: 'cancel', dates: ['2026-03-17'], children: ['Hugo'] }],
    ],
    [
      "j'ai inscrit Hugo jeudi 19 au lieu de mardi 17, pouvez-vous corriger ?",
      [{ intent: 'cancel', dates: ['2026-03-19'], children: ['Hugo'] }, { intent: 'reserve', dates: ['2026-03-17'], children: ['Hugo'] }],
    ],
    [
      'Léa jeudi au lieu de mardi svp',
      [{ intent: 'reserve', dates: ['2026-03-12'], children: ['Léa'] }, { intent: 'cancel', dates: ['2026-03-10'], children: ['Léa'] }],
    ],
    [
      "c'est possible de switcher Hugo du lundi 16 au mardi 17 mars ?",
      [{ intent: 'cancel', dates: ['2026-03-16'], children: ['Hugo'] }, { intent: 'reserve', dates: ['2026-03-17'], children: ['Hugo'] }],
    ],
    [
      "merci d'annuler Inès le 12 mars et de l'inscrire en lieu et place le 13",
      [{ intent: 'cancel', dates: ['2026-03-12'], children: ['Inès'] }, { intent: 'reserve', dates: ['2026-03-13'], children: ['Inès'] }],
    ],
    [
      "j'annule Léa mercredi 11 et je la reporte au mercredi 18",
      [{ intent: 'cancel', dates: ['2026-03-11'], children: ['Léa'] }, { intent: 'reserve', dates: ['2026-03-18'], children: ['Léa'] }],
    ],
  ])('%s', (text, actions) => {
    const meaning = understand(text, options);
    expect(meaning.actions).toEqual(actions);
    // The top-level fields describe the first action, for readers of the first contract.
    expect({ intent: meaning.intent, dates: meaning.dates, children: meaning.children }).toEqual(actions[0]);
  });

  test.each([
    'réserver Léa mardi et jeudi',
    'inscrire Léa et Hugo mercredi',
    'Léa ne viendra pas lundi et mardi',
    'réserver Léa mardi, merci beaucoup et bonne journée',
    // "déplacement" is a trip, not a move; "du lundi au vendredi" is a range.
    'ma fille est en déplacement, pouvez-vous garder Léa du lundi 16 au vendredi 20 mars ?',
    'inscrire Hugo du 17 au 19 mars',
  ])('one change stays one: %s', (text) => expect(understand(text, options).actions).toBeUndefined());
});

describe('edits and follow-ups', () => {
  test.each([
    ['sans Léa', { removeChildren: ['Léa'] }],
    ['pas le 12', { removeDates: ['2026-03-12'] }],
    ['sauf le mercredi', { removeWeekdays: [3] }],
    ['et Hugo aussi', { add: true }],
    ['mercredi en plus', { add: true }],
  ])('%s is an edit', (text, edit) => expect(understand(text, options).edit).toEqual(edit));

  test('days and children taken out of the request itself', () => {
    const meaning = understand('toute la semaine prochaine sauf mercredi pour les enfants sauf Inès', options);
    expect(meaning.dates).toEqual(['2026-03-16', '2026-03-17', '2026-03-19', '2026-03-20']);
    expect(meaning.children).toEqual(['Léa', 'Hugo']);
  });

  test.each(['et pour Hugo ?', 'et mercredi ?', 'même chose pour Inès', 'Hugo aussi', 'la semaine d\'après aussi', 'pareil pour Léa', 'ah et Hugo aussi mercredi seulement', 'ok et pour Inès jeudi'])(
    '%s is a follow-up',
    (text) => expect(understand(text, options).followUp).toBe(true),
  );

  test.each(['réserver Hugo mercredi', 'et annuler mercredi pour Hugo', 'qu\'est-ce que Hugo a la semaine prochaine ?'])(
    '%s asks on its own',
    (text) => expect(understand(text, options).followUp).toBeUndefined(),
  );
});

describe('urgent or sensitive stories go to a person', () => {
  test.each([
    'je suis hospitalisée demain, Léa sera gardée par sa grand-mère',
    'Hugo a eu un accident hier à l\'école, je ne sais pas quand il reviendra',
    'le père d\'Inès n\'a pas le droit de venir la chercher, il y a un jugement',
    'c\'est ma voisine qui viendra chercher Léa ce soir',
    'Hugo s\'est blessé à la garderie hier soir et personne ne m\'a prévenue',
    'je suis à la maternité, j\'accouche plus tôt que prévu, personne pour chercher les enfants',
    'une dame que je ne connais pas viendrait chercher Léa demain à la garderie, je n\'ai rien autorisé',
  ])('%s', (text) => {
    const meaning = understand(text, options);
    expect(meaning.intent).toBe('handoff');
    expect(meaning.sensitive).toBe(true);
  });

  test.each([
    ['ils sont chez leur père mardi, annulez', 'cancel'],
    ['je suis hospitalisée jeudi, merci d\'annuler Hugo jeudi', 'cancel'],
    ['je veux parler à quelqu\'un', 'handoff'],
    // The child's days said in so many words beside the story are a plain change.
    ['Hugo ne viendra pas au centre lundi ni mardi, nous allons à un enterrement en province', 'cancel'],
    ['Inès doit être à la garderie jeudi, je suis à l\'hôpital pour ma garde de nuit', 'reserve'],
    ['Léa n\'ira pas à la garderie vendredi, rendez-vous à l\'hôpital pour ses yeux', 'cancel'],
    ['mon mari est hospitalisé depuis hier, merci d\'inscrire Hugo à la garderie toute la semaine prochaine', 'reserve'],
  ])('a plain request stays itself: %s', (text, intent) => {
    const meaning = understand(text, options);
    expect(meaning.intent).toBe(intent);
    expect(meaning.sensitive).toBeUndefined();
  });
});

describe('topics of questions', () => {
  test.each([
    ['combien coûte l\'accueil du soir ?', 'tariffs'],
    ['avec un QF de 850, combien pour 4 mercredis ?', 'quotient'],
    ['combien je vais payer en mars ?', 'statement'],
    ['ma facture de novembre', 'statement'],
    ['je voudrais mon attestation de paiement 2026', 'attestation'],
    ['ma famille', 'dossier'],
    ['nous avons déménagé, voici notre nouvelle adresse', 'dossier'],
    ['mes documents', 'documents'],
    ['le planning de Léa en mars', 'planning'],
    ['ajouter à mon agenda', 'calendar_feed'],
    ['prévenez-moi avant les dates limites', 'reminders'],
    ['vous ouvrez à quelle heure ?', 'hours'],
    ['quel est le numéro du service ?', 'contact'],
    ['j\'ai oublié mon mot de passe du compte citoyen', 'account'],
  ])('%s → %s', (text, topic) => expect(understand(text, options).topic).toBe(topic));
});

describe('asking instead of guessing', () => {
  test('every interpretation carries a confidence', () => {
    for (const text of ['réserver Léa mardi', 'bonjour', 'asdfgh']) {
      const { confidence } = understand(text, options);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('what the conversation helper found (issue 10)', () => {
  test('"vous êtes ouverts mercredi 22 avril ?" asks the opening hours', () => {
    expect(understand('vous êtes ouverts mercredi 22 avril ?', options)).toMatchObject({ intent: 'faq', topic: 'hours', dates: ['2026-04-22'] });
  });
  test.each(['non, plutôt jeudi', 'non pardon, vendredi 20 mars', 'ah zut je me suis trompée c\'était jeudi 19', 'et inscris Hugo à la place'])(
    '%s leans on the previous request',
    (text) => expect(understand(text, options).followUp).toBe(true),
  );
  test('abbreviated weekdays and verbs: "réserv hugo merc 18 stp"', () => {
    expect(understand('réserv hugo merc 18 stp', options)).toMatchObject({ intent: 'reserve', dates: ['2026-03-18'], children: ['Hugo'] });
  });
});

describe('the service named is not a day', () => {
  const family = { now: '2027-01-06T10:00', children: ['Nathan', 'Zoé'] };
  test("'l'accueil du mercredi' over a month: the Wednesdays of that month", () => {
    const meaning = understand("Nathan ne participera pas à l'accueil du mercredi durant tout le mois de février, merci de supprimer les réservations", family);
    expect(meaning).toMatchObject({ intent: 'cancel', dates: ['2027-02-03', '2027-02-10', '2027-02-17', '2027-02-24'], children: ['Nathan'] });
  });
  test("'l'accueil du soir et du mercredi' names no Wednesday of its own", () => {
    expect(understand("annulez Zoé à l'accueil du soir et du mercredi du lundi 22 au mercredi 24 mars", family).dates).toEqual(['2027-03-22', '2027-03-23', '2027-03-24']);
  });
});

test("a question after an absence told is about that absence: 'pas venu lundi, malade. je dois envoyer koi ?'", () => {
  expect(understand('nathan pas venu lundi, malade. je dois envoyer koi?', { now: '2026-02-06T12:00', children: ['Nathan'] })).toMatchObject({
    intent: 'absence',
    dates: ['2026-02-02'],
    children: ['Nathan'],
  });
});

describe('numbers and moments that are not days asked for', () => {
  const family = { now: '2025-11-27T10:00', children: ['Nathan', 'Noé', 'Maël'] };
  test('a phone number holds no day', () => {
    expect(understand("j'ai essayé d'appeler au 01 49 76 60 00, quelqu'un peut me rappeler ?", family).dates).toEqual([]);
  });
  test("'il m'a dit ce matin', 'occupé depuis ce matin', 'on a appris ce soir' tell when, not which day", () => {
    expect(understand("Nathan m'a dit ce matin qu'il voulait rester à la garderie vendredi, vous pouvez l'inscrire ?", family).dates).toEqual(['2025-11-28']);
    expect(understand('ça sonne occupé depuis ce matin, je voudrais parler à quelqu\'un', family).dates).toEqual([]);
  });
  test("'mettez Maël à sa place' books Maël on the day Noé leaves", () => {
    expect(understand('enlevez noé du mercredi dix décembre et mettez maël à sa place', { ...family, now: '2025-12-01T07:50' }).actions).toEqual([
      { intent: 'cancel', dates: ['2025-12-10'], children: ['Noé'] },
      { intent: 'reserve', dates: ['2025-12-10'], children: ['Maël'] },
    ]);
  });
});

test.each([
  ["Cet assistant permet-il également d'effectuer des annulations, ou uniquement des réservations ?", 'help'],
  ['vous savez aussi faire des réservations ?', 'help'],
  ['pouvez-vous faire des réservations pour Léa mardi ?', 'reserve'],
])('what the assistant can do, asked in general, is help; a request names a child or a day: %s', (text, intent) => {
  expect(understand(text, options).intent).toBe(intent);
});

test("a child who 'reste' is left out of the others' cancellation", () => {
  expect(understand('Hugo et Léa ne viendront pas mardi, leur tante vient. Inès, elle, reste.', options)).toMatchObject({ intent: 'cancel', children: ['Léa', 'Hugo'] });
  expect(understand('Léa et Hugo ne viendront pas mardi', options).children).toEqual(['Léa', 'Hugo']);
});

describe('round 7 shapes (set E read)', () => {
  const family = { now: '2026-03-11T10:00', children: ['Léa', 'Hugo', 'Inès'] };
  test('"annule Léa vendredi et met Hugo à la place": two actions, the same day', () => {
    expect(understand('annule léa vendredi et met hugo a la place', family).actions).toEqual([
      { intent: 'cancel', dates: ['2026-03-13'], children: ['Léa'] },
      { intent: 'reserve', dates: ['2026-03-13'], children: ['Hugo'] },
    ]);
  });
  test('"j\'ai inscrit Hugo vendredi au lieu d\'Inès": one child in place of another', () => {
    expect(understand("je me suis trompée : j'ai inscrit Hugo vendredi au lieu d'Inès, pouvez-vous échanger ?", family).actions).toEqual([
      { intent: 'cancel', dates: ['2026-03-13'], children: ['Hugo'] },
      { intent: 'reserve', dates: ['2026-03-13'], children: ['Inès'] },
    ]);
  });
  test('"est-ce que je peux passer Léa du mardi au jeudi la semaine prochaine ?": a move', () => {
    expect(understand('est-ce que je peux passer Léa du mardi au jeudi la semaine prochaine ?', family).actions).toEqual([
      { intent: 'cancel', dates: ['2026-03-17'], children: ['Léa'] },
      { intent: 'reserve', dates: ['2026-03-19'], children: ['Léa'] },
    ]);
  });
  test('"Léa n\'est pas là mardi" is a day to come, not a past absence', () => {
    expect(understand("Léa n'est pas là mardi, on part chez sa tante", family).intent).toBe('cancel');
  });
});

describe('days all past are told, not changed', () => {
  test.each([
    ['Hugo était à la garderie hier soir, il est rentré fatigué', 'none'],
    ['Inès a été frappée par un grand à la garderie hier soir', 'handoff'],
  ])('%s → %s', (text, intent) => expect(understand(text, options).intent).toBe(intent));
});
